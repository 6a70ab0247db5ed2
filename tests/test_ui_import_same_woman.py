"""The import window's review of a list that names one woman three times (Latin letters, Arabic
script, the same spelling again), each row asked about one vault record: each row names the
others, the later rows go with the first unless chosen otherwise, and she becomes one record."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_xlsx
from tests.test_import_same_woman import LIST
from tests.test_ui_import_wizard import _staged_for_review
from tests.ui_support import wait_job
from ui.bidi import bare


def _khalida(folder) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(names={
            NamePart.GIVEN: NameText("", "Khalida"), NamePart.FATHER: NameText("", "Elias"),
            NamePart.GRANDFATHER: NameText("", "Khudeda")}, sex=Sex.FEMALE)).case_no
    finally:
        s.close()


def _review(qtbot, gui, folder, tmp_path):
    path = write_xlsx(tmp_path / "sinjar.xlsx", [("List", LIST)])
    return _staged_for_review(qtbot, gui, folder, path)


def _why(wizard) -> dict[int, str]:
    model = wizard.review.model
    return {int(model.item(n, 0).text()): model.item(n, 4).text()
            for n in range(model.rowCount())}


def test_each_row_names_the_others_and_the_later_rows_go_with_the_first(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    _khalida(folder)
    wizard = _review(qtbot, gui, folder, tmp_path)
    why = _why(wizard)
    assert why[2].endswith("\nRows 5, 6 of this list look like the same woman.")
    assert why[5].endswith("\nRows 2, 6 of this list look like the same woman.")
    boxes = wizard.decision_boxes
    assert boxes[2].currentData() is None  # hers to decide
    for row in (5, 6):
        assert boxes[row].currentData() == "same_as_row"
        assert boxes[row].currentText() == "As row 2: the same woman"
    boxes[2].setCurrentIndex(boxes[2].findData("create"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    report = wizard.report_data
    assert report["reconciled"]
    assert report["results"]["created"] == 3 and report["results"]["same_as_earlier_row"] == 2
    assert "decided with row 2, the same woman by the names: rows 5-6" in bare(wizard.report.text())
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 4


def test_an_update_chosen_for_the_first_row_takes_the_others_to_her_record(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    case_no = _khalida(folder)
    wizard = _review(qtbot, gui, folder, tmp_path)
    boxes = wizard.decision_boxes
    boxes[2].setCurrentIndex(boxes[2].findData("update"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["created"] == 2  # Layla and Jamila only
    her = wait_job(qtbot, gui.worker, lambda s: s.persons.get(case_no))
    assert her.names[NamePart.GIVEN].original == "خالدة"


def test_a_row_chosen_on_its_own_keeps_that_choice(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    _khalida(folder)
    wizard = _review(qtbot, gui, folder, tmp_path)
    boxes = wizard.decision_boxes
    boxes[2].setCurrentIndex(boxes[2].findData("create"))
    boxes[6].setCurrentIndex(boxes[6].findData("skip"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    results = wizard.report_data["results"]
    assert results["skipped"] == 1 and results["same_as_earlier_row"] == 1
    assert results["created"] == 3


def test_a_row_asked_about_an_earlier_row_can_be_said_to_be_her(qtbot, gui, made_vault,
                                                                 tmp_path):
    """Fareeda Abdulkarim (row 4) may be row 2's Ferîde Evdilkerîm: "As row 2" makes one
    person of them; only create or skip were offered, so she became two records."""
    folder, _code = made_vault
    rows = [["Name", "Father", "Grandfather", "Sex", "Born", "Village"],
            ["Ferîde", "Evdilkerîm", "Xelef", "F", "1995", "Kocho"],
            ["Layla", "Qasim", "Murad", "F", "2001", "Tel Qasab"],
            ["Fareeda", "Abdulkarim", "", "F", "", ""]]
    path = write_xlsx(tmp_path / "family.xlsx", [("List", rows)])
    wizard = _staged_for_review(qtbot, gui, folder, path)
    box = wizard.decision_boxes[4]
    assert box.findText("As row 2: the same woman") >= 0
    box.setCurrentIndex(box.findText("As row 2: the same woman"))
    wizard.commit()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    assert wizard.report_data["results"]["created"] == 2
    assert wizard.report_data["results"]["same_as_earlier_row"] == 1
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.count()) == 2


def test_a_sister_in_an_earlier_row_is_not_offered_as_her(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    rows = [["Name", "Father", "Grandfather", "Sex", "Born", "Village"],
            ["Basima", "Khalil", "Elias", "F", "1995", "Kocho"],
            ["Layla", "Qasim", "Murad", "F", "2001", "Tel Qasab"],
            ["Basma", "Khalil", "Elias", "F", "1995", "Kocho"]]
    path = write_xlsx(tmp_path / "family.xlsx", [("List", rows)])
    wizard = _staged_for_review(qtbot, gui, folder, path)
    box = wizard.decision_boxes[4]
    assert [box.itemData(i) for i in range(box.count())] == [None, "create", "skip"]
