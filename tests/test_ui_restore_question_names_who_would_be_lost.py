"""The desktop's question before restoring an older backup names, as the command line does,
the case numbers of the persons who would be lost or come back, and says that notes edited
since would go back (it gave counts alone): one wording of the comparison for both."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from tests.ui_support import desktop_restore_asks


def test_the_question_names_the_case_numbers_and_the_notes(qtbot, gui, cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for name in ("Shirin", "Gulê", "Nazê"):
        assert cli("person", "add", "--given", name, "--sex", "F").returncode == 0
    backup = json.loads(cli("--json", "backup", str(usb)).stdout)["backup"]
    assert cli("person", "edit", "SNJ-00002", "--notes", "her mother called").returncode == 0
    assert cli("person", "add", "--given", "Nazdar", "--sex", "F").returncode == 0
    said = cli("restore", backup).stderr
    assert "(SNJ-00004)" in said and "(notes edited since among them)" in said
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, backup)
    text = page.question.text()
    assert "1 person record(s) added since would be lost: SNJ-00004." in text
    assert ("1 person record(s) changed since would go back to what they were, notes edited "
            "since among them.") in text
    page.question.button(QMessageBox.StandardButton.No).click()
