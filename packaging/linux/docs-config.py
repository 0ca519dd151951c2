#!/usr/bin/env python3
"""Writes the Tauri config the packages are built with: src-tauri/tauri.bundle.conf.json, plus the
man pages and shell completions in DOCS_DIR, installed where man and the shells look for them
(Debian's and Fedora's zsh folders differ).

Usage: docs-config.py DOCS_DIR > CONFIG.json   (DOCS_DIR holds man/*.1.gz and completions/)
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def main(docs):
    docs = os.path.abspath(docs)
    man = os.path.join(docs, "man")
    completions = os.path.join(docs, "completions")
    files = {f"/usr/share/man/man1/{page}": os.path.join(man, page) for page in sorted(os.listdir(man))}
    files["/usr/share/bash-completion/completions/zcw"] = os.path.join(completions, "zcw")
    files["/usr/share/fish/vendor_completions.d/zcw.fish"] = os.path.join(completions, "zcw.fish")
    deb = dict(files)
    deb["/usr/share/zsh/vendor-completions/_zcw"] = os.path.join(completions, "_zcw")
    rpm = dict(files)
    rpm["/usr/share/zsh/site-functions/_zcw"] = os.path.join(completions, "_zcw")
    with open(os.path.join(ROOT, "src-tauri", "tauri.bundle.conf.json"), encoding="utf-8") as f:
        config = json.load(f)
    linux = config.setdefault("bundle", {}).setdefault("linux", {})
    linux.setdefault("deb", {}).setdefault("files", {}).update(deb)
    linux.setdefault("rpm", {}).setdefault("files", {}).update(rpm)
    json.dump(config, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
