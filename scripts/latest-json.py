#!/usr/bin/env python3
"""Writes the updater's manifest (latest.json) for the signed bundles `make package` built.

    scripts/latest-json.py BASE_URL OUT

Each bundle with a .sig beside it is listed under its updater target (linux-x86_64-deb,
-rpm, -appimage), its url BASE_URL/<file name>; the version is tauri.conf.json's and the notes
are CHANGELOG.md's section for it (else its Unreleased section)."""
import datetime
import glob
import json
import os
import re
import sys

base, out = sys.argv[1].rstrip("/"), sys.argv[2]
version = json.load(open("tauri.conf.json"))["version"]
changelog = open("CHANGELOG.md", encoding="utf-8").read()
m = re.search(r"^## \[" + re.escape(version) + r"\][^\n]*\n(.*?)(?=^## |\Z)", changelog, re.S | re.M) or re.search(
    r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## |\Z)", changelog, re.S | re.M
)
notes = m.group(1).strip() if m else ""
kinds = {".deb": "deb", ".rpm": "rpm", ".AppImage": "appimage"}
platforms = {}
for sig in sorted(glob.glob("target/release/bundle/*/*.sig")):
    bundle = sig[: -len(".sig")]
    kind = next((k for ext, k in kinds.items() if bundle.endswith(ext)), None)
    if kind is None:
        continue
    platforms[f"linux-x86_64-{kind}"] = {"signature": open(sig).read().strip(), "url": f"{base}/{os.path.basename(bundle)}"}
if not platforms:
    sys.exit("latest-json: no signed bundle (.sig) under target/release/bundle")
manifest = {"version": version, "notes": notes, "pub_date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "platforms": platforms}
with open(out, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
print(f"{out}: {', '.join(platforms)}")
