#!/usr/bin/env python3
"""Writes the AppStream metainfo file from the values in src-tauri/tauri.conf.json and Cargo.toml,
so the name, identifier, summary, description and version live in one place.

Usage: metainfo.py OUTPUT_DIR   (prints the file it wrote)
"""
import datetime
import json
import os
import re
import sys
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def cargo_value(key):
    text = open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8").read()
    section = text.split("[workspace.package]", 1)[1].split("\n[", 1)[0]
    return re.search(rf'^{key}\s*=\s*"([^"]*)"', section, re.M).group(1)


def main(out_dir):
    conf = json.load(open(os.path.join(ROOT, "src-tauri", "tauri.conf.json"), encoding="utf-8"))
    linux = json.load(open(os.path.join(ROOT, "src-tauri", "tauri.linux.conf.json"), encoding="utf-8"))
    bundle = conf["bundle"]
    app_id = conf["identifier"]
    version = cargo_value("version")
    repository = cargo_value("repository")
    desktop_id = linux["productName"] + ".desktop"
    paragraphs = [p.strip() for p in bundle["longDescription"].split("\n\n") if p.strip()]
    description = "\n    ".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    released = datetime.date.today().isoformat()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{escape(app_id)}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{escape(cargo_value("license"))}</project_license>
  <name>{escape(conf["productName"])}</name>
  <summary>{escape(bundle["shortDescription"])}</summary>
  <description>
    {description}
  </description>
  <developer id="{escape(app_id.rsplit('.', 1)[0])}">
    <name>{escape(bundle["publisher"])}</name>
  </developer>
  <launchable type="desktop-id">{escape(desktop_id)}</launchable>
  <url type="homepage">{escape(repository)}</url>
  <url type="bugtracker">{escape(repository)}/issues</url>
  <screenshots>
    <screenshot type="default">
      <caption>The values to enter in the Zoho API console, each with a Copy button</caption>
      <image>{escape(repository)}/raw/main/docs/screenshots/register-in-zoho.png</image>
    </screenshot>
    <screenshot>
      <caption>Handing the credentials over to Optiply</caption>
      <image>{escape(repository)}/raw/main/docs/screenshots/hand-over.png</image>
    </screenshot>
  </screenshots>
  <categories>
    <category>Utility</category>
  </categories>
  <provides>
    <binary>{escape(linux["productName"])}</binary>
    <binary>zcw</binary>
  </provides>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{escape(version)}" date="{released}"/>
  </releases>
</component>
"""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{app_id}.metainfo.xml")
    open(path, "w", encoding="utf-8").write(xml)
    print(path)


if __name__ == "__main__":
    main(sys.argv[1])
