"""A name longer than 200 characters was refused in English ("the given name is longer than 200
characters") on her page in Sorani and in the New person form in Arabic (found by a tester):
the desktop names the boxes in its own words; the command line keeps its message."""

from __future__ import annotations

import json

import pytest

from app.domain.person import NamePart

LONG = "Siham" * 50  # 250 letters


@pytest.fixture
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "سهام", "--given", "Siham", "--sex", "F").returncode == 0
    return cli


def test_the_templates_are_listed_and_translated():
    from app.persons import NAME_TOO_LONG
    from tests.conftest import ROOT
    from ui.error_words import TEMPLATES
    entries = {e["source"]: e for e in json.loads((ROOT / "TRANSLATIONS.json").read_text(
        encoding="utf-8")) if e["context"] == "Errors"}
    for template in NAME_TOO_LONG.values():
        assert template in TEMPLATES
        assert all(entries[template][lang].strip() for lang in ("ar", "ckb", "kmr"))


def test_the_command_line_says_it_as_before(vault):
    r = vault("person", "edit", "SNJ-00001", "--father", LONG)
    assert r.returncode == 2 and "the father name is longer than 200 characters" in r.stderr


def _opened(qtbot, gui, vault, lang: str):
    from tests.ui_support import unlock
    from ui.settings import write_language
    write_language(vault.vault, lang)
    gui.vault_dir, gui.language = vault.vault, lang
    return unlock(qtbot, gui)


def test_her_page_says_it_in_sorani(qtbot, gui, vault, new_translations):
    main = _opened(qtbot, gui, vault, "ckb")
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.start_edit()
    page.form.name_fields[NamePart.GIVEN][1].setText(LONG)
    page.buttons["save"].click()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert page.error.text() == "ناو، خانەی پیتی لاتینی: لە 200 پیت درێژترە؛ کورتی بکەرەوە", \
        ascii(page.error.text())


def test_the_new_person_form_says_it_in_arabic(qtbot, gui, vault, new_translations):
    from ui.new_person import NewPersonDialog
    main = _opened(qtbot, gui, vault, "ar")
    main.persons.new_button.click()
    dialog = main.findChild(NewPersonDialog)
    dialog.name_fields[NamePart.GIVEN][0].setText("سهام" * 60)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == "الاسم، خانة الحروف العربية: أطول من 200 حرف؛ اختصره", \
        ascii(dialog.error.text())
