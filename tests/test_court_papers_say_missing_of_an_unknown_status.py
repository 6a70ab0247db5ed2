"""A person of status "unknown" counts as still held (nothing says she is out), and a court's
paper said "Current status: unknown" beside "She is still held", and "unknown" in the summary's
rows and counts. REPORTS.md: while she is held her status reads "missing" on a court's papers,
on the summary too. A real vault through the command line, the PDFs read with pdftotext."""

from __future__ import annotations

import pytest

from app.reports.profiles import Profile, shown_status
from tests.built_once import built_once
from tests.pdf_glyphs import pdftotext


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def unknown(cli):
    """Nisrin (SNJ-1), status unknown; Zere (SNJ-2), missing."""
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "Nisrin", "--father", "Qasim", "--sex", "F",
        "--abducted", "2014-08-03", "--village", "Solagh", "--sharing", "public", "--status",
        "unknown")
    _ok(cli, "person", "add", "--given", "Zere", "--father", "Shex", "--sex", "F",
        "--abducted", "2014-08-03", "--village", "Solagh", "--sharing", "public", "--status",
        "missing")
    return cli


def _text(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return " ".join(pdftotext(out.read_bytes(), "-layout").split()), r.stdout


def test_her_court_dossier_says_missing_beside_still_held(unknown, tmp_path):
    text, out = _text(unknown, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert "She is still held" in text and "Current status missing" in text
    # the command line says what the paper left out of her: here nothing (no "0 steps ...")
    assert "Current status unknown" not in text and "still held" not in out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_her_court_timeline_says_missing_as_her_current_status_does(unknown, tmp_path, lang):
    """Her timeline said "unknown" under "Current status: missing"; once freed, the step told
    "unknown" reads "missing" on a court's paper still, and as told on the team's. (Her status
    was told with no date: its date cell says "التاريخ غير معروف", "date not known".)"""
    word = {"en": "unknown", "ar": "معروف"}[lang]

    def unknowns(profile: str) -> int:
        text, _ = _text(unknown, tmp_path, "dossier", "SNJ-1", "--profile", profile, "--lang",
                        lang)
        return text.count(word)

    for freed in (False, True):
        # in her current status (held) and her timeline on the team's paper; in neither on
        # a court's
        assert unknowns("court") == unknowns("internal") - (1 if freed else 2)
        _ok(unknown, "person", "status", "SNJ-1", "rescued", "--date", "2019-03")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_court_summary_says_missing_in_her_row_and_the_counts(unknown, tmp_path, lang):
    text, out = _text(unknown, tmp_path, "summary", "--profile", "court", "--lang", lang)
    if lang == "en":
        assert "unknown" not in text and text.count("missing") >= 3  # two rows and the count
        # the command's line counts those the search found, of whom "unknown" says nothing
        assert "said to be missing" not in out
    else:
        assert "غير معروف" not in text and "مفقودة" in text


def test_a_court_summary_of_status_unknown_is_refused_and_missing_lists_her(unknown, tmp_path):
    r = unknown("summary", "-o", str(tmp_path / "x.pdf"), "--profile", "court", "--status",
                "unknown")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "counts as still held" in r.stderr and "--status missing" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    text, _ = _text(unknown, tmp_path, "summary", "--profile", "court", "--status", "missing")
    assert "Nisrin" in text and "Zere" in text


def test_the_teams_her_familys_and_the_publics_papers_say_unknown_as_before():
    """Only a court's paper says she is still held; the others are as they were."""
    assert shown_status("unknown", Profile.COURT) == "missing"
    for profile in (Profile.INTERNAL, Profile.FAMILY, Profile.PUBLIC):
        assert shown_status("unknown", profile) == "unknown"


def test_the_print_screen_refuses_a_court_summary_of_unknown_saying_why(qtbot, gui, unknown):
    from tests.ui_support import unlock

    gui.vault_dir = unknown.vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.status.setCurrentIndex(view.status.findData("unknown"))
    view.preview()
    qtbot.wait(300)
    assert view.built is None and "status is unknown" in view.error.text()
    assert "sighted" not in view.error.text()
