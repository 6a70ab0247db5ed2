"""Cancel on the Print screen while "Drawing the pages for the preview..." is said: pdftoppm
drew on (51 s for a summary of every person), then the preview appeared and "Cancelled." was
never said. Now pdftoppm is ended, no page is shown, nothing can be saved, and it is said."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys

from app.reports.steps import PREVIEW
from tests.ui_support import unlock
from ui.pdf_pages import PNG_SIGNATURE


def test_cancel_ends_the_drawing_and_shows_no_preview(qtbot, gui, demo_vault, tmp_path,
                                                      monkeypatch):
    # a pdftoppm that takes its time, as at the office's size, then gives one page
    slow = tmp_path / "pdftoppm"
    slow.write_text(f"#!{sys.executable}\nimport sys, time\ntime.sleep(20)\n"
                    f"sys.stdout.buffer.write({PNG_SIGNATURE + b'IEND'!r})\n")
    slow.chmod(0o755)
    which = shutil.which
    monkeypatch.setattr(shutil, "which",
                        lambda name, *a, **k: str(slow) if name == "pdftoppm" else which(name))
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(subprocess, "Popen", Recorded)
    gui.vault_dir = demo_vault
    view = unlock(qtbot, gui).show_screen("print")
    view.document.setCurrentIndex(view.document.findData("summary"))
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    panel = view.progress
    qtbot.waitUntil(lambda: panel.step == PREVIEW, timeout=60_000)
    assert panel.words.text() == "Drawing the pages for the preview..."
    assert panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)  # pdftoppm under way
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: view.error.text() != "" or view.built is not None, timeout=30_000)
    assert view.error.text() == "Cancelled."
    assert [p.returncode for p in started] == [-signal.SIGKILL]  # ended, not left drawing
    assert view.built is None and view.pages_layout.count() == 0
    assert panel.isHidden() and view.preview_button.isEnabled()
    assert not view.save_button.isEnabled() and not view.print_button.isEnabled()
