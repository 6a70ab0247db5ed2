"""Save as PDF... protects the PDF with a password, as `--password-file` does: ticked for the
internal paper (informants' reports, phone numbers, payments), typed twice, refused where PDF
readers would refuse it, never kept, and said in the audit trail as "encrypted"."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QStyle, QStyleOptionGroupBox

from app.domain.person import NamePart
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.pdf_glyphs import pdftotext
from tests.ui_support import unlock, wait_job

PASSWORD = "Kocho staple 2014"


def _internal_dossier(qtbot, gui, demo_vault, case_no: str = "DEMO-00001"):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", case_no)
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    return main, view


def _type(view, first: str, second: str | None = None) -> None:
    view.protect.first.setText(first)
    view.protect.second.setText(first if second is None else second)


def _saved(qtbot, view) -> None:
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""


def _exports(qtbot, gui) -> list[dict]:
    return wait_job(qtbot, gui.worker, lambda s: [
        {"action": r.action, **json.loads(r.detail)} for r in s.audit.repo.all()
        if r.action.startswith("export.")])


def _opens_without_a_password(path) -> bool:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True).returncode == 0


def test_an_internal_dossier_is_saved_under_its_password(qtbot, gui, demo_vault, tmp_path):
    main, view = _internal_dossier(qtbot, gui, demo_vault)
    assert view.protect.isChecked() and view.protect.why.isVisibleTo(view)
    assert "informants' reports" in view.protect.why.text()
    assert view.protect.first.echoMode() == view.protect.first.EchoMode.Password
    assert view.protect.second.echoMode() == view.protect.second.EchoMode.Password
    given = wait_job(qtbot, gui.worker,
                     lambda s: s.persons.get("DEMO-00001").name(NamePart.GIVEN).latin)
    _type(view, PASSWORD)
    out = tmp_path / "DEMO-00001 internal.pdf"
    view.save_to(str(out))
    _saved(qtbot, view)
    # cleared once the file is written: nothing left on the screen to read
    assert view.protect.first.text() == "" and view.protect.second.text() == ""
    assert "protected with a password" in view.info.text()
    assert not _opens_without_a_password(out)
    text = pdftotext(out.read_bytes(), "-upw", PASSWORD)
    assert given and given in text and "DEMO-00001" in text
    # the document previewed, not another reading of the vault: the same text
    assert text == pdftotext(view.built["pdf"])
    info = subprocess.run(["pdfinfo", "-upw", PASSWORD, str(out)], capture_output=True,
                          text=True, check=True).stdout
    assert "AES-256" in info
    assert out.stat().st_mode & 0o077 == 0
    entry = _exports(qtbot, gui)[-1]
    assert entry["action"] == "export.dossier" and entry["encrypted"] is True
    assert entry["profile"] == "internal" and entry["sha256"] != ""
    # Never kept: not in the audit trail, not as a draft, nowhere in the vault (read whole
    # after the lock, which also empties the boxes of a password typed and not used).
    _type(view, "typed then left")
    next(a for a in main.menuBar().actions()[0].menu().actions()
         if a.shortcut().toString() == "Ctrl+L").trigger()
    assert gui.locked and view.protect.first.text() == "" and view.protect.second.text() == ""
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        conn = session.db.conn
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - a test
                said = " ".join(str(v) for v in row)
                assert PASSWORD not in said and "typed then left" not in said, table
    finally:
        session.close()


def test_unticked_the_internal_paper_is_saved_plain(qtbot, gui, demo_vault, tmp_path):
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    view.protect.setChecked(False)
    out = tmp_path / "plain.pdf"
    view.save_to(str(out))
    _saved(qtbot, view)
    assert out.read_bytes() == view.built["pdf"] and _opens_without_a_password(out)
    assert "protected" not in view.info.text()
    assert _exports(qtbot, gui)[-1]["encrypted"] is False


@pytest.mark.parametrize(("first", "second", "said"), [
    (PASSWORD, PASSWORD + "x", "The two passwords differ"),
    ("abc كوجو", "abc كوجو", "mixes Arabic-script and Latin letters"),
    ("كوجو 1", "كوجو 1", "begin and end with an Arabic-script letter"),
    ("pass\u0007word", "pass\u0007word", "control character"),
    ("", "", "Type a password in both boxes"),
    ("\u00ad", "\u00ad", "Type a password in both boxes"),  # readers drop a soft hyphen
])
def test_a_password_that_cannot_protect_it_is_refused_and_nothing_written(
        qtbot, gui, demo_vault, tmp_path, first, second, said):
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    _type(view, first, second)
    out = tmp_path / "refused.pdf"
    view.save_to(str(out))
    qtbot.wait(300)
    assert said in view.error.text() and "nothing was saved" in view.error.text()
    assert not out.exists() and _exports(qtbot, gui) == []
    # left as typed, to be put right
    assert view.protect.first.text() == first and view.protect.second.text() == second
    _type(view, "كلمة السر")  # an Arabic-script password readers take
    view.save_to(str(out))
    _saved(qtbot, view)
    assert not _opens_without_a_password(out)
    assert "DEMO-00001" in subprocess.run(["pdftotext", "-upw", "كلمة السر", str(out), "-"],
                                          capture_output=True, text=True, check=True).stdout


def test_a_refused_password_is_said_before_a_file_is_chosen(qtbot, gui, demo_vault, tmp_path,
                                                           monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append((a, k)) or ("", ""))
    _main, view = _internal_dossier(qtbot, gui, demo_vault)
    _type(view, PASSWORD, "another")
    view.save_button.click()
    assert asked == [] and "differ" in view.error.text()
    _type(view, PASSWORD)
    view.save_button.click()
    # the dialog starts in the home folder, Qt's own (it keeps no list of folders visited)
    (_parent, _title, folder, _types), options = asked[0]
    assert folder == os.path.expanduser("~")
    assert options["options"] & QFileDialog.Option.DontUseNativeDialog
    assert view.error.text() == ""


def test_the_tick_follows_the_internal_profile_and_a_users_own_tick_stays(qtbot, gui,
                                                                         demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-00002")
    assert not view.protect.isChecked()  # no one chosen yet
    view.profile.setCurrentIndex(view.profile.findData("court"))
    assert not view.protect.isChecked() and not view.protect.why.isVisibleTo(view)
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    assert view.protect.isChecked() and view.protect.why.isVisibleTo(view)
    view.profile.setCurrentIndex(view.profile.findData("family"))
    assert not view.protect.isChecked()  # the internal paper's tick goes with it
    _click_the_tick(qtbot, view.protect)
    assert view.protect.isChecked()
    view.profile.setCurrentIndex(view.profile.findData("public"))
    assert view.protect.isChecked()  # hers stays


def test_a_summary_is_saved_under_a_password_the_user_ticked(qtbot, gui, demo_vault,
                                                           tmp_path):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("summary")
    view.profile.setCurrentIndex(view.profile.findData("public"))
    view.status.setCurrentIndex(view.status.findData("missing"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    view.protect.setChecked(True)
    _type(view, PASSWORD)
    out = tmp_path / "summary.pdf"
    view.save_to(str(out))
    _saved(qtbot, view)
    assert not _opens_without_a_password(out)
    text = pdftotext(out.read_bytes(), "-upw", PASSWORD)
    assert text == pdftotext(view.built["pdf"])
    entry = _exports(qtbot, gui)[-1]
    assert entry["action"] == "export.summary" and entry["encrypted"] is True
    assert entry["filters"] == {"status": "missing"}


def _click_the_tick(qtbot, box) -> None:
    """A click on the group's own check box, where the style draws it."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    where = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxCheckBox, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=where.center())
