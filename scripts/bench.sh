#!/usr/bin/env bash
# Measures and prints (never fails on speed): cached `zcw token` vs `secret-tool lookup`, and
# callback-to-stored vs a bare curl exchange with the Zoho emulator. Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }
cargo build --release -p zcw-core -p zcw-tests --bins
ZCW_BINARY_PROFILE=release target/release/zcw-bench
