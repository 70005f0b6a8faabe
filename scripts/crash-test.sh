#!/usr/bin/env bash
# Crash test (issue 8): 2,000 questions from 200 chats at 200/s while the
# release binary is killed with SIGKILL at random moments (every 0.3-1.5 s)
# and restarted each time, against a fake Bot API that keeps its state.
# Prints answers, duplicates and repeated answers per kill, what was in
# flight at the kills, unanswered chats, and whether the store still opens. Results: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin pendlerbot --example loadtest
exec target/release/examples/loadtest --bin target/release/pendlerbot --crash --rate 200 --seconds 10 --chats 200 \
    --question "Hvor finder jeg mit skattekort?" "$@"
