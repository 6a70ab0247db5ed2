"""A relative whose sex the vault knows is printed as sister or brother, daughter or son, wife or
husband, in each language; the relation alone names both ("أخ / أخت") only when her sex is not
known. Real vaults through the command line, dossiers read from the PDF's own glyphs."""

from __future__ import annotations

import json

from tests.pdf_glyphs import comparable, expected_visual, glyph_lines, pdftotext


def _added(cli, given: str, sex: str) -> str:
    r = cli("--json", "person", "add", "--given", given, "--sex", sex)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _dossier(cli, tmp_path, case_no: str, lang: str) -> bytes:
    out = tmp_path / f"{case_no}-{lang}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", "internal", "--lang", lang)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_her_sister_brother_and_a_sibling_of_unknown_sex_are_each_named_so(cli, tmp_path):
    cli("init")
    layla = _added(cli, "Layla", "F")
    for given, sex in (("Jiyan", "F"), ("Hadi", "M"), ("Rozh", "U")):
        assert cli("relative", layla, "sibling", _added(cli, given, sex)).returncode == 0
    text = " ".join(pdftotext(_dossier(cli, tmp_path, layla, "en")).split())
    assert "sister" in text and "brother" in text and "sibling" in text


def test_in_arabic_her_sister_is_ukht_not_brother_or_sister(cli, tmp_path):
    cli("init")
    layla = _added(cli, "Layla", "F")
    assert cli("relative", layla, "sibling", _added(cli, "Jiyan", "F")).returncode == 0
    drawn = {comparable(line.visual) for page in glyph_lines(_dossier(cli, tmp_path, layla, "ar"))
             for line in page}
    sister = comparable(expected_visual("أخت", True))
    both = comparable(expected_visual("أخ / أخت", True))
    assert any(sister in line for line in drawn)
    assert not any(both in line for line in drawn)


def test_a_son_and_a_husband_are_named_by_their_sex(cli, tmp_path):
    cli("init")
    layla = _added(cli, "Layla", "F")
    assert cli("relative", layla, "child", _added(cli, "Ahmad", "M")).returncode == 0
    assert cli("relative", layla, "spouse", _added(cli, "Khalil", "M")).returncode == 0
    text = " ".join(pdftotext(_dossier(cli, tmp_path, layla, "en")).split())
    assert "son" in text.split() and "husband" in text.split()
