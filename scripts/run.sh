#!/usr/bin/env bash
# Builds and launches the Zoho Credential Wizard, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh build
export PATH="$HOME/.cargo/bin:$PATH"

# The same build as the tests, so launching after testing (or the reverse) rebuilds nothing.
cargo build --workspace --all-targets
app=target/debug/zoho-credential-wizard

launch=("$app")
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  # The keychain and GTK talk over a session bus; give the app one that ends with it.
  launch=(dbus-run-session -- "${launch[@]}")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY is unset): starting the wizard on a virtual screen (Xvfb)."
  echo "Run this from a desktop session to see its window."
  launch=(xvfb-run -a -s "-screen 0 1280x900x24" "${launch[@]}")
fi
echo "Starting the Zoho Credential Wizard. Close its window (or press Ctrl+C here) to quit."
exec "${launch[@]}"
