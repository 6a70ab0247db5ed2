"""A place typed is read for the names of others still held, a known place's name masked only
whole (a reviewer's second round): "with her sister Siba", "where Siba Khalil is kept", "her
brother Hardan", "her brother Sheikh Khidir" printed where Siba, Hardan and Khidir are held, as
every word of a known place was no one's; a note typed in two records' village box ("Kocho with
Layla", her duplicate merged) made "with Layla" a place on every paper; the list's own place
cells quoted under "Lists that named her" were printed unread. And the other way: her own
village in a spelling the tables lack (Siba Shaikh Khidir, Siba Sh. Khidir) is that place, not
a brother Khidir: it prints, and so do her own rescue's date, place and outcome. A real vault
through the command line, the PDFs read with pdftotext."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

NAMING = ("Raqqa, with her sister Siba ZZ1", "Tal Afar, house where Siba Khalil is kept ZZ2",
          "مع اختها سيبا في الرقة ZZ3", "Mosul, with her brother Hardan ZZ4",
          "Raqqa, with her sister Kurdistan ZZ5", "Raqqa, with her brother Sheikh Khidir ZZ6",
          "الرقة، مع اخيها الشيخ خدر ZZ7")
# her own village as others typed it, in spellings the villages' table lacks
OWN = ("Siba Shaikh Khidir ZZOWN1", "Siba Sheik Khidir ZZOWN2", "Siba Shekh Khidir ZZOWN3",
       "Siba Sh. Khidir ZZOWN4", "Siba Shaykh Khidir ZZOWN5")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


def _add(cli, *args):
    _ok(cli, "person", "add", *args, "--sharing", "public", "--abducted", "2014-08-03")


@pytest.fixture
@built_once
def siblings(cli):
    """Nadia Khalil (SNJ-1) and Vian (SNJ-7) freed; their siblings Siba (2), Hardan (3),
    Kurdistan (4), Khidir (5) and Layla (6) Khalil still held. Nadia's abduction place, her
    reports' Places and her rescue name them; Vian's name only her own village, Siba Sheikh
    Khidir, spelt as the tables do not."""
    _ok(cli, "init", "--prefix", "SNJ")
    _add(cli, "--given", "نادية", "--given", "Nadia", "--father", "خليل", "--father", "Khalil",
         "--sex", "F", "--village", "Siba Sheikh Khidir", "--status", "rescued",
         "--status-date", "2017", "--abduction-place", "Kocho, taken with her sister Siba ZZABD")
    for ar, la, sex in (("سيبا", "Siba", "F"), ("حردان", "Hardan", "M"), ("", "Kurdistan", "F"),
                        ("خدر", "Khidir", "M"), ("ليلى", "Layla", "F")):
        _add(cli, *(("--given", ar) if ar else ()), "--given", la, "--father", "خليل",
             "--father", "Khalil", "--sex", sex, "--village", "Siba Sheikh Khidir",
             "--status", "missing")
    _add(cli, "--given", "Vian", "--father", "Khalil", "--sex", "F", "--village",
         "Siba Sheikh Khidir", "--status", "rescued", "--status-date", "2017",
         "--abduction-place", "Siba Shaikh Khidir ZZVIANABD")
    for other in range(2, 8):
        _ok(cli, "relative", "SNJ-1", "sibling", f"SNJ-{other}")
    _ok(cli, "relative", "SNJ-7", "sibling", "SNJ-5")
    for n, place in enumerate(NAMING, 1):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--source", f"S-{n}", "--credibility", "2",
            "--received", f"2017-01-{n:02d}", "--cannot-identify-source", "--text",
            f"Nadia seen in good health ZZTEXT{n}", "--place", place)
    for n, place in enumerate(OWN, 1):
        _ok(cli, "report", "add", "--person", "SNJ-7", "--source", f"V-{n}", "--credibility", "2",
            "--received", f"2017-02-{n:02d}", "--cannot-identify-source", "--text",
            f"Vian seen ZZVTEXT{n}", "--place", place)
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-01", "--from-place",
        "Raqqa house 45, her sister Siba still there ZZFROM", "--outcome", "freed")
    _ok(cli, "rescue", "add", "--person", "SNJ-7", "--date", "2016-06-02", "--from-place",
        "Siba Sh. Khidir ZZVFROM", "--outcome", "freed ZZVOUT")
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return " ".join(pdftotext(out.read_bytes()).split()), " ".join((r.stdout + r.stderr).split())


@pytest.mark.parametrize("profile", ["court", "family"])
def test_a_held_relative_named_by_a_known_places_name_is_withheld(siblings, tmp_path, profile):
    text, said = _paper(siblings, tmp_path, "dossier", "SNJ-1", "--profile", profile)
    for word in ("ZZABD", "ZZFROM", *(f"ZZ{n}" for n in range(1, 8))):
        assert word not in text, (profile, word)
    assert "SNJ-00002" in said


def test_a_rescue_from_a_place_naming_a_held_sister_keeps_its_facts_back(siblings, tmp_path):
    text, said = _paper(siblings, tmp_path, "rescue-report", "1", "--profile", "court")
    assert "ZZFROM" not in text and "2016-05-01" not in text
    assert "its date, place and outcome left out" in said


def test_her_own_village_in_a_spelling_the_tables_lack_prints_beside_a_held_brother(
        siblings, tmp_path):
    for args in (("dossier", "SNJ-7", "--profile", "court"),
                 ("dossier", "SNJ-7", "--profile", "family"),
                 ("rescue-report", "2", "--profile", "court")):
        text, said = _paper(siblings, tmp_path, *args)
        assert "SNJ-00005" not in said, args
        assert "ZZVFROM" in text and "2016-06-02" in text and "ZZVOUT" in text, args
        if args[0] == "dossier" and args[3] == "court":
            assert "ZZVIANABD" in text
            assert all(f"ZZOWN{n}" in text for n in range(1, len(OWN) + 1))


@pytest.fixture
@built_once
def merged(cli):
    """Vian Khalil recorded twice (SNJ-1, SNJ-2), her village box "Kocho with Layla" on both,
    then merged; her sister Layla (3) still held. Amira Hassan (4) of another family, freed,
    whose report's Place names her sister Layla Hassan (5), still held."""
    _ok(cli, "init", "--prefix", "SNJ")
    for _ in range(2):
        _add(cli, "--given", "Vian", "--father", "Khalil", "--sex", "F", "--village",
             "Kocho with Layla", "--status", "rescued", "--status-date", "2017")
    _add(cli, "--given", "Layla", "--father", "Khalil", "--sex", "F", "--village", "Kocho",
         "--status", "missing")
    for n in (1, 2):
        _ok(cli, "relative", f"SNJ-{n}", "sibling", "SNJ-3")
    _ok(cli, "merge", "SNJ-1", "SNJ-2")
    _add(cli, "--given", "Amira", "--father", "Hassan", "--sex", "F", "--village", "Tel Qasab",
         "--status", "rescued", "--status-date", "2018")
    _add(cli, "--given", "Layla", "--father", "Hassan", "--sex", "F", "--village", "Tel Qasab",
         "--status", "missing")
    _ok(cli, "relative", "SNJ-4", "sibling", "SNJ-5")
    _ok(cli, "report", "add", "--person", "SNJ-4", "--source", "S-1", "--credibility", "2",
        "--received", "2018-01-01", "--cannot-identify-source", "--text", "Amira seen ZZTEXT",
        "--place", "Raqqa Hay al Badu with Layla Hassan ZZCROSS")
    return cli


def test_a_village_box_two_records_share_is_no_place_that_hides_a_name(merged, tmp_path):
    text, said = _paper(merged, tmp_path, "summary", "--profile", "public")
    assert "with Layla" not in text
    assert "1 village as withheld (SNJ-00001's, naming SNJ-00003, still held)" in said
    text, said = _paper(merged, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert "with Layla" not in text
    # nor does it hide another family's Layla in a place typed
    text, said = _paper(merged, tmp_path, "dossier", "SNJ-4", "--profile", "court")
    assert "ZZCROSS" not in text and "SNJ-00005" in said


def test_a_lists_place_cells_quoted_on_her_dossier_are_read(cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    listed = tmp_path / "list.csv"
    listed.write_text("given,father,sex,village,abduction_place,status\n"
                      'Vian,Khalil,F,Kocho,"Kocho school, her sister Layla still kept in Raqqa'
                      ' ZZPLACE",rescued 2017\n'
                      "Layla,Khalil,F,Kocho,Kocho school,missing\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"columns": {c: c for c in (
        "given", "father", "sex", "village", "abduction_place", "status")}}), encoding="utf-8")
    _ok(cli, "import", str(listed), "--mapping", str(mapping), "--yes")
    _ok(cli, "person", "sharing", "court", "SNJ-1", "SNJ-2")
    _ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")
    text, said = _paper(cli, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert "ZZPLACE" not in text and "Layla still" not in text
    # the list's other cells as it wrote them
    assert "Village / town: Kocho" in text
    assert "1 place cell quoted from the lists that named this person" in said
    assert "SNJ-00002" in said


def test_the_print_screen_counts_places_apart_from_her_records_fields(qtbot, gui, siblings):
    import re

    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    gui.vault_dir = siblings.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "SNJ-1")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    info = re.sub(r"[\u2066-\u2069]", "", view.info.text())
    assert ("It prints 7 place(s), of reports or of the lists that named this person, as "
            "withheld: they name another person still held.") in info
    assert "It prints 1 field(s) of this person's record as withheld" in info
