#!/usr/bin/env bash
# Measures and prints (never fails on speed): cached `zcw token` vs `secret-tool lookup`, and
# callback-to-stored vs a bare curl exchange with the Zoho emulator. Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release -p zcw-cli -p zcw-test-support --bins
target/release/zcw-bench target/release/zcw
