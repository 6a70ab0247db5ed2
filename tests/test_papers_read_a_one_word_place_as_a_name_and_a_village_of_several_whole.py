"""A place of one word is a held relative's name in any wording, and a place of several words
named whole is her village beside a kinship word too (a reviewer's third round): "house of
Hardan", "where Siba is kept", "عند سيبا", "بيت حردان", "li mala Sîba", "لە ماڵی سیبا" printed
where Siba and Hardan are held, as those are one-word places too; "her father's house, Siba
Sheikh Khidir" was held back for a brother Khidir, as the kinship word unmasked her village.
A real vault through the command line, the PDFs read with pdftotext."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

ONE_WORD = ("Tal Afar, where Siba is kept ZZ1", "Raqqa, house of Hardan ZZ2",
            "عند سيبا في الرقة ZZ3", "بيت حردان في تلعفر ZZ4", "li mala Sîba li Reqa ZZ5",
            "لە ماڵی سیبا لە ڕەققە ZZ6")
BESIDE_KIN = ("taken with her mother from Siba Sheikh Khidir ZZKIN2",
              "بيت والدها في سيبا شيخ خدر ZZKIN3")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _add(cli, *args):
    _ok(cli, "person", "add", *args, "--sharing", "public", "--abducted", "2014-08-03")


def _report(cli, person, n, place):
    _ok(cli, "report", "add", "--person", person, "--source", f"S-{person}-{n}",
        "--credibility", "2", "--received", f"2017-01-{n:02d}", "--cannot-identify-source",
        "--text", f"seen in good health ZZTEXT{person}{n}", "--place", place)


@pytest.fixture
@built_once
def family(cli):
    """Nadia Khalil (SNJ-1) freed, her siblings Siba (2) and Hardan (3) still held, her own
    places naming them. Vian Murad (4) freed, of Siba Sheikh Khidir, her brother Khidir (5)
    still held, her own places naming her village beside a kinship word."""
    _ok(cli, "init", "--prefix", "SNJ")
    _add(cli, "--given", "Nadia", "--father", "Khalil", "--sex", "F", "--village",
         "Kocho, Siba's captor lives here ZZVIL", "--status", "rescued", "--status-date", "2017",
         "--abduction-place", "Kocho, Siba and Hardan were taken too ZZABD")
    for ar, la, sex in (("سيبا", "Siba", "F"), ("حردان", "Hardan", "M")):
        _add(cli, "--given", ar, "--given", la, "--father", "خليل", "--father", "Khalil",
             "--sex", sex, "--village", "Kocho", "--status", "missing")
    _add(cli, "--given", "Vian", "--given", "ڤيان", "--father", "Murad", "--sex", "F",
         "--village", "Siba Sheikh Khidir", "--status", "rescued", "--status-date", "2017",
         "--abduction-place", "her father's house, Siba Sheikh Khidir ZZKIN1")
    _add(cli, "--given", "Khidir", "--given", "خدر", "--father", "Murad", "--sex", "M",
         "--village", "Siba Sheikh Khidir", "--status", "missing")
    for a, b in (("1", "2"), ("1", "3"), ("4", "5")):
        _ok(cli, "relative", f"SNJ-{a}", "sibling", f"SNJ-{b}")
    for n, place in enumerate(ONE_WORD, 1):
        _report(cli, "SNJ-1", n, place)
    for n, place in enumerate(BESIDE_KIN, 1):
        _report(cli, "SNJ-4", n, place)
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-01", "--from-place",
        "Raqqa, house of Hardan's captor, Siba still there ZZFROM", "--outcome", "freed ZZOUT")
    _ok(cli, "rescue", "add", "--person", "SNJ-4", "--date", "2016-06-02", "--from-place",
        "her uncle's house, Siba Sheikh Khidir ZZKINFROM", "--outcome", "freed ZZKINOUT")
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return " ".join(pdftotext(out.read_bytes()).split()), " ".join((r.stdout + r.stderr).split())


@pytest.mark.parametrize("profile", ["court", "family"])
def test_a_held_sibling_named_like_a_one_word_place_is_withheld_in_any_wording(
        family, tmp_path, profile):
    text, said = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", profile)
    for word in ("ZZVIL", "ZZABD", "ZZFROM", "ZZOUT",
                 *(f"ZZ{n}" for n in range(1, len(ONE_WORD) + 1))):
        assert word not in text, (profile, word)
    # her status history keeps its own day; the operation's date, place and outcome go
    assert "date, place and outcome are not printed" in text
    assert "SNJ-00002" in said and "SNJ-00003" in said


def test_a_rescue_from_a_house_naming_a_held_brother_keeps_its_facts_back(family, tmp_path):
    text, _ = _paper(family, tmp_path, "rescue-report", "1", "--profile", "court")
    assert "ZZFROM" not in text and "2016-05-01" not in text and "ZZOUT" not in text


def test_her_village_naming_a_held_sister_is_withheld_on_the_public_summary(family, tmp_path):
    text, said = _paper(family, tmp_path, "summary", "--profile", "public")
    assert "ZZVIL" not in text and "captor" not in text
    assert "SNJ-00001's, naming SNJ-00002" in said


@pytest.mark.parametrize("profile", ["court", "family"])
def test_her_own_village_of_several_words_beside_a_kinship_word_prints(family, tmp_path, profile):
    text, said = _paper(family, tmp_path, "dossier", "SNJ-4", "--profile", profile)
    assert "SNJ-00005" not in said
    for word in ("ZZKINFROM", "ZZKINOUT", "2016-06-02"):
        assert word in text, (profile, word)
    if profile == "court":
        for word in ("ZZKIN1", "ZZKIN2", "ZZKIN3"):
            assert word in text, word
    text, said = _paper(family, tmp_path, "rescue-report", "2", "--profile", "court")
    assert "ZZKINFROM" in text and "2016-06-02" in text and "SNJ-00005" not in said
