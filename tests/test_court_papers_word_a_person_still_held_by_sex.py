"""A boy still held was "She is still held" on a court's paper ("لا تزال محتجزة" beside his
status "مفقود"), on the print screen and in the command's line: boys were taken too. The
sentences are worded by the person's sex, and of anyone where it is not recorded. A real vault
through the command line, the PDFs read with pdftotext."""

from __future__ import annotations

import re

import pytest

from app.reports.labels import LANGUAGES, held_label, label
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext

HELD_SENTENCES = ("held_withheld", "held_timeline_note", "held_rescues_note",
                  "held_whereabouts_note")


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def boy(cli):
    """Samer (SNJ-1), a boy sighted since; a person (SNJ-2) whose sex is not recorded; both
    still held, each with a report of after the abduction."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "سامر", "--given", "Samer", "--father", "Murad",
        "--sex", "M", "--born", "2006", "--abducted", "2014-08-15", "--village", "Kocho",
        "--sharing", "court", "--status", "sighted", "--status-date", "2017-02-01")
    _ok(cli, "person", "add", "--given", "Kawan", "--father", "Khalil", "--abducted",
        "2014-08-15", "--sharing", "court", "--status", "missing")
    for who in ("SNJ-1", "SNJ-2"):
        _ok(cli, "report", "add", "--person", who, "--cannot-identify-source", "--text",
            "seen in the market", "--observed", "2016-01", "--received", "2016-02")
    return cli


def _dossier(cli, tmp_path, case_no: str, lang: str) -> tuple[str, str]:
    out = tmp_path / f"{case_no}-{lang}.pdf"
    r = _ok(cli, "dossier", case_no, "-o", str(out), "--profile", "court", "--lang", lang)
    return " ".join(pdftotext(out.read_bytes(), "-layout").split()), " ".join(r.stdout.split())


def _holds(text: str, sentence: str, lang: str) -> bool:
    words = sentence.split()
    if lang in ("ar", "ckb"):  # pdftotext orders right-to-left words its own way
        bare = str.maketrans("", "", ".,،:;()")
        return all(w.translate(bare) in text.translate(bare) for w in words)
    return " ".join(words) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_boy_still_held_is_spoken_of_as_a_boy_on_a_court_paper(boy, tmp_path, lang):
    text, out = _dossier(boy, tmp_path, "SNJ-1", lang)
    for key in HELD_SENTENCES:
        assert _holds(text, held_label(key, lang, "M"), lang), key
    assert _holds(text, held_label("held_reports_withheld", lang, "M").format(count="1"), lang)
    if lang in ("en", "ar", "kmr"):  # Sorani speaks of either alike
        assert not _holds(text, label("held_withheld", lang), lang)
    if lang == "ar":
        assert "محتجزة" not in text and "مفقود" in text
    if lang == "en":
        assert "He is still held." in text and "She is" not in text
        assert "SNJ-00001 is still held: until he is freed" in out and " her" not in out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_person_whose_sex_is_not_recorded_is_spoken_of_as_anyone(boy, tmp_path, lang):
    text, out = _dossier(boy, tmp_path, "SNJ-2", lang)
    for key in HELD_SENTENCES:
        assert _holds(text, held_label(key, lang, "U"), lang), key
    if lang == "en":
        assert "This person is still held." in text and "She is" not in text
        assert "SNJ-00002 is still held: until they are freed" in out


def test_every_sentence_has_a_wording_of_each_sex_in_every_language():
    for key in (*HELD_SENTENCES, "held_reports_withheld", "held_overtaken"):
        for lang in LANGUAGES:
            said = {sex: held_label(key, lang, sex) for sex in ("F", "M", "U")}
            assert all(said.values()) and said["F"] == label(key, lang)
            if lang == "en":
                assert len(set(said.values())) == 3, key


def test_the_print_screen_speaks_of_a_boy_still_held_as_a_boy(qtbot, gui, boy):
    from tests.test_ui_print import _preview
    from tests.ui_support import unlock

    gui.vault_dir = boy.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "SNJ-1")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    _preview(qtbot, view)
    info = re.sub(r"[\u2066-\u2069]", "", view.info.text())
    assert "He is still held: until he is freed" in info and "She" not in info
