#!/usr/bin/env bash
# Runs every test: unit tests, CLI flows and the GUI end to end (real app, Xvfb, WebDriver).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh test
export PATH="$HOME/.cargo/bin:$PATH"

cargo fmt --all --check
# Binaries and tests in one build: the tests drive target/debug/zcw and the app binary.
cargo build --workspace --all-targets
cargo test --workspace 2>&1 | tee target/test-output.log
echo "Screenshots of each wizard step: target/screenshots/"
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "Tests: %d passed, %d failed\n", passed, failed }' \
  target/test-output.log
