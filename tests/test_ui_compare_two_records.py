"""Two records she knows are one woman, which matching never proposed (a spelling it does not
link): from her page, Same person as..., the other's case number, the pair compared as a
proposed pair is and merged (or marked not the same) with the same buttons and questions;
the merge is undone by a split as any other."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock, wait_job


def _two_women(folder) -> tuple[str, str]:
    s = open_vault(folder, PASSPHRASE)
    try:
        a = s.persons.create(Person(names={NamePart.GIVEN: NameText("نرجس", ""),
                                           NamePart.FATHER: NameText("خلف", "")},
                                    sex=Sex.FEMALE))
        # her family's name for her, which no rule reads as نرجس
        b = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Gule"),
                                           NamePart.FATHER: NameText("", "Xelef")},
                                    sex=Sex.FEMALE))
        assert not [p for p in s.matching.duplicates()
                    if {p.a.case_no, p.b.case_no} == {a.case_no, b.case_no}]
        return a.case_no, b.case_no
    finally:
        s.close()


def _same_person_as(qtbot, gui, folder, case_no: str):
    """The program unlocked, her page open and Same person as... clicked: the Duplicates
    screen, her case number in its first box."""
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=5_000)
    page.buttons["compare"].click()
    return main, main.screens["duplicates"]


def test_a_pair_never_proposed_is_compared_merged_and_split_from_her_page(qtbot, gui,
                                                                          made_vault):
    a, b = _two_women(made_vault[0])
    main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    assert main.stack.currentWidget() is view
    assert view.compare_a.text() == a and view.compare_b.hasFocus()
    view.compare_b.setText(b.lower())  # typed as it comes
    view.compare()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=5_000)
    assert view.error.text() == ""
    [pair] = view.pairs
    assert (pair.a.case_no, pair.b.case_no) == (a, b)
    assert f"{a} and {b}, compared as asked" in view.summary.text()
    fields = [view.detail.model.item(r, 0).text() for r in range(view.detail.model.rowCount())]
    assert "given name" in fields
    view.buttons["keep_a"].click()

    def asked():
        shown = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
        return shown[0] if shown else None

    # her two names disagree, as a sister's would: asked first, merged when she says so
    qtbot.waitUntil(lambda: asked() is not None, timeout=5_000)
    asked().findChild(QPushButton, "mergeDespiteContradiction").click()
    qtbot.waitUntil(lambda: view.pairs == [] or view.error.text() != "", timeout=5_000)
    assert view.error.text() == ""
    merged = wait_job(qtbot, gui.worker, lambda s: s.persons.get(b))
    kept = wait_job(qtbot, gui.worker, lambda s: s.persons.get(a))
    assert merged.merged_into == kept.id
    assert wait_job(qtbot, gui.worker, lambda s: [e.action for e in s.audit.history(
        "person", a)])[-1] == "person.merge"
    wait_job(qtbot, gui.worker, lambda s: s.matching.split(b))
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get(b)).merged_into is None


def test_comparing_a_record_with_itself_or_a_missing_one_says_why(qtbot, gui, made_vault):
    folder = made_vault[0]
    a, _b = _two_women(folder)
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    view = main.show_screen("duplicates")
    view.compare_a.setText(a)
    view.compare()
    assert "two records" in view.error.text() and view.pairs == []
    view.compare_b.setText(a)
    view.compare()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=5_000)
    assert "compared with itself" in view.error.text()
    view.compare_b.setText("SNJ-00999")
    view.compare()
    qtbot.waitUntil(lambda: "00999" in view.error.text(), timeout=5_000)
    assert view.pairs == []


def test_the_other_record_is_chosen_by_a_name_when_its_number_is_not_known(qtbot, gui,
                                                                          made_vault):
    """Same person as... with a name in the second box: she is compared with each record the
    search finds, best pair first, never with herself; a name no record has is said."""
    a, b = _two_women(made_vault[0])
    _main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    view.compare_b.setText("Gule Xelef")
    view.compare()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=5_000)
    assert view.error.text() == ""
    assert [(p.a.case_no, p.b.case_no) for p in view.pairs] == [(a, b)]
    assert view.summary.text() == f"{a} compared with the records found for Gule Xelef, best first"
    assert view.buttons["keep_a"].isEnabled()  # merged or marked not the same from here
    view.compare_b.setText("Zzyzx Qwv")
    view.pairs = None
    view.compare()
    qtbot.waitUntil(lambda: view.pairs == [] or view.error.text() != "", timeout=5_000)
    assert view.pairs == [] and view.error.text() == "No other record was found for Zzyzx Qwv."
