"""New person keeps a village as the vault already writes it, as an import does: typed Kocho where
the vault writes Koço or كوجو, Koço or كوجو is saved, and the form says so under the field, the
village left as typed in it until then."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.service import ImportService
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.test_ui_new_person import _form, _type_names
from tests.ui_support import wait_job
from ui.bidi import bare


def _vault_writing(folder, village: str) -> None:
    """A vault whose one person, Gulizar, is of village written so."""
    s = open_vault(folder, PASSPHRASE)
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("كوليزار", "Gulizar"),
                                       NamePart.FATHER: NameText("", "Elias")},
                                sex=Sex.FEMALE, origin_village=village))
    finally:
        s.close()


def _saved(qtbot, gui, main, dialog) -> Person:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    return main.person_page.person


@pytest.mark.parametrize("stored", ["Koço", "كوجو"])
def test_a_village_typed_as_another_spelling_of_one_the_vault_holds_is_saved_as_the_vault_writes_it(
        qtbot, gui, made_vault, stored):
    """Typed Kocho beside the vault's Koço was kept as Kocho: two villages in the counts,
    her record sorted apart from her neighbours'. The importer already wrote a list's Kocho
    as the vault writes it; the form now does the same, by the same rule."""
    folder, _code = made_vault
    _vault_writing(folder, stored)
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=("نادية", "Nadia"), father=("", "Murad"))
    dialog.village.setText("Kocho")
    qtbot.waitUntil(lambda: dialog.village_kept.text() != "", timeout=10_000)
    assert dialog.village.text() == "Kocho"  # as typed, until saved
    assert bare(dialog.village_kept.text()) == (
        f"Will be saved as {stored}, the spelling kept for this village")
    p = _saved(qtbot, gui, main, dialog)
    assert p.origin_village == stored
    counts = wait_job(qtbot, gui.worker, lambda s: s.persons.village_counts())
    assert counts == {stored: 2}  # one village, not two


def test_an_import_of_the_same_village_writes_it_as_the_form_saved_it(
        qtbot, gui, made_vault, tmp_path):
    """The form and the importer keep one village one way: a list's Kocho after the form's."""
    folder, _code = made_vault
    _vault_writing(folder, "Koço")
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=("", "Nadia"), father=("", "Murad"))
    dialog.village.setText("Kocho")
    assert _saved(qtbot, gui, main, dialog).origin_village == "Koço"

    def imported(s) -> dict[str, int]:
        path = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Village"],
                         [["Shirin", "Hassan", "Kocho"]])
        svc = ImportService(s)
        plan = svc.prepare(str(path), source="Family list")
        svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
        return s.persons.village_counts()

    assert wait_job(qtbot, gui.worker, imported) == {"Koço": 3}


def test_a_village_the_vault_does_not_hold_is_saved_as_typed_without_a_word(
        qtbot, gui, made_vault):
    folder, _code = made_vault
    _vault_writing(folder, "Koço")
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=("", "Nadia"), father=("", "Murad"))
    dialog.village.setText("Qabusiya")
    qtbot.wait(600)  # the form has looked the village up
    assert dialog.village_kept.text() == ""
    assert _saved(qtbot, gui, main, dialog).origin_village == "Qabusiya"


def test_her_blank_village_filled_from_the_form_is_written_as_the_vault_writes_it(
        qtbot, gui, made_vault):
    """Choosing the woman the vault already holds and adding what was typed to her blanks:
    her village too is the vault's spelling, not a third one."""
    from PySide6.QtWidgets import QPushButton

    from tests.test_ui_new_person import _question
    folder, _code = made_vault
    _vault_writing(folder, "Koço")
    s = open_vault(folder, PASSPHRASE)
    try:
        her = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Jamila"),
                                             NamePart.FATHER: NameText("", "Khalaf"),
                                             NamePart.GRANDFATHER: NameText("", "Rasho")},
                                      sex=Sex.FEMALE)).case_no
    finally:
        s.close()
    main, dialog = _form(qtbot, gui, folder)
    _type_names(dialog, given=("", "Jamila"), father=("", "Khalaf"), grandfather=("", "Rasho"))
    dialog.village.setText("Kocho")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    dialog.open_button.click()
    _question(qtbot, dialog, "typedDetailsQuestion").findChild(QPushButton, "addTyped").click()
    qtbot.waitUntil(lambda: main.person_page is not None and main.person_page.person is not None,
                    timeout=10_000)
    assert main.person_page.case_no == her
    assert main.person_page.person.origin_village == "Koço"
