#!/usr/bin/env bash
# Runs a command on a private D-Bus session with a fresh, unlocked GNOME Keyring kept in a
# throw-away folder, so a test can use a real Secret Service without touching the user's keyring.
#   scripts/with-test-keyring.sh cargo test -p zcw-core -- --ignored real_keychain
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/data" "$scratch/run"

# shellcheck disable=SC2016  # the inner script expands its own "$@" on the private bus
XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" \
  dbus-run-session -- bash -c '
    # The password on stdin creates and unlocks a new login keyring (a throw-away one).
    printf "throw-away-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # Ready once the Secret Service offers its unlocked default collection.
    for _ in $(seq 100); do
      dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null |
        grep -q "/org/freedesktop/secrets/collection/" && exec "$@"
      sleep 0.1
    done
    echo "gnome-keyring-daemon did not offer an unlocked default collection" >&2
    exit 1
  ' _ "$@"
