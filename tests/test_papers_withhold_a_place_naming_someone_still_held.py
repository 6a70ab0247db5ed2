"""A place typed into a paper (a report's Place, her abduction place, her village, a rescue's
"Rescued from") named a sister still held ("house of Abu Omar, where her sister Layla is kept",
"مع اختها ليلى في الرقة", with her sister Layla in Raqqa) on court, family and public papers:
only free texts were read for the names of others still held. Places are now read by the same
rule, printed "(not printed: it names another person still held)" in the paper's language, and
the command line names whom; but no word of a known place's name is a person's: her own village
Siba Sheikh Khidir prints beside a brother Khidir still held. A real vault through the command
line, the PDFs read with pdftotext."""

from __future__ import annotations

import pytest

from app.reports.labels import label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

VILLAGE = "Siba Sheikh Khidir"


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def family(cli):
    """Nadia Khalil (SNJ-1) freed; her sister Layla (2) and brother Khidir (3) still held, all
    of Siba Sheikh Khidir; Vian (4), freed, another sister of Layla's, whose village box holds
    where Layla is. Every report and the rescue are Nadia's."""
    _ok(cli, "init", "--prefix", "SNJ")
    for ar, la, sex, extra in (
            ("نادية", "Nadia", "F", ("--abduction-place", VILLAGE, "--status", "rescued")),
            ("ليلى", "Layla", "F", ()), ("خدر", "Khidir", "M", ()),
            ("فيان", "Vian", "F", ("--status", "rescued"))):
        _ok(cli, "person", "add", "--given", ar, "--given", la, "--father", "خليل", "--father",
            "Khalil", "--sex", sex, "--abducted", "2014-08-03", "--sharing", "public",
            "--village", "Tel Qasab, where her sister Layla is ZZVILLAGE" if la == "Vian"
            else VILLAGE, "--status-date", "2017", *extra)
    for other in ("2", "3"):
        _ok(cli, "relative", "SNJ-1", "sibling", f"SNJ-{other}")
    _ok(cli, "relative", "SNJ-4", "sibling", "SNJ-2")
    for n, place in enumerate(("house of Abu Omar, where her sister Layla is kept ZZLATIN",
                               "مع اختها ليلى في الرقة", VILLAGE), 1):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--source", f"S-{n}", "--credibility", "2",
            "--received", f"2017-01-0{n}", "--cannot-identify-source", "--text",
            f"Nadia seen in good health ZZTEXT{n}", "--place", place)
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-01", "--from-place",
        "Raqqa house 45 (her sister Layla still there) ZZFROM", "--outcome", "freed")
    # Vian's incident: its place names Layla, and so does hers where hers is not recorded
    _ok(cli, "incident", "add", "--date", "03/08/2014", "--place",
        "Tal Afar, the school where her sister Layla is kept ZZINCIDENT", "--description",
        "the village was taken")
    _ok(cli, "person", "edit", "SNJ-4", "--incident", "1")
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return pdftotext(out.read_bytes()), " ".join(r.stdout.split() + r.stderr.split())


def _withheld(text: str, lang: str) -> int:
    """How many times the paper says a place was not printed for naming someone held."""
    # its second word, with its colon: "printed:", "يُطبع:" (a narrow cell breaks the rest)
    return text.count(label("field_names_other_held", lang).split()[1])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_held_sister_named_in_a_reports_place_is_withheld_on_a_court_paper(family, tmp_path,
                                                                            lang):
    text, said = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "court",
                        "--lang", lang)
    assert "ZZLATIN" not in text and "الرقة" not in text
    # the reports themselves print: only their Place cell is withheld, in the paper's words
    assert all(f"ZZTEXT{n}" in text for n in (1, 2, 3))
    assert _withheld(text, lang) >= 2
    assert "the Place of 2 reports, whose text names SNJ-00002, still held" in said


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_village_siba_sheikh_khidir_prints_beside_a_held_brother_khidir(family, tmp_path,
                                                                           lang):
    text, said = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "court",
                        "--lang", lang)
    flat = " ".join(text.split())
    village = VILLAGE if lang == "en" else "سيبا شيخ خدر"
    # as her village, her abduction's place and the third report's Place
    assert flat.count(village) + flat.count("Siba Sheikh") >= 3, flat
    assert "SNJ-00003" not in said


def test_the_rescue_from_a_house_naming_her_sister_keeps_its_facts_back(family, tmp_path):
    """As an operation whose outcome names someone held: its date, place and outcome."""
    for args, key in ((("rescue-report", "1", "--profile", "court"), "held_operation_withheld"),
                      (("dossier", "SNJ-1", "--profile", "court"), "held_operation_withheld"),
                      (("dossier", "SNJ-1", "--profile", "family"),
                       "others_operation_withheld")):
        text, said = _paper(family, tmp_path, *args)
        assert "ZZFROM" not in text, args
        assert " ".join(label(key, "en").split()) in " ".join(text.split()), args
        assert "SNJ-00002" in said or "its date, place and outcome left out" in said, args


@pytest.mark.parametrize("profile", ["court", "family"])
def test_her_village_and_her_incidents_place_naming_her_held_sister_are_withheld(
        family, tmp_path, profile):
    """Her abduction's place is her incident's here: withheld in its row and in the
    incident's (a first try printed it in the incident's row anyway)."""
    text, said = _paper(family, tmp_path, "dossier", "SNJ-4", "--profile", profile)
    assert "ZZINCIDENT" not in text and "ZZVILLAGE" not in text
    assert _withheld(text, "en") == (3 if profile == "court" else 2)
    assert "Village and abduction Place" in said and "naming" not in said and "SNJ-00002" in said


@pytest.mark.parametrize("profile", ["public", "court"])
def test_a_village_naming_a_held_sister_is_withheld_on_a_summary(family, tmp_path, profile):
    text, said = _paper(family, tmp_path, "summary", "--profile", profile)
    assert "ZZVILLAGE" not in text and VILLAGE in " ".join(text.split())
    assert _withheld(text, "en") == 1
    assert "1 village as withheld (SNJ-00004's, naming SNJ-00002, still held)" in said


def test_the_team_reads_every_place_and_the_court_once_she_is_freed(family, tmp_path):
    places = ("ZZLATIN", "الرقة", "ZZFROM")
    text, _ = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "internal",
                     "--unprotected")
    assert all(w in text for w in places)
    _ok(family, "person", "status", "SNJ-2", "rescued", "--date", "2019-03")
    text, said = _paper(family, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert all(w in text for w in places) and "still held" not in said
    text, _ = _paper(family, tmp_path, "summary", "--profile", "public")
    assert "ZZVILLAGE" in text


def test_the_print_screen_says_a_village_was_printed_as_withheld(qtbot, gui, family):
    import re

    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    gui.vault_dir = family.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("public"))
    _preview(qtbot, view)
    info = re.sub(r"[\u2066-\u2069]", "", view.info.text())
    assert ("It prints the village of 1 person(s) as withheld: it names another person still "
            "held.") in info
    assert view.built["detail"]["villages_naming_others_held"] == ["SNJ-00004"]
