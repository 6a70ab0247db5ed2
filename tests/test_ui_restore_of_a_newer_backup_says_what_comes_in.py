"""The desktop's restore page, on a laptop set up from an older backup and only opened since,
takes a newer backup as newer: it says what comes in, not that the two went apart or that
records deleted since would come back."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from tests.ui_support import desktop_restore_asks


def test_a_newer_backup_is_said_newer_before_the_question(qtbot, gui, cli, tmp_path):
    usb, a = tmp_path / "usb", str(tmp_path / "laptopA")
    usb.mkdir()
    assert cli("--vault", a, "init", "--prefix", "SNJ").returncode == 0
    assert cli("--vault", a, "person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    first = json.loads(cli("--json", "--vault", a, "backup", str(usb)).stdout)["backup"]
    assert cli("restore", first, "--yes").returncode == 0
    assert cli("person", "list").returncode == 0  # this laptop only opened it
    for given in ("Layla", "Samira"):
        assert cli("--vault", a, "person", "add", "--given", given, "--sex", "F").returncode == 0
    newer = json.loads(cli("--json", "--vault", a, "backup", str(usb)).stdout)["backup"]
    gui.vault_dir = cli.vault
    window, page = desktop_restore_asks(qtbot, gui, newer)
    text = page.question.text()
    assert "The backup is newer than the vault on this laptop: 2 person record(s) added since " \
           "will come in." in text
    assert "went apart" not in text and "would come back" not in text
    page.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.restored_note.text() != "", timeout=20_000)
    listed = json.loads(cli("--json", "person", "list").stdout)
    assert sorted(p["case_no"] for p in listed) == ["SNJ-00001", "SNJ-00002", "SNJ-00003"]
