"""The shipped .ts files say what TRANSLATIONS.json says: a fix made in one and not the other
would be undone by the next `make translations` (tools/fill_translations.py)."""

import json
import shutil

import pytest

from tests.conftest import ROOT
from tools.fill_translations import FORMS, fill

ENTRIES = json.loads((ROOT / "TRANSLATIONS.json").read_text(encoding="utf-8"))


def _said(path):
    import xml.etree.ElementTree as ET
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        for m in context.findall("message"):
            t = m.find("translation")
            forms = [f.text for f in t.findall("numerusform")]
            out[(context.findtext("name"), m.findtext("source"), m.findtext("comment") or "")] = \
                forms or t.text
    return out


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_every_message_of_the_ts_is_what_translations_json_says(lang, tmp_path):
    shipped = ROOT / "resources" / "translations" / f"casekeeper_{lang}.ts"
    filled = tmp_path / shipped.name
    shutil.copy(shipped, filled)
    missing = fill(filled, lang, ENTRIES)
    assert missing == [], f"messages with no translation in TRANSLATIONS.json: {missing[:5]}"
    before, after = _said(shipped), _said(filled)
    differ = [k for k in before if before[k] != after[k]]
    assert differ == [], f"{len(differ)} messages differ from TRANSLATIONS.json, e.g. {differ[:3]}"


def test_a_plural_written_as_one_sentence_fills_every_form(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">'
                  '<context><name>C</name><message numerus="yes"><source>%n rows</source>'
                  '<translation type="unfinished"/></message></context></TS>', encoding="utf-8")
    assert fill(ts, "ar", [{"context": "C", "source": "%n rows", "ar": "%n صفوف"}]) == []
    assert _said(ts)[("C", "%n rows", "")] == ["%n صفوف"] * 6
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
