"""Her notes box in Arabic showed the mark that opens a list's note line in English ([list
"مكتب دهوك", batch 1, row 6, read 2026-12-04] ...). Read only, the mark is now in the
interface's words; to edit, the box holds her notes as stored, so that a save never writes the
translated mark into the vault (it would no longer be known for a list's, and the list's note
would be added again beside it). The import preview says the mark in the interface's words too."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from tests.test_ui_person_page_bidi import _page
from tests.ui_support import PASSPHRASE, wait_job

NOTES = ('seen in Raqqa, 2016\n'
         '[list "مكتب دهوك", batch 1, row 6, read 2026-12-04] سلمت في دهوك')


def _with_list_note(folder) -> str:
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(names={NamePart.GIVEN: NameText("جيهان")},
                                       sex=Sex.FEMALE, notes=NOTES)).case_no
    finally:
        s.close()


@pytest.mark.parametrize("lang, words", [("ar", ("القائمة", "الدفعة", "الصف")),
                                         ("kmr", ("lîsteya", "koma", "rêza"))])
def test_a_lists_mark_in_her_notes_is_shown_in_the_interface_language(
        qtbot, gui, made_vault, lang, words):
    folder, _code = made_vault
    page = _page(qtbot, gui, folder, lang, _with_list_note(folder))
    shown = page.form.notes.toPlainText()
    assert all(w in shown for w in words), shown
    assert "batch" not in shown and "[list" not in shown
    assert shown.startswith("seen in Raqqa, 2016\n")  # her own line as written
    assert "سلمت في دهوك" in shown


def test_editing_shows_her_notes_as_stored_and_a_save_keeps_the_mark_as_stored(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    case_no = _with_list_note(folder)
    page = _page(qtbot, gui, folder, "ar", case_no)
    page.start_edit()
    assert page.form.notes.toPlainText() == NOTES  # as stored, mark and all
    assert not page.dirty  # showing them so is no edit
    page.form.texts["held_by"].setText("x")
    page.form.texts["held_by"].textEdited.emit("x")
    page.save()
    qtbot.waitUntil(lambda: not page.editing and page.person.held_by == "x", timeout=10_000)
    stored = wait_job(qtbot, gui.worker, lambda s: s.persons.get(case_no).notes)
    assert stored == NOTES
    assert "القائمة" in page.form.notes.toPlainText()  # read only again: translated again


def test_a_note_typed_while_editing_is_saved_after_the_stored_mark(qtbot, gui, made_vault):
    folder, _code = made_vault
    case_no = _with_list_note(folder)
    page = _page(qtbot, gui, folder, "ar", case_no)
    page.start_edit()
    page.form.notes.appendPlainText("اتصل أخوها")
    assert page.dirty
    page.save()
    qtbot.waitUntil(lambda: not page.editing and "اتصل" in page.person.notes, timeout=10_000)
    stored = wait_job(qtbot, gui.worker, lambda s: s.persons.get(case_no).notes)
    assert stored == NOTES + "\nاتصل أخوها"
    assert stored.count("[list ") == 1 and "القائمة" not in stored


def test_cancelling_an_edit_shows_the_translated_mark_again(qtbot, gui, made_vault):
    folder, _code = made_vault
    page = _page(qtbot, gui, folder, "ar", _with_list_note(folder))
    page.start_edit()
    page.form.notes.appendPlainText("typed and taken back")
    page.cancel_edit()
    shown = page.form.notes.toPlainText()
    assert "القائمة" in shown and "typed" not in shown and "[list" not in shown


@pytest.mark.parametrize("lang, word", [("ckb", "لیست"), ("kmr", "lîsteya")])
def test_an_update_adding_a_lists_note_to_empty_notes_says_its_mark_in_the_interface_language(
        qapp, lang, word):
    """The import preview's "An update would change": her notes empty, the list's note line
    was shown whole, its mark in English."""
    from ui.i18n import apply_language
    from ui.import_changes import change_lines
    line = '[list "UN list", row 4, read 2026-12-04] seen in Raqqa'
    try:
        apply_language(qapp, lang)
        said = change_lines({"notes": ["", line]})
    finally:
        apply_language(qapp, "en")
    assert len(said) == 1 and "seen in Raqqa" in said[0] and word in said[0], said
    assert "[list" not in said[0] and "read 2026" not in said[0], said
