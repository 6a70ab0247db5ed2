"""After two windows locked with typed work, the unlocked window offers each one's: her page puts
back what was typed in both drafts of her record, and each New person form is offered in turn."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.person import NamePart, NameText, Person
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import read_vault, unlock

HER = "SNJ-00001"


def _two_windows_kept(folder) -> None:
    """Window A had typed Held by, window B District on her page; each locked."""
    s = open_vault(folder, PASSPHRASE)
    try:
        her = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}))
        for field, value in (("held_by", "HELDBY-A Abu Hamza"), ("origin_district", "DISTRICT-B")):
            typed = copy.deepcopy(her)
            setattr(typed, field, value)
            s.drafts.keep_person(typed, her)
        s.drafts.keep_new_person({"name_given_latin": "Firstform"})
        s.drafts.keep_new_person({"name_given_latin": "Secondform"})
    finally:
        s.close()


def test_her_page_restores_what_each_window_typed(qtbot, gui, made_vault):
    folder = made_vault[0]
    _two_windows_kept(folder)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    for q in main.findChildren(QMessageBox):  # the forms' offer: later
        q.reject()
    main.open_person(HER)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert "2 drafts" in page.draft_note.text()
    page.restore_draft()
    assert page.form.texts["held_by"].text() == "HELDBY-A Abu Hamza"
    assert page.form.texts["origin_district"].text() == "DISTRICT-B"
    page.save()
    qtbot.waitUntil(lambda: page.draft is None and page.person.held_by != "", timeout=10_000)
    p = read_vault(folder, lambda s: s.persons.get(HER))
    assert (p.held_by, p.origin_district) == ("HELDBY-A Abu Hamza", "DISTRICT-B")
    assert read_vault(folder, lambda s: s.drafts.persons_kept(HER)) == []


def test_each_new_person_form_kept_is_offered_in_turn(qtbot, gui, made_vault):
    folder = made_vault[0]
    _two_windows_kept(folder)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)

    def offered():
        return [q for q in main.findChildren(QMessageBox, "newPersonDraftQuestion")
                if q.isVisible()]
    qtbot.waitUntil(lambda: len(offered()) == 1, timeout=10_000)
    assert main.new_person_kept.draft == {"name_given_latin": "Firstform"}
    offered()[0].findChild(QPushButton, "discardNewPersonDraft").click()
    qtbot.waitUntil(lambda: main.new_person_kept.draft == {"name_given_latin": "Secondform"}
                    and len(offered()) == 1, timeout=10_000)
    assert read_vault(folder, lambda s: [f for _k, f in s.drafts.new_persons()]) == [
        {"name_given_latin": "Secondform"}]
