#!/usr/bin/env python3
"""Writes the desktop entry the packages install (the Tauri bundler's `desktopTemplate`).

Its words come from locales/<lang>/desktop.ftl, like every other word of the app: the plain
`GenericName`, `Comment` and `Keywords` are English, and each other language adds its own
`[fr]`, `[nl]`, `[th]` keys, so the menu speaks the desktop's language. `{{exec}}` and `{{icon}}`
are left for the bundler, which knows the installed names.

usage: desktop-entry.py OUTPUT
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "fr", "nl", "th"]  # English first: the entry's unlocalized values
KEYS = {"desktop-generic-name": "GenericName", "desktop-comment": "Comment", "desktop-keywords": "Keywords"}


def messages(language):
    """The simple one-line messages of desktop.ftl (all it holds; anything else is refused)."""
    found = {}
    for number, line in enumerate((ROOT / "locales" / language / "desktop.ftl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, value = line.partition(" = ")
        if not sep or name not in KEYS or "{" in value:
            sys.exit(f"locales/{language}/desktop.ftl:{number}: expected one of {sorted(KEYS)} = a plain value")
        found[name] = value.strip()
    missing = set(KEYS) - set(found)
    if missing:
        sys.exit(f"locales/{language}/desktop.ftl lacks {sorted(missing)}")
    return found


def entry():
    lines = ["[Desktop Entry]", "Type=Application", "Name=Fidèle"]
    words = {language: messages(language) for language in LANGUAGES}
    for message, key in KEYS.items():
        for language in LANGUAGES:
            suffix = "" if language == "en" else f"[{language}]"
            lines.append(f"{key}{suffix}={words[language][message]}")
    lines += [
        "Exec={{exec}}",
        "StartupWMClass={{exec}}",
        "Icon={{icon}}",
        "Terminal=false",
        # Office: the main category; ContactManagement: what it does (the specification's
        # registered additional categories).
        "Categories=Office;ContactManagement;",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(entry(), encoding="utf-8")
