#!/usr/bin/env bash
# End-to-end load test (issue 7): the release binary against a fake Bot API
# on loopback, sessions in sled on disk. Prints updates sent/answered/lost,
# throughput, latency percentiles (getUpdates delivery -> sendMessage) and
# resident memory. Defaults: 2,000 updates/s for 60 s from 1,000 chats.
#   scripts/loadtest.sh [--rate N] [--seconds S] [--chats C]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin pendlerbot --example loadtest
exec target/release/examples/loadtest --bin target/release/pendlerbot "$@"
