#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.html: the licence of everything the packages ship that others
wrote. Three parts: the Rust crates linked into the app and the CLI (cargo-about, configured
by about.toml, from Cargo.lock), the JavaScript the UI bundles (ui/package.json's dependencies
and theirs, from package-lock.json and node_modules), and the fonts (assets/fonts/OFL.txt).

usage: notices.py OUTPUT
"""
import html
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def crates(cache):
    """cargo-about's part, kept in `cache` until Cargo.lock or about.toml changes: it reads
    every crate's licence files, minutes of work on two cores."""
    sources = [ROOT / "Cargo.lock", ROOT / "about.toml", ROOT / "scripts" / "notices.hbs"]
    if cache.exists() and all(cache.stat().st_mtime >= s.stat().st_mtime for s in sources):
        return cache.read_text(encoding="utf-8")
    out = subprocess.run(
        ["cargo", "about", "generate", "--fail", "-c", "about.toml", "scripts/notices.hbs"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    cache.write_text(out.stdout, encoding="utf-8")
    return out.stdout


def javascript(shared_texts):
    """The UI's runtime packages (not its build tools), with their licence texts."""
    lock = json.loads((ROOT / "ui" / "package-lock.json").read_text(encoding="utf-8"))
    packages = lock["packages"]
    wanted = list(json.loads((ROOT / "ui" / "package.json").read_text(encoding="utf-8"))["dependencies"])
    seen, parts = set(), []
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = packages.get(f"node_modules/{name}", {})
        wanted.extend(entry.get("dependencies", {}))
        folder = ROOT / "ui" / "node_modules" / name
        texts = [p for p in sorted(folder.glob("*")) if p.name.upper().startswith(("LICENSE", "LICENCE", "COPYING"))]
        licence = entry.get("license", "")
        if texts:
            body = "<pre>" + html.escape("\n\n".join(t.read_text(encoding="utf-8", errors="replace") for t in texts)) + "</pre>"
        elif licence in shared_texts:
            # Some packages (@fluent/bundle) ship only the licence's name: its text is the one
            # the crates' part already holds under the same name.
            body = f'<p>The package ships no licence text; {html.escape(licence)} is given in full <a href="#{html.escape(licence)}">above</a>.</p>'
        else:
            sys.exit(f"notices: {name} ships no licence file in ui/node_modules/{name}, and {licence!r} is not among the crates' licences")
        parts.append(
            f'<section class="licence"><h3>{html.escape(name)} {html.escape(entry.get("version", ""))}</h3>'
            f'<p>{html.escape(licence)}</p>{body}</section>'
        )
    return "\n".join(sorted(parts))


def fonts():
    names = ", ".join(sorted(p.stem for p in (ROOT / "assets" / "fonts").glob("*.ttf")))
    text = (ROOT / "assets" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    return f'<section class="licence"><h3>SIL Open Font License 1.1</h3><p>Used by: {html.escape(names)}</p><pre>{html.escape(text)}</pre></section>'


def main():
    out = pathlib.Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    rust = crates(out.parent / "crates-notices.html")
    shared = set(re.findall(r'<h3 id="([^"]+)"', rust))
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fidèle: third-party notices</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:auto}}pre{{white-space:pre-wrap;font-size:.8rem;background:#f6f6f6;padding:.5rem}}</style>
</head><body>
<h1>Third-party notices</h1>
<p>Fidèle is built with the work of others, under the licences below.</p>
<h2>Rust crates</h2>
{rust}
<h2>JavaScript in the interface</h2>
{javascript(shared)}
<h2>Fonts</h2>
{fonts()}
</body></html>
"""
    out.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
