"""Fills the .ts files' messages from TRANSLATIONS.json, the translations' one written source.

Run by `make translations` between lupdate (which adds new strings unfinished) and lrelease.
Keyed on context, source and comment as Qt keys a message; says which messages stay unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = {"ar": 6, "ckb": 2, "kmr": 2}  # Qt's plural forms of each language


def fill(ts_path: Path, lang: str, entries: list[dict]) -> list[str]:
    """Writes lang's translations into ts_path; returns 'context: source' of each message left
    unfinished (no entry for it)."""
    said = {(e["context"], e["source"], e.get("comment", "")): e[lang] for e in entries}
    tree = ET.parse(ts_path)  # noqa: S314 - the project's own .ts files
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if key not in said:
                if translation.get("type") == "unfinished" or not (translation.text or "").strip() \
                        and not translation.findall("numerusform"):
                    missing.append(f"{name}: {key[1]}")
                continue
            text = said[key]
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            if message.get("numerus") == "yes" and not isinstance(text, list):
                # one sentence for every count: written as each plural form the language has
                text = [text] * FORMS[lang]
            if isinstance(text, list):
                if message.get("numerus") != "yes":
                    raise SystemExit(f"{ts_path.name}: {name}: {key[1]!r} has plural forms in "
                                     "TRANSLATIONS.json but is not a %n message in the code")
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    # lupdate reads it back and lays it out its own way; the DOCTYPE line is what it expects
    ET.indent(tree)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main() -> int:
    entries = json.loads((ROOT / "TRANSLATIONS.json").read_text(encoding="utf-8"))
    left = 0
    for lang in ("ar", "ckb", "kmr"):
        missing = fill(ROOT / "resources" / "translations" / f"casekeeper_{lang}.ts", lang, entries)
        for m in missing:
            print(f"{lang}: unfinished: {m}", file=sys.stderr)  # noqa: T201 - a developer tool
        left += len(missing)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
