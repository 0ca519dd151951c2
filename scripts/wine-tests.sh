#!/usr/bin/env bash
# The Windows build, tested under Wine (Debian's wine64: a real Credential Manager, Winsock and
# file system): builds zcw.exe and checks the desktop app for x86_64-pc-windows-gnu, prepares a
# Wine prefix under target/wine once, runs the core's keychain tests against Wine's Credential
# Manager, then the CLI end-to-end tests against zcw.exe. scripts/test.sh runs it as a step.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

target=x86_64-pc-windows-gnu
wine_dir="$PWD/target/wine"
template="$wine_dir/template"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

rustup target add "$target" >/dev/null
# zcw.exe is built and run. The app is only checked (WebView2 does not run under Wine, and
# building its Windows dependencies cost minutes the macOS check needs; the workflow builds it on
# a real Windows runner). Clippy for the whole workspace (tests too) catches what only Windows
# compiles.
cargo build -p zcw-cli --target "$target"
cargo clippy --workspace --all-targets --target "$target" -- -D warnings

# The harness's own Windows programs: Wine 8 lacks bcryptprimitives.dll (ProcessPrng, which
# Rust's standard library calls), and credread.exe reads the Credential Manager independently.
mkdir -p "$wine_dir"
x86_64-w64-mingw32-gcc -O2 -shared -o "$wine_dir/bcryptprimitives.dll" \
  tests/wine/bcryptprimitives.c -lbcrypt
x86_64-w64-mingw32-gcc -O2 -municode -o "$wine_dir/credread.exe" tests/wine/credread.c -ladvapi32

# One prefix made with wineboot (about 10 s); each test copies it (hard links, in milliseconds).
if [ ! -f "$template/system.reg" ]; then
  rm -rf "$template"
  WINEPREFIX="$template" wineboot --init >/dev/null 2>&1
  WINEPREFIX="$template" wineserver -w
fi
cp "$wine_dir/bcryptprimitives.dll" "$template/drive_c/windows/system32/"

# The core's unit tests compiled for Windows, in a prefix of their own, the ignored ones too: the
# real keychain round trip against Wine's Credential Manager, and the agent's named pipe.
unit="$wine_dir/unit"
rm -rf "$unit" "$wine_dir"/shared-*
cp -al "$template" "$unit"
for reg in system.reg user.reg userdef.reg; do
  rm "$unit/$reg" && cp "$template/$reg" "$unit/$reg"
done
status=0
# A wineserver that waits to be stopped (one that ends itself when idle races a starting process),
# and Wine's services started by a program of our own: they keep their first program's output
# open, which must not be the pipe this script's output goes to.
WINEPREFIX="$unit" wineserver -p </dev/null >/dev/null 2>&1
WINEPREFIX="$unit" wine cmd.exe /c exit </dev/null >/dev/null 2>&1
WINEPREFIX="$unit" CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine \
  cargo test -p zcw-core --target "$target" --lib -- --include-ignored ||
  status=1
WINEPREFIX="$unit" wineserver -k || true
rm -rf "$unit"

# The CLI suite, every test against zcw.exe; what cannot exist on Windows is skipped and listed.
rm -f "$wine_dir/skipped.txt"
ZCW_TEST_BINARY="$PWD/target/$target/debug/zcw.exe" ZCW_TEST_LAUNCHER=wine \
  ZCW_TEST_WINE_TEMPLATE="$template" \
  cargo test --workspace --test cli -- --include-ignored "$@" || status=1
if [ -s "$wine_dir/skipped.txt" ]; then
  echo "Skipped for the Windows build, and why:"
  sed 's/^/  /' "$wine_dir/skipped.txt"
fi
for shared in "$wine_dir"/shared-*; do
  [ -d "$shared" ] && WINEPREFIX="$shared" wineserver -k 2>/dev/null
done
exit "$status"
