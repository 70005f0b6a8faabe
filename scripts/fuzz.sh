#!/usr/bin/env bash
# Fuzzing (issue 8), bounded in time. With a nightly toolchain and
# cargo-fuzz, runs each cargo-fuzz target in fuzz/ for SECONDS (default 60);
# on a stable-only machine (like CI's), runs the property tests of the
# normaliser, matcher and loaders with many more cases instead.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
if cargo +nightly fuzz --version >/dev/null 2>&1; then
  for t in matcher knowledge_loader fluent_loader; do
    echo "== cargo fuzz: $t for ${secs}s"
    cargo +nightly fuzz run "$t" -- -max_total_time="$secs" -max_len=200000 2>&1 | tail -n 3
  done
else
  echo "== no nightly/cargo-fuzz here: property tests with ${secs}s worth of cases"
  cases=$(( secs * 400 ))
  PROPTEST_CASES=$cases timeout $(( secs * 6 ))s cargo test --release --test it core::props -- --nocapture 2>&1 | tail -n 12
  PROPTEST_CASES=$(( cases * 10 )) cargo test --release --lib per_character_folding 2>&1 | tail -n 3
fi
