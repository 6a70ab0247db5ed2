"""Save as PDF into a folder the system does not let be written says so as the Back up dialog
does (which folder, nothing saved, choose another), in her language, not the system's English;
and the password typed twice stays in its boxes to save elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import InputFileError
from tests.test_ui_print_pdf_password import PASSWORD, _internal_dossier, _type
from ui.settings import write_language

NOWHERE = "/proc/self/dossier DEMO-00001.pdf"  # the system refuses a new file there


def _refused(qtbot, view) -> str:
    _type(view, PASSWORD)
    view.save_to(NOWHERE)
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    return view.error.text()


def test_a_folder_that_cannot_be_written_is_said_and_the_password_kept(qtbot, gui,
                                                                       demo_vault, tmp_path):
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    said = _refused(qtbot, view)
    assert said.replace("\u2066", "").replace("\u2069", "") == (
        "the PDF cannot be written to /proc/self (read-only, or not yours): nothing "
        "was saved; choose another folder or drive")
    assert "No such file" not in said
    assert view.protect.first.text() == PASSWORD and view.protect.second.text() == PASSWORD
    assert not Path(NOWHERE).exists()
    view.error.clear()
    out = tmp_path / "d.pdf"
    view.save_to(str(out))  # elsewhere, the same password, not typed again
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == "" and out.exists()
    assert view.protect.first.text() == ""


def test_it_is_said_in_arabic(qtbot, gui, demo_vault, new_translations):
    write_language(demo_vault, "ar")
    gui.language = "ar"
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    said = _refused(qtbot, view)
    assert "لا يمكن كتابة ملف PDF في" in said and "اختر مجلدًا أو وحدة أخرى" in said


@pytest.mark.parametrize("code, said", [(28, "is full: nothing was saved"),
                                        (13, "cannot be written to"), (30, "cannot be written to")])
def test_the_command_line_says_it_too(code, said):
    from app.reports.written_refused import written_refused
    error = written_refused(Path("/media/usb/d.pdf"), OSError(code, "system words"))
    assert isinstance(error, InputFileError) and said in str(error) and "/media/usb" in str(error)
