#!/usr/bin/env bash
# Builds the signed APT and RPM repositories that the README's two lines add, from the .deb and
# .rpm that scripts/package.sh (or the release workflow) built:
#   OUT/apt: pool/, dists/stable/{Release,InRelease,Release.gpg}, key.asc
#   OUT/rpm: the .rpm, repodata/ with repomd.xml.asc, zoho-credential-wizard.repo, key.asc
# The signing key is the armored secret key in $REPO_SIGNING_KEY (the release workflow's secret).
# Without it, or with --test-key, a key made on the spot signs (a dry run: CI's, and the test
# script's), and the log says so.
#   scripts/repositories.sh DEB RPM OUT [--test-key]
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 DEB RPM OUT [--test-key]" >&2; exit 2; }
deb=$1 rpm=$2 out=$3 test_key=${4:-}
base_url=${REPO_BASE_URL:-https://zoho-credential-wizard.github.io/zoho-credential-wizard}

if ! command -v gpg >/dev/null || ! command -v apt-ftparchive >/dev/null || ! command -v createrepo_c >/dev/null || ! command -v rpmsign >/dev/null; then
  echo "Installing gnupg, apt-utils, createrepo-c and rpm."
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends gnupg apt-utils createrepo-c rpm
fi

# A keyring of its own, so nothing of the user's is touched or used.
GNUPGHOME=$(mktemp -d)
export GNUPGHOME
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
if [ -n "${REPO_SIGNING_KEY:-}" ] && [ "$test_key" != --test-key ]; then
  echo "Signing the repositories with the project's key (REPO_SIGNING_KEY)."
  printf '%s\n' "$REPO_SIGNING_KEY" | gpg --batch --quiet --import
else
  echo "REPO_SIGNING_KEY is not set (or --test-key given): signing with a test key made now. A dry run: do not publish these."
  gpg --batch --quiet --passphrase '' --quick-generate-key \
    "Zoho Credential Wizard test repository key <test@invalid>" ed25519 sign 1d
fi
key=$(gpg --batch --list-secret-keys --with-colons | awk -F: '$1 == "fpr" { print $10; exit }')

rm -rf "$out"
mkdir -p "$out/apt/pool/main" "$out/apt/dists/stable/main/binary-amd64" "$out/rpm"

# APT: one suite, "stable", one component, "main".
cp "$deb" "$out/apt/pool/main/"
(
  cd "$out/apt"
  apt-ftparchive packages pool >dists/stable/main/binary-amd64/Packages
  gzip -9nk dists/stable/main/binary-amd64/Packages
  apt-ftparchive \
    -o APT::FTPArchive::Release::Origin="Zoho Credential Wizard" \
    -o APT::FTPArchive::Release::Label="Zoho Credential Wizard" \
    -o APT::FTPArchive::Release::Suite=stable \
    -o APT::FTPArchive::Release::Codename=stable \
    -o APT::FTPArchive::Release::Architectures=amd64 \
    -o APT::FTPArchive::Release::Components=main \
    release dists/stable >dists/stable/Release
  gpg --batch --yes --local-user "$key" --clearsign -o dists/stable/InRelease dists/stable/Release
  gpg --batch --yes --local-user "$key" --armor --detach-sign -o dists/stable/Release.gpg dists/stable/Release
  gpg --batch --armor --export "$key" >key.asc
)

# RPM: the package signed (gpgcheck) and the metadata signed (repo_gpgcheck).
cp "$rpm" "$out/rpm/"
rpmsign --define "_gpg_name $key" --define "_gpg_path $GNUPGHOME" --define "__gpg $(command -v gpg)" --addsign "$out/rpm/$(basename "$rpm")" >/dev/null
createrepo_c --quiet "$out/rpm"
gpg --batch --yes --local-user "$key" --armor --detach-sign -o "$out/rpm/repodata/repomd.xml.asc" "$out/rpm/repodata/repomd.xml"
gpg --batch --armor --export "$key" >"$out/rpm/key.asc"
cat >"$out/rpm/zoho-credential-wizard.repo" <<EOF
[zoho-credential-wizard]
name=Zoho Credential Wizard
baseurl=$base_url/rpm
enabled=1
gpgcheck=1
repo_gpgcheck=1
gpgkey=$base_url/rpm/key.asc
EOF
echo "Repositories in $out (signed by $key)."
