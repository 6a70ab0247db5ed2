"""A summary says what it is doing for the whole time it is made: of 3,795 persons, its bar
stood full at "reading persons" after a second, then nothing was said for 20 while reportlab
laid out and wrote 124 pages; the full bar read as done, or stuck. Now each step is told
(its persons read, its rows laid out, each page as it is written, each page finished) on the
command line and the Print screen, and Cancel is honoured during all of them."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading

import pytest

from app.domain.errors import Cancelled
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from app.reports.steps import FINISHING, LAYOUT, PAGES, PREVIEW, READING
from tests.conftest import PASSPHRASE, ROOT, cli_env
from tests.pdf_glyphs import pdftotext
from tests.ui_support import unlock
from ui.bidi import bare
from ui.settings import write_language


@pytest.fixture(scope="module")
def demo_vault_120(tmp_path_factory):
    """A closed synthetic vault of 120 persons: an internal summary of four pages."""
    from app.demo import populate
    from app.vault import KdfParams, create_vault
    folder = tmp_path_factory.mktemp("steps") / "vault"
    session, _code = create_vault(folder, PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    populate(session, 120)
    session.close()
    return folder


def pdf_pages(pdf: bytes) -> int:
    return pdftotext(pdf).count("\f")  # a form feed ends each page


def _made(folder, **kwargs):
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        return ReportService(s).summary(SummaryFilter(), profile=Profile.INTERNAL, lang="en",
                                        **kwargs)
    finally:
        s.close()


def test_each_step_is_told_and_every_page_counted(demo_vault_120):
    told: list[tuple] = []
    made = _made(demo_vault_120, step=lambda key: told.append((key,)),
                 progress=lambda done, total: told.append((done, total)))
    steps = [t[0] for t in told if len(t) == 1]
    assert steps == [READING, LAYOUT, PAGES, FINISHING]

    def counts(key):
        start = told.index((key,)) + 1
        end = next((n for n in range(start, len(told)) if len(told[n]) == 1), len(told))
        return told[start:end]

    pages = pdf_pages(made.pdf)
    assert counts(READING)[-1] == (120, 120)
    assert counts(LAYOUT)[-1] == (120, 120)  # the rows under the header, measured
    assert counts(PAGES) == [(n, 0) for n in range(1, pages + 1)]  # how many: not known yet
    assert counts(FINISHING) == [(n, pages) for n in range(1, pages + 1)]
    assert pages >= 3


def test_cancel_is_honoured_while_the_pages_are_written(demo_vault_120):
    cancel = threading.Event()
    with pytest.raises(Cancelled, match="no summary was made"):
        _made(demo_vault_120, cancel=cancel,
              step=lambda key: key == PAGES and cancel.set())


def test_the_command_line_says_each_step_on_a_terminal(demo_vault_120, tmp_path):
    out = tmp_path / "s.pdf"
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app.cli.main", "--vault", str(demo_vault_120), "summary",
             "-o", str(out), "--profile", "internal", "--unprotected"],
            cwd=ROOT, env=cli_env(tmp_path), stdout=subprocess.PIPE, stderr=follower,
            stdin=subprocess.DEVNULL, timeout=120, text=True, check=False)
        os.close(follower)
        follower = None
        said = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: all of it read
                break
            if not chunk:
                break
            said += chunk
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0, said
    # each line as it stands at its end (a bar is drawn again over itself after "\r"; the
    # terminal ends a line with "\r\n")
    lines = [line.rstrip("\r").rsplit("\r", 1)[-1] for line in said.decode().split("\n")
             if line.strip()]
    pages = pdf_pages(out.read_bytes())
    assert lines == ["reading persons [##############################] 120/120",
                     "laying out the rows [##############################] 120/120",
                     f"writing page {pages}",
                     f"finishing pages [##############################] {pages}/{pages}"]
    assert done.stdout.startswith("summary of 120 persons written to ")


def test_the_print_screen_says_each_step(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.document.setCurrentIndex(view.document.findData("summary"))
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    panel, begun, said = view.progress, [], []
    stepped, progressed = panel._stepped, panel._progress

    def on_step(key):
        stepped(key)
        begun.append((key, panel.words.text()))

    def on_count(done, total):
        progressed(done, total)
        said.append((panel.step, panel.words.text(), panel.bar.maximum()))

    panel._stepped, panel._progress = on_step, on_count
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""
    pages = pdf_pages(view.built["pdf"])
    assert begun == [(READING, "Reading the persons..."), (LAYOUT, "Laying out the rows..."),
                     (PAGES, "Writing page 1..."), (FINISHING, "Finishing the pages..."),
                     (PREVIEW, "Drawing the pages for the preview...")]
    assert (PAGES, f"Writing page {pages}...", 0) in said  # busy: how many is not known
    assert (FINISHING, "Finishing the pages...", pages) in said
    assert not panel.isVisible()


def test_the_print_screen_says_them_in_the_desktops_language(qtbot, gui, demo_vault,
                                                            new_translations):
    write_language(demo_vault, "ar")
    gui.vault_dir, gui.language = demo_vault, "ar"
    view = unlock(qtbot, gui).show_screen("print")
    words = view.step_words()
    assert words[PAGES] == "جارٍ كتابة الصفحة %1..." and words[READING] == "جارٍ قراءة الأشخاص..."
    view.progress.steps = words  # as the preview follows its job with them
    view.progress._stepped(PAGES)
    view.progress._progress(37, 0)
    assert bare(view.progress.words.text()) == "جارٍ كتابة الصفحة 37..."


def test_saving_it_under_a_password_says_its_steps_too(qtbot, gui, demo_vault, tmp_path):
    """Save as PDF... makes the summary again under its password: as long again, in silence."""
    gui.vault_dir = demo_vault
    view = unlock(qtbot, gui).show_screen("print")
    view.document.setCurrentIndex(view.document.findData("summary"))
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == "" and view.protect.isChecked()
    panel, begun = view.progress, []
    stepped = panel._stepped

    def on_step(key):
        stepped(key)
        begun.append((key, panel.words.text()))

    panel._stepped = on_step
    view.protect.first.setText("paper password 1")
    view.protect.second.setText("paper password 1")
    view.save_to(str(tmp_path / "summary.pdf"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""
    assert begun == [(LAYOUT, "Laying out the rows..."), (PAGES, "Writing page 1..."),
                     (FINISHING, "Finishing the pages...")]
    assert not panel.isVisible() and (tmp_path / "summary.pdf").exists()
