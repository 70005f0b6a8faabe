#!/usr/bin/env bash
# Opens the advisors' report in a real headless browser (Debian's chromium):
# the page must load without console errors and its screenshot must not be
# blank. Too heavy for every CI run (chromium is ~300 MB); CI validates the
# HTML and SVG in tests/it/advisor/report.rs instead. Run this after changing
# src/report.rs:
#
#   apt-get install -y chromium     # once
#   scripts/report-browser-check.sh [report.html]
#
# Without an argument it checks two pages: a demo with a month of traffic
# (written by a test in tests/it/advisor/report.rs) and a real report from a
# throwaway data folder filled through `pendlerbot chat`.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "no chromium found: apt-get install -y chromium" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to read the screenshot" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  PENDLERBOT_REPORT_DEMO="$work/demo.html" cargo test --quiet --test it advisor::report::demo_page >/dev/null
  cargo build --quiet --release
  bin=${CARGO_TARGET_DIR:-target}/release/pendlerbot
  export PENDLERBOT_DATA="$work/data"
  printf '%s\n' "hvad koster en elefant, ring 23456789" "Hvad koster en elefant?" "skattekort" "5" \
    "Was kostet ein Elefant?" | "$bin" chat >/dev/null
  "$bin" report --out "$work/real.html" 2>/dev/null
  pages=("$work/demo.html" "$work/real.html")
fi

status=0
n=0
for page in "${pages[@]}"; do
n=$((n + 1))
shot=${SCREENSHOT_DIR:-$work}/report-$n.png
log="$work/console.log"
# --enable-logging=stderr --v=0 prints console messages as "CONSOLE(...)" lines.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1366,900 \
  --enable-logging=stderr --v=0 --screenshot="$shot" "file://$(realpath "$page")" 2>"$log" >/dev/null || true

if grep -E 'CONSOLE|Uncaught|ERR_FILE_NOT_FOUND|net::ERR' "$log" | grep -v 'dbus' ; then
  echo "FAIL: console errors or failed loads in $page (above)" >&2; status=1; continue
fi
[ -s "$shot" ] || { echo "FAIL: no screenshot of $page" >&2; status=1; continue; }
if python3 - "$shot" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, w, h = 8, b'', 0, 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        w, h, depth, color = struct.unpack('>IIBB', chunk[:10])
    elif kind == b'IDAT':
        idat += chunk
    pos += 12 + n
raw = zlib.decompress(idat)
# Count distinct byte values over the scanlines: a blank page has one or two.
distinct = len(set(raw[i] for i in range(0, len(raw), 7)))
print(f"screenshot {w}x{h}, {distinct} distinct byte values")
sys.exit(0 if distinct > 20 else 'FAIL: the screenshot looks blank')
PY
then echo "ok: $page loads without console errors; screenshot $shot"; else status=1; fi
done
exit $status
