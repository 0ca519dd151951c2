#!/usr/bin/env bash
# Builds the Linux packages, a .deb and an .rpm, with the Tauri CLI: the app and zcw in /usr/bin,
# the desktop entry, the icons at every size and the AppStream metainfo. Prints where they are and
# their sizes, and fails if the .deb grew past 8 MB.
#   scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh build
export PATH="$HOME/.cargo/bin:$PATH"

# The Tauri CLI, once: `cargo tauri` when installed (cargo install takes about 13 minutes on two
# cores), else the same CLI prebuilt from npm (@tauri-apps/cli, seconds), kept under target/.
tauri=()
if cargo tauri --version >/dev/null 2>&1; then
  tauri=(cargo tauri)
elif command -v npm >/dev/null 2>&1; then
  cli_dir=target/tauri-cli
  if [ ! -x "$cli_dir/node_modules/.bin/tauri" ]; then
    echo "Installing the Tauri CLI (prebuilt, from npm) into $cli_dir."
    npm install --silent --no-audit --no-fund --prefix "$cli_dir" "@tauri-apps/cli@^2"
  fi
  tauri=("$PWD/$cli_dir/node_modules/.bin/tauri")
else
  echo "Installing the Tauri CLI with cargo (about 13 minutes on two cores, once)."
  cargo install tauri-cli --locked --version '^2'
  tauri=(cargo tauri)
fi
echo "Tauri CLI: $("${tauri[@]}" --version)"

# Both binaries in one release build: built together, the crates they share (tokio, serde, reqwest,
# zcw-core, ...) are compiled once, with one set of features, instead of once for each (this saved
# minutes against `cargo build -p zcw-cli` and then `tauri build`). custom-protocol is what
# `tauri build` would turn on; `tauri bundle` below then packages what was built here.
cargo build --release -p zcw-cli -p zoho-credential-wizard --features zoho-credential-wizard/custom-protocol
# zcw goes into the packages as a sidecar: Tauri wants it named after the target triple.
triple=$(rustc -vV | sed -n 's/^host: //p')
mkdir -p src-tauri/binaries
cp target/release/zcw "src-tauri/binaries/zcw-$triple"
python3 packaging/linux/metainfo.py target/packaging
# Man pages and shell completions, from the zcw just built.
docs=target/packaging/docs
rm -rf "$docs"
mkdir -p "$docs/man" "$docs/completions"
target/release/zcw man "$docs/man"
gzip -9n "$docs"/man/*.1
target/release/zcw completion bash >"$docs/completions/zcw"
target/release/zcw completion zsh >"$docs/completions/_zcw"
target/release/zcw completion fish >"$docs/completions/zcw.fish"
python3 packaging/linux/docs-config.py "$docs" >target/packaging/tauri.package.conf.json

bundles=target/release/bundle
rm -rf "$bundles/deb" "$bundles/rpm"  # so what follows is only what this run built
(cd src-tauri && "${tauri[@]}" bundle --bundles deb,rpm --config ../target/packaging/tauri.package.conf.json)

deb=$(ls "$bundles"/deb/*.deb)
rpm=$(ls "$bundles"/rpm/*.rpm)
# The bundler compresses the .deb with gzip; xz, as Debian's own packages use, halves it.
repack=target/packaging/deb-root
rm -rf "$repack"
dpkg-deb -R "$deb" "$repack"
dpkg-deb --root-owner-group -Zxz -z9 -b "$repack" "$deb" >/dev/null
size() { stat -c %s "$1"; }
for package in "$deb" "$rpm"; do
  awk -v f="$package" -v b="$(size "$package")" 'BEGIN { printf "Built %s (%d bytes, %.2f MiB)\n", f, b, b / 1048576 }'
done
limit=$((8 * 1024 * 1024))
if [ "$(size "$deb")" -ge "$limit" ]; then
  echo "The .deb is over 8 MB: look at what grew (dpkg-deb -c $deb)." >&2
  exit 1
fi
# The signed APT and RPM repositories, with a test key here (the release workflow signs with the
# project's); the installed-packages tests read them as apt and dnf would.
scripts/repositories.sh "$deb" "$rpm" target/packaging/repositories --test-key
