"""What is typed in an open New person form outlives closing the main window (asked first) and the
idle lock (kept in the vault at once, without a question, and offered again after unlock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.domain.person import NamePart
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_new_person import (
    _form,
    _open_forms,
    _people,
    _question,
    _shown_question,
    _type_names,
)
from tests.ui_support import unlock, wait_job
from ui.settings import write_language

CANARY = ("كناريخاص", "Qanarixas")  # a given name to look for on disk


def _draft(folder):
    session = open_vault(folder, PASSPHRASE)
    try:
        return session.drafts.new_person()
    finally:
        session.close()


def _keep(folder, fields: dict) -> None:
    session = open_vault(folder, PASSPHRASE)
    try:
        session.drafts.keep_new_person(fields)
    finally:
        session.close()


def test_closing_the_main_window_with_a_typed_form_asks_and_enter_keeps_both(
        qtbot, gui, made_vault):
    main, dialog = _form(qtbot, gui, made_vault[0])
    _type_names(dialog, given=("نادية", "Nadia"))
    main.close()
    question = _question(qtbot, dialog, "closeWithTypedQuestion")
    assert question.text() == ("Discard what you typed in the New person form?\n"
                               "CaseKeeper closes and nothing typed in the form is kept.")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _shown_question(dialog, "closeWithTypedQuestion") is None)
    assert main.isVisible() and _open_forms(main) == [dialog]
    assert dialog.name_fields[NamePart.GIVEN][0].text() == "نادية"
    main.close()
    _question(qtbot, dialog, "closeWithTypedQuestion").findChild(
        QPushButton, "discardAndClose").click()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10_000)
    assert not _open_forms(main)
    main.save_drafts()  # what the program does as it ends: the discarded form is not kept
    assert wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person()) is None
    assert _people(qtbot, gui) == []


def test_closing_the_main_window_with_an_empty_form_does_not_ask(qtbot, gui, made_vault):
    main, _dialog = _form(qtbot, gui, made_vault[0])
    main.close()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10_000)
    assert not [b for b in main.findChildren(QMessageBox) if b.isVisible()]


def test_the_lock_keeps_a_typed_form_in_the_vault_at_once_even_with_a_question_open(
        qtbot, gui, made_vault, tmp_path):
    folder = made_vault[0]
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=CANARY, mother=("شمي", ""))
    dialog.birth.edit.setText("2041")  # refused on saving, kept as typed
    dialog.status.setCurrentIndex(dialog.status.findData("missing"))
    dialog.cancel_button.click()
    _question(qtbot, dialog, "discardTypedQuestion")  # the user is being asked...
    gui.lock()  # ...and the lock does not wait for an answer
    assert gui.locked and gui.restarts.calls == 1 and gui.worker.session is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    kept = _draft(folder)
    assert kept["name_given_original"] == CANARY[0] and kept["name_given_latin"] == CANARY[1]
    assert kept["name_mother_original"] == "شمي" and kept["birth"] == "2041"
    assert kept["status"] == "missing"
    for path in tmp_path.rglob("*"):  # never in plain text beside the vault
        if path.is_file():
            data = path.read_bytes()
            assert CANARY[0].encode() not in data and CANARY[1].encode() not in data, path


def test_an_empty_form_leaves_no_draft_at_the_lock(qtbot, gui, made_vault):
    _main, _dialog = _form(qtbot, gui, made_vault[0])
    gui.lock()
    assert gui.locked and _draft(made_vault[0]) is None


def _offered(qtbot, main) -> QMessageBox:
    def shown():
        return [b for b in main.findChildren(QMessageBox, "newPersonDraftQuestion")
                if b.isVisible()]
    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    box = shown()[0]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    return box


def test_after_unlock_the_form_is_offered_again_and_saving_it_removes_the_draft(
        qtbot, gui, made_vault):
    folder = made_vault[0]
    _keep(folder, {"name_given_original": "نادية", "name_given_latin": "Nadia",
                   "birth": "about 1998", "origin_village": "Kocho", "sex": "F"})
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    question = _offered(qtbot, main)
    assert question.text().startswith("A New person form was open when the vault locked")
    question.findChild(QPushButton, "reopenNewPerson").click()
    [dialog] = _open_forms(main)
    assert dialog.name_fields[NamePart.GIVEN][0].text() == "نادية"
    assert dialog.name_fields[NamePart.GIVEN][1].text() == "Nadia"
    assert dialog.birth.text() == "about 1998" and dialog.village.text() == "Kocho"
    assert dialog.sex.currentData() == "F"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not _open_forms(main), timeout=10_000)
    assert _people(qtbot, gui) == ["SNJ-00001"]
    assert wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person()) is None


def test_discarding_the_offered_form_removes_it_from_the_vault(qtbot, gui, made_vault):
    folder = made_vault[0]
    _keep(folder, {"name_given_latin": "Nadia"})
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    _offered(qtbot, main).findChild(QPushButton, "discardNewPersonDraft").click()
    qtbot.waitUntil(lambda: wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person())
                    is None, timeout=10_000)
    assert not _open_forms(main)
    main.persons.new_button.click()  # a blank form from now on
    [dialog] = _open_forms(main)
    assert not dialog.typed_anything()


def test_put_off_the_draft_stays_and_new_person_opens_it(qtbot, gui, made_vault):
    folder = made_vault[0]
    _keep(folder, {"name_given_latin": "Nadia"})
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    qtbot.keyClick(_offered(qtbot, main), Qt.Key.Key_Return)  # Cancel: not now
    assert not _open_forms(main)
    assert wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person()) == {
        "name_given_latin": "Nadia"}
    main.persons.new_button.click()
    [dialog] = _open_forms(main)
    assert dialog.name_fields[NamePart.GIVEN][1].text() == "Nadia"
    dialog.cancel_button.click()  # and discarding the form discards the draft
    _question(qtbot, dialog, "discardTypedQuestion").findChild(
        QPushButton, "discardTyped").click()
    qtbot.waitUntil(lambda: wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person())
                    is None, timeout=10_000)


@pytest.mark.parametrize("lang,first_word", [("ar", "كانت"), ("kmr", "Dema")])
def test_the_offer_reads_in_the_interface_language(qtbot, gui, made_vault, lang, first_word):
    folder = made_vault[0]
    _keep(folder, {"name_given_latin": "Nadia"})
    write_language(folder, lang)
    gui.vault_dir = folder
    gui.language = lang
    main = unlock(qtbot, gui)
    question = _offered(qtbot, main)
    assert question.text().startswith(first_word)
    assert question.findChild(QPushButton, "reopenNewPerson").text() != "Open it again"
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert question.layoutDirection() == rtl


def test_a_form_opened_again_and_locked_again_keeps_what_was_typed_since(qtbot, gui, made_vault):
    folder = made_vault[0]
    _keep(folder, {"name_given_latin": "Nadia"})
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    _offered(qtbot, main).findChild(QPushButton, "reopenNewPerson").click()
    [dialog] = _open_forms(main)
    dialog.village.setText("Tel Qasab")
    gui.lock()
    assert _draft(folder) == {"name_given_latin": "Nadia", "origin_village": "Tel Qasab"}


def test_a_lock_while_the_form_is_being_saved_keeps_no_draft_of_it(qtbot, gui, made_vault):
    """The save goes first on the vault thread and is done; a draft kept besides was offered
    again after unlock, and saving it made her a second record."""
    folder = made_vault[0]
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=CANARY)
    dialog.save_anyway()  # on its way to the vault...
    gui.lock()  # ...when the lock comes
    assert _draft(folder) is None
    session = open_vault(folder, PASSPHRASE)
    try:
        named = [p for p in session.persons.list() if CANARY[1] in p.name_latin]
    finally:
        session.close()
    assert len(named) == 1  # the save itself was not lost


def test_a_draft_read_while_another_form_was_open_is_kept_for_new_person(
        qtbot, gui, made_vault):
    """The offer is read behind the list's loading: New person clicked first, the draft was
    never shown, and closing that other form deleted it."""
    folder = made_vault[0]
    main, dialog = _form(qtbot, gui, folder)  # a blank form open before the offer comes
    keeper = main.new_person_kept
    wait_job(qtbot, gui.worker, lambda s: s.drafts.keep_new_person({"name_given_latin": "Nadia"}))
    keeper._offer({"name_given_latin": "Nadia"})  # as the offer's read answers
    dialog.cancel_button.click()  # an empty form closes without a question
    qtbot.waitUntil(lambda: not _open_forms(main), timeout=10_000)
    assert wait_job(qtbot, gui.worker, lambda s: s.drafts.new_person()) == {
        "name_given_latin": "Nadia"}
    main.persons.new_button.click()  # New person opens it
    [again] = _open_forms(main)
    assert again.name_fields[NamePart.GIVEN][1].text() == "Nadia"
