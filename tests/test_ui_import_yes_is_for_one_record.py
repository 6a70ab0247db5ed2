"""A yes to an update in doubt is for the record it was asked about: a row going with another
row of the same woman, said yes to as an update of one record, is asked again when the row it
goes with is set to update another record she fits as well."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Sex
from tests.import_helpers import write_csv
from tests.test_ui_import_review_other_records import BASMA_ROW, HEADER, _basma
from tests.test_ui_import_update_doubts import _answer, _asked, _question
from tests.test_ui_import_wizard import _staged_for_review
from tests.ui_support import wait_job

BASMA_IN_ARABIC = ["بسمة", "خلف", "حسن", "حسكاني", "Kocho", "F"]


def test_a_yes_for_one_record_does_not_pass_an_update_of_another(
        qtbot, gui, made_vault, tmp_path):
    """Her record entered twice, both since found to be of a man (sex contradicts); the list
    names her twice, row 3 going with row 2. Rows 2 and 3 are asked about SNJ-00001: yes to
    row 3, no to row 2; row 2 is then set to update SNJ-00002, and row 3 with it. Row 3 was
    never asked about SNJ-00002: it is asked, not updated unasked."""
    folder, _code = made_vault
    assert (_basma(folder), _basma(folder, birth=FuzzyDate.parse("1998"))) == (
        "SNJ-00001", "SNJ-00002")
    wizard = _staged_for_review(qtbot, gui, folder, write_csv(
        tmp_path / "list.csv", HEADER, [BASMA_ROW, BASMA_IN_ARABIC]))

    def men(s):
        for case_no in ("SNJ-00001", "SNJ-00002"):
            p = s.persons.get(case_no)
            p.sex = Sex.MALE
            s.persons.update(p)
    wait_job(qtbot, gui.worker, men)
    wizard.open_batch(wizard.state["batch"])
    qtbot.waitUntil(lambda: all(w["contradicts"] for w in wizard.state["waiting"]),
                    timeout=20_000)
    boxes = wizard.decision_boxes
    assert boxes[3].currentData() == "same_as_row"
    boxes[2].setCurrentIndex(boxes[2].findData("update:SNJ-00001"))
    wizard.commit()
    question = _asked(qtbot, wizard)
    assert "Row 3: update SNJ-00001 all the same" in question.text()
    _answer(qtbot, wizard, yes=(3,))
    assert boxes[2].currentData() is None and boxes[3].currentData() == "same_as_row"
    boxes[2].setCurrentIndex(boxes[2].findData("update:SNJ-00002"))
    wizard.commit()
    question = _asked(qtbot, wizard)
    assert sorted(t.objectName() for t in question.findChildren(QCheckBox)) == [
        "updateRow2", "updateRow3"]
    assert "Row 3: update SNJ-00002 all the same" in question.text()
    assert "Row 3 and SNJ-00002 disagree on: sex" in question.text()
    # yes to row 2 only: row 3 is not updated despite its doubt
    _answer(qtbot, wizard, yes=(2,))
    assert _question(wizard) is None
    assert wizard.pages.currentWidget() is wizard.review_page
    assert wait_job(qtbot, gui.worker, lambda s: s.persons.get("SNJ-00002").version) == 2
