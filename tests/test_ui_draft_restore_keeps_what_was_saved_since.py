"""Her page's draft and a save refused as changed elsewhere: what another window, a command or an
import saved since stays; only what was typed is put on top, a field changed on both sides asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QRadioButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import read_vault, unlock

HER = "SNJ-00001"


@pytest.fixture
def her_vault(made_vault):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}, sex=Sex("F"),
                                origin_village="Kocho"))
    finally:
        s.close()
    return folder


def _saved_elsewhere(folder, **fields) -> None:
    """Another window, `casekeeper person edit` or an import, while her page is open."""
    def change(s):
        p = s.persons.get(HER)
        for k, v in fields.items():
            setattr(p, k, v)
        s.persons.update(p)
    read_vault(folder, change)


def _page(qtbot, gui, folder):
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person(HER)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return main, page


def _type(page, notes: str | None = None, location: str | None = None) -> None:
    page.start_edit()
    if notes is not None:
        page.form.notes.setPlainText(notes)
    if location is not None:
        page.form.texts["last_known_location"].setText(location)
    page.dirty = True


def _saved(qtbot, page, folder) -> Person:
    version = page.person.version
    page.save()
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    return read_vault(folder, lambda s: s.persons.get(HER))


def test_a_refused_save_offers_reload_and_a_draft_kept_then_erases_nothing_saved_since(
        qtbot, gui, her_vault):
    main, page = _page(qtbot, gui, her_vault)
    _type(page, location="al-Hol camp")
    _saved_elsewhere(her_vault, notes="her mother called from Hasakah", aliases=["Hevi"])
    page.save()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert "nothing was saved" in page.error.text() and "Reload" in page.error.text()
    assert page.buttons["reload"].isVisibleTo(page)
    page.buttons["back"].click()  # what she did: back to the list, and her page again
    main.open_person(HER)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.draft is not None, timeout=10_000)
    assert "lock" not in page.draft_note.text()  # there was no lock
    page.restore_draft()
    assert page.form.notes.toPlainText() == "her mother called from Hasakah"
    p = _saved(qtbot, page, her_vault)
    assert (p.notes, p.aliases, p.last_known_location) == (
        "her mother called from Hasakah", ["Hevi"], "al-Hol camp")


def test_a_draft_kept_at_the_lock_carries_her_record_as_the_page_read_it(qtbot, gui, her_vault):
    _main, page = _page(qtbot, gui, her_vault)
    _type(page, notes="aunt says she was moved")
    version = page.person.version
    gui.lock()
    base = read_vault(her_vault, lambda s: s.drafts.person_base(HER))
    assert base is not None and base.version == version


def test_a_draft_restored_after_an_import_keeps_what_the_import_added(qtbot, gui, her_vault):
    from ui import person_ops

    def kept_at_lock(s):
        base = s.persons.get(HER)
        typed = s.persons.get(HER)
        typed.notes = "aunt says she was moved"
        person_ops.write_draft(s, typed, base)
    read_vault(her_vault, kept_at_lock)

    def imported(s):  # the list fills her blank abduction date and her mother's name
        p = s.persons.get(HER)
        p.abduction_date = FuzzyDate.parse("03/08/2014")
        p.names[NamePart.MOTHER] = NameText("", "Guleqa")
        s.persons.update(p)
    read_vault(her_vault, imported)
    _main, page = _page(qtbot, gui, her_vault)
    page.restore_draft()
    page.save()  # no question: she erased no name
    assert page.findChild(QMessageBox, "eraseNamesQuestion") is None
    qtbot.waitUntil(lambda: page.draft is None, timeout=10_000)
    p = read_vault(her_vault, lambda s: s.persons.get(HER))
    assert p.notes == "aunt says she was moved" and p.abduction_date.text == "03/08/2014"
    assert p.names[NamePart.MOTHER].latin == "Guleqa"


def _conflicts(qtbot, page):
    from ui.draft_conflicts import DraftConflicts
    qtbot.waitUntil(lambda: page.findChild(DraftConflicts, "draftConflicts") is not None,
                    timeout=10_000)
    return page.findChild(DraftConflicts, "draftConflicts")


def test_reload_keeps_her_typing_on_top_and_asks_about_a_field_changed_on_both_sides(
        qtbot, gui, her_vault):
    _main, page = _page(qtbot, gui, her_vault)
    _type(page, notes="typed here", location="al-Hol camp")
    _saved_elsewhere(her_vault, notes="saved in the other window", held_by="Abu Hamza")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    page.buttons["reload"].click()
    dialog = _conflicts(qtbot, page)
    # her typing is in the vault while she is asked: a lock now loses nothing
    assert read_vault(her_vault, lambda s: s.drafts.person(HER).notes) == "typed here"
    go = dialog.findChild(QPushButton, "draftConflictsGo")
    assert not go.isEnabled()  # nothing chosen for her
    dialog.findChild(QRadioButton, "conflict_typed_notes").setChecked(True)
    assert go.isEnabled()
    go.click()
    assert page.editing and page.form.notes.toPlainText() == "typed here"
    assert page.form.texts["held_by"].text() == "Abu Hamza"
    p = _saved(qtbot, page, her_vault)
    assert (p.notes, p.held_by, p.last_known_location) == ("typed here", "Abu Hamza",
                                                           "al-Hol camp")
    assert read_vault(her_vault, lambda s: s.drafts.person(HER)) is None


def test_reload_cancelled_at_the_question_keeps_her_typing_as_a_draft(qtbot, gui, her_vault):
    _main, page = _page(qtbot, gui, her_vault)
    _type(page, notes="typed here")
    _saved_elsewhere(her_vault, notes="saved in the other window")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    page.buttons["reload"].click()
    _conflicts(qtbot, page).reject()
    qtbot.waitUntil(lambda: page.draft is not None, timeout=10_000)
    assert page.draft.notes == "typed here" and page.buttons["restore"].isVisibleTo(page)
    assert read_vault(her_vault, lambda s: s.persons.get(HER).notes) == "saved in the other window"


def test_a_save_after_the_question_was_cancelled_keeps_the_draft_it_did_not_take(
        qtbot, gui, her_vault):
    """Reload's question cancelled, then Edit, another field typed and saved: the save deleted
    the draft holding her first typing, without a word (a reviewer)."""
    _main, page = _page(qtbot, gui, her_vault)
    _type(page, notes="typed here")
    _saved_elsewhere(her_vault, notes="saved in the other window")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    page.buttons["reload"].click()
    _conflicts(qtbot, page).reject()
    qtbot.waitUntil(lambda: page.draft is not None and not page.editing, timeout=10_000)
    _type(page, location="al-Hol camp")
    assert _saved(qtbot, page, her_vault).last_known_location == "al-Hol camp"
    qtbot.waitUntil(lambda: page.draft is not None, timeout=10_000)
    assert read_vault(her_vault, lambda s: s.drafts.person(HER).notes) == "typed here"
    assert page.buttons["restore"].isVisibleTo(page)


def test_the_refusal_and_the_question_are_said_in_arabic(qtbot, gui, her_vault, new_translations):
    from ui.settings import write_language
    write_language(her_vault, "ar")
    gui.language = "ar"
    _main, page = _page(qtbot, gui, her_vault)
    assert page.buttons["reload"].text() == "إعادة التحميل"
    _type(page, notes="typed here")
    _saved_elsewhere(her_vault, notes="saved in the other window")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    assert "لذلك لم يُحفظ شيء" in page.error.text() and "«إعادة التحميل»" in page.error.text()
    page.buttons["reload"].click()
    dialog = _conflicts(qtbot, page)
    assert dialog.findChild(QRadioButton, "conflict_typed_notes").text() == "أبقِ ما كتبتَه:"
