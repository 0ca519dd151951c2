#!/usr/bin/env bash
# The soak (not part of the test script): SECONDS (default 600) of three machines calling
# `zcw token` on one team connection, and one through the agent, on a three-node OpenBao cluster
# whose active node is killed and started again every 2 minutes; tokens live 90 s. Prints calls,
# failures, refreshes per expiry, peak memory and the audit counts; fails on a broken promise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release -p zcw-cli -p zcw-test-support --bins
target/release/zcw-soak target/release/zcw "${1:-600}"
