"""The desktop's restore page, on a laptop set up from an older backup and only opened since,
takes a newer backup as newer: it says what comes in, not that the two went apart or that
records deleted since would come back."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from tests.ui_support import desktop_restore_asks


def _newer_on_a_laptop_set_up_from_an_older(cli, tmp_path) -> str:
    usb, a = tmp_path / "usb", str(tmp_path / "laptopA")
    usb.mkdir()
    assert cli("--vault", a, "init", "--prefix", "SNJ").returncode == 0
    assert cli("--vault", a, "person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    first = json.loads(cli("--json", "--vault", a, "backup", str(usb)).stdout)["backup"]
    assert cli("restore", first, "--yes").returncode == 0
    assert cli("person", "list").returncode == 0  # this laptop only opened it
    for given in ("Layla", "Samira"):
        assert cli("--vault", a, "person", "add", "--given", given, "--sex", "F").returncode == 0
    return json.loads(cli("--json", "--vault", a, "backup", str(usb)).stdout)["backup"]


def test_a_newer_backup_is_said_newer_before_the_question(qtbot, gui, cli, tmp_path):
    newer = _newer_on_a_laptop_set_up_from_an_older(cli, tmp_path)
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


def test_gone_apart_the_backups_new_persons_are_not_said_deleted(qtbot, gui, cli, tmp_path):
    newer = _newer_on_a_laptop_set_up_from_an_older(cli, tmp_path)
    assert cli("person", "edit", "SNJ-00001", "--notes", "seen in Tal Afar").returncode == 0
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, newer)
    text = page.question.text()
    assert "went apart" in text
    assert ("2 person record(s) added to the backup since would come in: SNJ-00002, "
            "SNJ-00003.") in text
    assert ("1 person record(s) changed since would go back to what they were, notes edited "
            "since among them.") in text
    assert "deleted since would come back" not in text
    page.question.button(QMessageBox.StandardButton.No).click()


def test_a_newer_backup_says_who_leaves_the_vault(qtbot, gui, cli, tmp_path):
    newer = _newer_on_a_laptop_set_up_from_an_older(cli, tmp_path)
    a = str(tmp_path / "laptopA")
    assert cli("--vault", a, "person", "delete", "SNJ-00001", "--reason", "protect her",
               "--yes").returncode == 0
    newer = json.loads(cli("--json", "--vault", a, "backup", str(tmp_path / "usb")).stdout)["backup"]
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, newer)
    text = page.question.text()
    assert "1 person record(s) deleted in the backup since will leave the vault." in text
    page.question.button(QMessageBox.StandardButton.No).click()
