#!/usr/bin/env python3
"""Writes the update feed, latest.json in Tauri's static format, for a release: one entry per
updater file in DIR (each with its .sig beside it, signed for VERSION), pointing at the release's
download address. The notes are ours, never a release body's: the app shows them beside its
"Install and restart".

    packaging/release/latest-json.py VERSION DOWNLOAD_BASE DIR > latest.json
"""
import datetime
import json
import pathlib
import sys

# (file name ending, platform keys the updater looks for)
KINDS = [
    (".AppImage", ["linux-x86_64", "linux-x86_64-appimage"]),
    ("-setup.exe", ["windows-x86_64", "windows-x86_64-nsis"]),
    (".msi", ["windows-x86_64-msi"]),
    ("aarch64.app.tar.gz", ["darwin-aarch64", "darwin-aarch64-app"]),
    ("x64.app.tar.gz", ["darwin-x86_64", "darwin-x86_64-app"]),
]


def main(version, base, folder):
    platforms = {}
    for path in sorted(pathlib.Path(folder).iterdir()):
        for ending, keys in KINDS:
            if path.name.endswith(ending):
                signature = path.with_name(path.name + ".sig").read_text().strip()
                for key in keys:
                    platforms[key] = {"signature": signature, "url": base.rstrip("/") + "/" + path.name.replace(" ", ".")}
    if "linux-x86_64" not in platforms or "windows-x86_64" not in platforms:
        sys.exit(f"latest.json: updater files missing in {folder}: found {sorted(platforms)}")
    feed = {
        "version": version,
        "notes": f"Version {version}. What changed is in the release notes on the project's Releases page.",
        "pub_date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "platforms": platforms,
    }
    json.dump(feed, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
