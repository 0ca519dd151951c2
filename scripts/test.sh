#!/usr/bin/env bash
# Runs every check and test: formatting, shell scripts, the build, clippy, then the unit tests, the
# CLI end to end and the GUI end to end (real app, Xvfb, WebDriver). Every step runs even when an
# earlier one failed, and the summary at the end says which passed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
scripts/ensure-deps.sh test || exit 1
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target

failed=()
step() {
  local name=$1
  shift
  echo "==> $name"
  if "$@"; then
    echo "<== $name: ok"
  else
    echo "<== $name: FAILED"
    failed+=("$name")
  fi
}

run_tests() {
  cargo test --workspace 2>&1 | tee target/test-output.log
  return "${PIPESTATUS[0]}"
}

step "rustfmt" cargo fmt --all --check
step "shellcheck" shellcheck scripts/*.sh .ci/run
# Binaries and tests in one build: the GUI tests drive the app and the zcw built beside it.
step "build" cargo build --workspace --all-targets
step "clippy" cargo clippy --workspace --all-targets -- -D warnings
step "tests" run_tests

echo
echo "Screenshots of each screen: target/screenshots/"
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "Tests: %d passed, %d failed\n", passed, failed }' \
  target/test-output.log 2>/dev/null
if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All checks passed."
