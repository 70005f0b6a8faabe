#!/usr/bin/env bash
# Fairness under floods (issue 15.5): the release binary with its default
# limits (about 1 message/s per chat, 30/s overall, 20 messages a minute per
# chat) against a fake Bot API. Flooding chats send many messages at once
# while probe chats ask a question every 2 s; prints how long the probes
# waited for their answers. Results: docs/reliability.md.
#   scripts/fairness.sh [--flood-chats N] [--flood-messages M] [--probes P] [--seconds S]
# Defaults: one chat sends 5,000 messages, 20 probes, 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin pendlerbot --example loadtest
exec target/release/examples/loadtest --bin target/release/pendlerbot --fairness "$@" --seconds 20
