"""Deleting a rescue on the desktop asks why in its question, as removing a photo or a contact
does, and the audit trail keeps the reason typed as `rescue delete --reason` keeps it (optional
there, optional here). The desktop asked nothing and wrote "deleted on the desktop"."""

from __future__ import annotations

import json
import os

from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from tests.test_ui_person_page_bidi import _page
from tests.test_ui_rescue_dialog import _question, _three
from tests.ui_support import read_vault


def _reasons(folder) -> list[str]:
    def read(s):
        return [json.loads(d)["reason"] for (d,) in s.db.conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'rescue.delete' ORDER BY seq")]
    return read_vault(folder, read)


def _delete(qtbot, page, rows: int, reason: str, shot: str = "") -> None:
    tab = page.rescues_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows, timeout=10_000)
    tab.table.selectRow(0)
    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    dialog.delete_button.click()
    box = _question(qtbot, dialog, "deleteRescueQuestion")
    field = box.findChild(QLineEdit, "reasonBox")
    assert field is not None and field.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps
    field.setText(reason)
    if shot:
        box.grab().save(shot)
    box.findChild(QPushButton, "deleteRescueGo").click()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=10_000)
    dialog.close_button.click()


def test_the_reason_typed_for_a_rescues_deletion_is_kept_in_the_trail(
        qtbot, gui, made_vault, cli):
    folder, _ = made_vault
    _three(folder)
    for person in ("SNJ-00001", "SNJ-00001"):
        r = cli("rescue", "add", "--person", person, "--date", "2019")
        assert r.returncode == 0, r.stderr
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    shot = os.environ.get("CK_SHOT", "")
    _delete(qtbot, page, 2, "  entered twice: the same rescue as No. 2  ", shot and f"{shot}-en.png")
    _delete(qtbot, page, 1, "")  # optional, as --reason is
    gui.worker.close()
    gui.locked = True
    assert _reasons(folder) == ["entered twice: the same rescue as No. 2", ""]


def test_rescue_delete_takes_a_reason_as_the_other_removals_do(cli):
    for command in (("photo", "remove"), ("contact", "remove"), ("rescue", "delete")):
        r = cli(*command, "--help")
        assert "--reason REASON why, for the audit trail" in " ".join(r.stdout.split()), \
            (command, r.stdout)
