#!/usr/bin/env bash
# Installs what building, launching or testing the wizard needs, and only what is missing.
#   scripts/ensure-deps.sh build   # Rust and the GTK/WebKit libraries the app links against
#   scripts/ensure-deps.sh test    # plus WebKitWebDriver, tauri-driver, keyring tools, Chromium,
#                                  # shellcheck, package validators, the Windows C cross compiler
#                                  # and Wine (the Windows build's tests)
set -euo pipefail

mode="${1:-build}"

build_packages=(
  build-essential pkg-config libssl-dev libdbus-1-dev curl ca-certificates
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
)
runtime_packages=(xvfb xauth dbus-daemon dbus-x11 dbus-user-session)
test_packages=(webkit2gtk-driver gnome-keyring libsecret-tools chromium shellcheck xclip
  desktop-file-utils appstream rpm python3-venv gcc-mingw-w64-x86-64 wine wine64 time
  xdg-utils shared-mime-info
  # The signed APT and RPM repositories (scripts/repositories.sh).
  apt-utils createrepo-c gnupg
  # The screenshots of the Japanese, Chinese and Arabic screens need their fonts.
  fonts-noto-cjk fonts-noto-core)

wanted=("${build_packages[@]}" "${runtime_packages[@]}")
[ "$mode" = test ] && wanted+=("${test_packages[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing missing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing: installing it with rustup (https://rustup.rs)."
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
# rust-toolchain.toml names the toolchain and its components; rustup installs them when missing.
rustup show active-toolchain >/dev/null

# The GUI tests' accessibility checks fetch axe-core with npm (Debian's npm brings Node.js).
if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then
  echo "Installing npm (the GUI tests fetch axe-core with it)."
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm
fi

if [ "$mode" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "Installing tauri-driver (WebDriver for Tauri apps)."
  cargo install tauri-driver --locked --version '^2'
fi
