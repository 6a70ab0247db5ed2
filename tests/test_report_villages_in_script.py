"""A known village the vault keeps in Latin letters (Kocho) is printed in the paper's own script:
كوجو on an Arabic paper, کۆچۆ on a Sorani one; so are her district, governorate and the places
she was taken from, held in and last seen, when every part of them is a known place. English and
a Kurmanji paper writes the Kurmanji spelling (Koço, Şingal) where it is sure of it; English
papers, and a place the vault does not know, print it as stored. Real vaults through the
command line, PDFs read from their drawn glyphs."""

from __future__ import annotations

import json

from tests.pdf_glyphs import comparable, expected_visual, glyph_lines, pdftotext


def _drawn(pdf: bytes) -> str:
    return "\n".join(comparable(line.visual) for page in glyph_lines(pdf) for line in page)


def _arabic(word: str) -> str:
    return comparable(expected_visual(word, True))


def _woman(cli, village: str) -> str:
    r = cli("--json", "person", "add", "--given", "نادية", "--given", "Nadia", "--sex", "F",
            "--village", village, "--status", "missing")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def _dossier(cli, tmp_path, case_no: str, lang: str) -> bytes:
    out = tmp_path / f"{case_no}-{lang}.pdf"
    r = cli("dossier", case_no, "-o", str(out), "--profile", "internal", "--lang", lang)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_kocho_is_written_in_the_papers_script(cli, tmp_path):
    cli("init")
    case = _woman(cli, "Kocho")
    assert _arabic("كوجو") in _drawn(_dossier(cli, tmp_path, case, "ar"))
    assert _arabic("کۆچۆ") in _drawn(_dossier(cli, tmp_path, case, "ckb"))
    assert "Kocho" in pdftotext(_dossier(cli, tmp_path, case, "en"))
    kurmanji = pdftotext(_dossier(cli, tmp_path, case, "kmr"))
    assert "Koço" in kurmanji and "Kocho" not in kurmanji


def test_an_arabic_summary_writes_the_village_in_arabic(cli, tmp_path):
    cli("init")
    _woman(cli, "Kocho")
    out = tmp_path / "summary-ar.pdf"
    r = cli("summary", "-o", str(out), "--profile", "internal", "--lang", "ar")
    assert r.returncode == 0, r.stderr
    drawn = _drawn(out.read_bytes())
    assert _arabic("كوجو") in drawn and "Kocho" not in drawn


def test_a_village_the_vault_does_not_know_prints_as_stored(cli, tmp_path):
    cli("init")
    case = _woman(cli, "Tel Banat")
    assert "TelBanat" in _drawn(_dossier(cli, tmp_path, case, "ar"))


def test_district_governorate_and_places_are_written_in_the_papers_script(cli, tmp_path):
    cli("init")
    r = cli("--json", "person", "add", "--given", "نادية", "--sex", "F", "--village", "Kocho",
            "--district", "Sinjar", "--governorate", "Nineveh Governorate",
            "--abduction-place", "Hardan, Sinjar", "--location", "al-Hol camp",
            "--status", "missing")
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)["case_no"]
    drawn = _drawn(_dossier(cli, tmp_path, case, "ar"))
    for written in ("سنجار", "محافظة نينوى", "حردان، سنجار", "مخيم الهول"):
        assert _arabic(written) in drawn, written
    for latin in ("Sinjar", "Nineveh", "Hardan", "Hol"):
        assert latin not in drawn, latin
    sorani = _drawn(_dossier(cli, tmp_path, case, "ckb"))
    assert _arabic("پارێزگای نەینەوا") in sorani and _arabic("هەردان، شنگال") in sorani
    english = pdftotext(_dossier(cli, tmp_path, case, "en"))
    assert "Nineveh Governorate" in english and "Hardan, Sinjar" in english
    kurmanji = pdftotext(_dossier(cli, tmp_path, case, "kmr"))
    assert "Herdan, Şingal" in kurmanji and "Koço" in kurmanji
    # after "governorate" Kurmanji bends the name (Parêzgeha Neynewayê): left as stored
    assert "Nineveh Governorate" in kurmanji and "al-Hol camp" in kurmanji


def test_a_place_with_an_unknown_part_prints_whole_as_stored(cli, tmp_path):
    cli("init")
    r = cli("--json", "person", "add", "--given", "نادية", "--sex", "F",
            "--location", "House of Abu Ali, Raqqa", "--status", "missing")
    assert r.returncode == 0, r.stderr
    drawn = _drawn(_dossier(cli, tmp_path, json.loads(r.stdout)["case_no"], "ar"))
    # neither half-translated nor the known part dropped
    assert "Raqqa" in drawn and _arabic("الرقة") not in drawn
