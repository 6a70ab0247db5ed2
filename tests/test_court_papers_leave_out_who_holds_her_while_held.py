"""While she is held, a court's dossier prints neither who holds her (Held by) nor where she was
last known to be, and says so; once she is out, Held by is printed as evidence. Held by is the
box the team updates as informants report her sold on: it says where she is now and with whom,
under a paragraph promising that the paper does not say whether she has been located. Her
family's and a public paper never print either; no summary or rescue report has them."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.reports.labels import LANGUAGES, held_label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext
from tests.report_vault import decoded_text

CAPTOR = "AbuHamzaal-Shami"
PLACE = "al-JouraLOC"


def _ok(cli, *args) -> subprocess.CompletedProcess:
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def xezal(cli):
    """Xezal (SNJ-00001), missing since 2014, her captor and last known place recorded; Kawa
    (SNJ-00002), a boy held, his captor recorded."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Xezal", "--father", "Elias", "--sex", "F",
        "--sharing", "public", "--abducted", "2014-08-03", "--status", "missing",
        "--status-date", "2014-08-03", "--held-by", "Abu Hamza al-Shami, Deir ez-Zor",
        "--location", "al-Joura LOC")
    _ok(cli, "person", "add", "--given", "Kawa", "--sex", "M", "--sharing", "court",
        "--abducted", "2014-08-03", "--held-by", "Abu Hamza al-Shami")
    return cli


def _paper(cli, tmp_path, *args) -> tuple[bytes, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return out.read_bytes(), r.stdout


def _holds(text: str, sentence: str, lang: str) -> bool:
    """Whether the paper's text holds the sentence (in Arabic and Sorani every word of it:
    pdftotext orders their words its own way)."""
    if lang in ("ar", "ckb"):
        bare = str.maketrans("", "", ".,،:;()")
        return all(w.translate(bare) in text.translate(bare) for w in sentence.split())
    return " ".join(sentence.split()) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_court_dossier_of_a_woman_still_held_leaves_out_who_holds_her_and_says_so(
        xezal, tmp_path, lang):
    pdf, out = _paper(xezal, tmp_path, "dossier", "SNJ-00001", "--profile", "court",
                      "--lang", lang)
    everything = decoded_text(pdf)
    assert CAPTOR not in everything and PLACE not in everything
    text = " ".join(pdftotext(pdf, "-layout").split())
    assert _holds(text, held_label("held_whereabouts_note", lang, "F"), lang)
    # the team's line says it too, and the export's audit entry
    # (nothing else was left out of her: no count of nought is said)
    assert "leaves out who holds her and where, and says so" in " ".join(out.split())
    entries = json.loads(xezal("--json", "audit", "log", "--limit", "2").stdout)
    detail = [e for e in entries if e["action"] == "export.dossier"][-1]["detail"]
    assert detail["withheld_while_held"]["whereabouts"] is True


def test_of_a_boy_still_held_it_says_so_of_him(xezal, tmp_path):
    pdf, out = _paper(xezal, tmp_path, "dossier", "SNJ-00002", "--profile", "court")
    assert CAPTOR not in decoded_text(pdf)
    text = " ".join(pdftotext(pdf, "-layout").split())
    assert held_label("held_whereabouts_note", "en", "M") in text
    assert "who holds her" not in text


def test_once_she_is_out_held_by_is_printed_as_evidence(xezal, tmp_path):
    _ok(xezal, "rescue", "add", "--person", "SNJ-00001", "--date", "2019-03", "--from-place",
        "al-Hol", "--outcome", "freed")
    pdf, out = _paper(xezal, tmp_path, "dossier", "SNJ-00001", "--profile", "court")
    everything = decoded_text(pdf)
    assert CAPTOR in everything
    assert PLACE not in everything  # a court's paper never shows her last known location
    assert held_label("held_whereabouts_note", "en", "F") not in " ".join(
        pdftotext(pdf, "-layout").split())
    assert "still held" not in out


def test_no_other_paper_for_outside_the_team_prints_who_holds_her(xezal, tmp_path):
    _ok(xezal, "rescue", "add", "--person", "SNJ-00001", "--person", "SNJ-00002", "--date",
        "2017-05", "--from-place", "Hajin", "--outcome", "failed", "--status", "none")
    papers = [("dossier", "SNJ-00001", "--profile", "family"),
              ("dossier", "SNJ-00001", "--profile", "public"),
              ("summary", "--profile", "court"), ("summary", "--profile", "public"),
              ("summary", "--profile", "family", "--for", "SNJ-00001"),
              ("rescue-report", "1", "--profile", "court"),
              ("rescue-report", "1", "--profile", "family", "--for", "SNJ-00001")]
    for args in papers:
        pdf, _ = _paper(xezal, tmp_path, *args)
        everything = decoded_text(pdf)
        assert CAPTOR not in everything and PLACE not in everything, args
    # the team's own paper keeps both
    pdf, out = _paper(xezal, tmp_path, "dossier", "SNJ-00001", "--profile", "internal")
    everything = decoded_text(pdf)
    assert CAPTOR in everything and PLACE in everything and "still held" not in out


def test_the_print_screen_tells_the_team_it_left_out_who_holds_her(qtbot, gui, xezal):
    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    gui.vault_dir = xezal.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "SNJ-1")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    info = view.info.text()
    assert "It also leaves out who holds her and where she was last known to be." in info
    assert view.built["detail"]["withheld_while_held"]["whereabouts"] is True
    assert CAPTOR not in decoded_text(view.built["pdf"])
