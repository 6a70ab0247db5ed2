"""A freed woman's court dossier printed her own Circumstances ("taken with her sister Layla
Khalil, who is still held in the house of Abu Omar in Tal Afar") and Held by word for word:
only reports' texts were read for the names of others still held. Every free-text field of
hers a paper prints is read as a report's text is (named_in_text.py); one naming another
person still held is printed as withheld, said so, and the command line names whom. A real
vault through the command line, the PDFs read with pdftotext and every stream."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.report_vault import decoded_text
from tests.test_papers_keep_back_an_operation_that_freed_one_while_another_it_named_is_held import (  # noqa: E501
    _ok,
    _said,
)

WHEREABOUTS = ("HOUSEWHERE", "HELDWHERE")


@pytest.fixture
@built_once
def sisters(cli):
    """Nadia Khalil (SNJ-1) freed, her sister Layla Khalil (SNJ-2) still held."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given in (("نادية", "Nadia"), ("ليلى", "Layla")):
        _ok(cli, "person", "add", "--given", given[0], "--given", given[1], "--father",
            "خليل", "--father", "Khalil", "--sex", "F", "--abducted", "2014-08-03",
            "--sharing", "court")
    _ok(cli, "relative", "SNJ-1", "sibling", "SNJ-2")
    _ok(cli, "person", "status", "SNJ-1", "rescued", "--date", "2017")
    _ok(cli, "person", "edit", "SNJ-1", "--circumstances", "Taken from Kocho with her sister "
        "Layla Khalil, who is still held in the house of Abu Omar HOUSEWHERE")
    _ok(cli, "person", "edit", "SNJ-1", "--held-by",
        "Abu Omar, Tal Afar (her sister Layla still with him HELDWHERE)")
    return cli


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_fields_naming_her_held_sister_are_printed_as_withheld(sisters, tmp_path, lang):
    out = tmp_path / "paper.pdf"
    r = _ok(sisters, "dossier", "SNJ-1", "--profile", "court", "--lang", lang, "-o", str(out))
    pdf = out.read_bytes()
    assert [w for w in WHEREABOUTS if w in decoded_text(pdf)] == []
    assert _said(pdf, lang, "field_names_other_held")
    if lang == "en":
        assert "Circumstances and Held by fields of this record, whose text names SNJ-00002" in \
            " ".join(r.stdout.split() + r.stderr.split())


def test_once_she_is_freed_the_court_reads_them(sisters, tmp_path):
    _ok(sisters, "person", "status", "SNJ-2", "rescued", "--date", "2019")
    out = tmp_path / "paper.pdf"
    _ok(sisters, "dossier", "SNJ-1", "--profile", "court", "-o", str(out))
    assert [w for w in WHEREABOUTS if w in decoded_text(out.read_bytes())] == list(WHEREABOUTS)


def test_the_print_screen_says_her_fields_were_printed_as_withheld(qtbot, gui, sisters):
    import re

    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    gui.vault_dir = sisters.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "SNJ-1")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    info = re.sub(r"[\u2066-\u2069]", "", view.info.text())
    assert ("It prints 2 field(s) of this person's record as withheld: their text names "
            "another person still held.") in info
    assert view.built["detail"]["withheld_for_others_held"]["fields_naming_them"] == [
        "circumstances", "held_by"]
