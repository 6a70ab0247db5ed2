"""Her given name emptied in both boxes on her page was saved without a word, and `person edit
--given ""` erased it as silently (found by a tester): search and her papers then no longer
know her by it. The desktop asks first, naming the part and what it said, and Cancel puts it
back; the command line refuses without --yes."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.person import NamePart


@pytest.fixture
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "سهام", "--given", "Siham", "--father", "Khalaf",
               "--sex", "F").returncode == 0
    return cli


def _given(cli) -> dict:
    return json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)["names"]["given"]


def test_the_command_line_refuses_an_empty_name_without_yes(vault):
    r = vault("person", "edit", "SNJ-00001", "--given", "")
    assert r.returncode == 2, r.stdout
    assert ("nothing changed: an empty value would erase SNJ-00001's given name 'Siham'; add "
            "--yes to erase it") in r.stderr
    assert _given(vault) == {"original": "سهام", "latin": "Siham"}
    assert vault("person", "edit", "SNJ-00001", "--given", "", "--yes").returncode == 0
    assert _given(vault) == {"original": "سهام", "latin": ""}
    # a name typed over another is no erasure: asked nothing
    assert vault("person", "edit", "SNJ-00001", "--given", "Seham").returncode == 0


def _page_emptied(qtbot, gui, vault, lang: str = "en"):
    from tests.ui_support import unlock
    from ui.settings import write_language
    write_language(vault.vault, lang)
    gui.vault_dir, gui.language = vault.vault, lang
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.start_edit()
    for box in page.form.name_fields[NamePart.GIVEN]:
        box.clear()
    page.buttons["save"].click()
    question = page.findChild(QMessageBox, "eraseNamesQuestion")
    assert question is not None and question.isVisible()
    return page, question


def _stored_given(folder) -> tuple[str, str]:
    from app.domain.person import NameText
    from tests.ui_support import read_vault
    text = read_vault(folder, lambda s: s.persons.get("SNJ-00001").names.get(NamePart.GIVEN,
                                                                              NameText()))
    return text.original, text.latin


def test_her_page_asks_before_erasing_her_given_name_and_cancel_keeps_it(qtbot, gui, vault):
    page, question = _page_emptied(qtbot, gui, vault)
    assert "Saving erases these names from SNJ-00001:" in question.text()
    assert "Given name: \u2068سهام\u2069 / Siham" in question.text(), ascii(question.text())
    question.button(QMessageBox.StandardButton.Cancel).click()
    original, latin = page.form.name_fields[NamePart.GIVEN]
    assert (original.text(), latin.text()) == ("سهام", "Siham")
    assert page.editing and page.notice.text() == ""
    assert _stored_given(vault.vault) == ("سهام", "Siham")

    original.clear()
    latin.clear()
    page.buttons["save"].click()
    question = page.findChild(QMessageBox, "eraseNamesQuestion")
    question.findChild(QPushButton, "eraseNamesGo").click()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=10_000)
    assert _stored_given(vault.vault) == ("", "")


def test_her_page_asks_in_arabic(qtbot, gui, vault, new_translations):
    page, question = _page_emptied(qtbot, gui, vault, "ar")
    assert question.text().startswith("الحفظ يمحو هذه الأسماء من \u2066SNJ-00001\u2069:"), \
        ascii(question.text())
    assert "«ألغِ» يعيد الأسماء" in question.text()
    assert question.findChild(QPushButton, "eraseNamesGo").text() == "امحُها واحفظ"
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert _stored_given(vault.vault) == ("سهام", "Siham")
