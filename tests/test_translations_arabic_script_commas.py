"""Arabic and Sorani translations separate the items of a list with the Arabic comma «،», as
list_comma joins them in the code: a tester read "مثلا 20/03/2019, 03/2019, 2019" and "ناو
هاوتا, باوک هاوتا" as Latin commas. They are «،» (drawn small at the interface's size, beside
digits); this keeps every translation so. A comma that is the thing named (Qt's print dialog:
"use ',' to separate pages", 3,5-7) stays."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

# a Latin comma between words or values: not one quoted, in brackets, or inside a number
LATIN_COMMA = re.compile(r"(?<!['(]),(?![')])(?!(?<=\d,)\d)")


def _said(lang: str) -> dict[tuple, list[str]]:
    said = {}
    ts = ET.parse(ROOT / "resources" / "translations" / f"casekeeper_{lang}.ts").getroot()
    for context in ts.iter("context"):
        for m in context.findall("message"):
            t = m.find("translation")
            said[(context.findtext("name"), m.findtext("source"), m.findtext("comment") or "")] = \
                [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
    for e in json.loads((ROOT / "TRANSLATIONS.json").read_text(encoding="utf-8")):
        said[(e["context"], e["source"], e.get("comment", ""))] = \
            e[lang] if isinstance(e[lang], list) else [e[lang]]
    return said


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_lists_use_the_arabic_comma(lang):
    wrong = [(key[1], text) for key, texts in _said(lang).items() for text in texts
             if LATIN_COMMA.search(text)]
    assert not wrong, wrong
