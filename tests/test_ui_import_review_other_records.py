"""The wizard's review page offers every vault record a waiting row may update: the record a tied
row fits as well is named as she is, with its score, and may be chosen (checked as `review
--decide update --person` checks it, asked about when in doubt); a record another row of the
list updates already is noted under it."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.test_ui_import_update_doubts import _answer, _asked
from tests.test_ui_import_wizard import _staged_for_review
from tests.ui_support import wait_job
from ui.settings import write_language

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Sex"]
BASMA_ROW = ["Basma", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]
BASIMA_ROW = ["Basima", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]


def _basma(folder, **more) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(names={
            NamePart.GIVEN: NameText("بسمة", "Basma"), NamePart.FATHER: NameText("خلف", "Khalaf"),
            NamePart.GRANDFATHER: NameText("حسن", "Hassan"),
            NamePart.FAMILY: NameText("حسكاني", "Haskani")}, sex=Sex.FEMALE,
            origin_village="Kocho", **more)).case_no
    finally:
        s.close()


def _tied(qtbot, gui, folder, tmp_path):
    """Her record entered twice (the second with her year of birth); the list names her once:
    the row fits both as well, and waits."""
    assert (_basma(folder), _basma(folder, birth=FuzzyDate.parse("1998"))) == (
        "SNJ-00001", "SNJ-00002")
    return _staged_for_review(qtbot, gui, folder,
                              write_csv(tmp_path / "list.csv", HEADER, [BASMA_ROW]))


def _choices(box) -> list:
    return [box.itemData(i) for i in range(box.count())]


def _done(qtbot, wizard) -> dict:
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.done_page, timeout=20_000)
    (hand,) = wizard.report_data["decided_by_hand"]
    return hand


def test_the_other_record_a_tied_row_fits_is_named_and_can_be_updated(
        qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    wizard = _tied(qtbot, gui, folder, tmp_path)
    shown = wizard.review.model.item(0, 2).text()
    assert shown.startswith("SNJ-00001 بسمة خلف حسن حسكاني / Basma Khalaf Hassan Haskani")
    assert ("\nFits as well (score 0.99" in shown
            and "SNJ-00002 بسمة خلف حسن حسكاني / Basma Khalaf Hassan Haskani | sex: Female | "
            "born: 1998 | village: Kocho" in shown)
    box = wizard.decision_boxes[2]
    assert _choices(box) == [None, "create", "update:SNJ-00001", "update:SNJ-00002", "skip"]
    assert box.itemText(box.findData("update:SNJ-00002")) == "Update SNJ-00002"
    box.setCurrentIndex(box.findData("update:SNJ-00002"))
    wizard.commit()
    hand = _done(qtbot, wizard)
    assert (hand["row"], hand["decision"], hand["person"]) == (2, "update", "SNJ-00002")


def test_the_other_record_in_doubt_is_asked_about_by_her_case_number(
        qtbot, gui, made_vault, tmp_path):
    """SNJ-00002 is found to be a man after the list was staged: the row (a woman) now
    contradicts her, and the command line would refuse without --despite-contradiction."""
    folder, _code = made_vault
    wizard = _tied(qtbot, gui, folder, tmp_path)

    def a_man(s):
        p = s.persons.get("SNJ-00002")
        p.sex = Sex.MALE
        s.persons.update(p)
    wait_job(qtbot, gui.worker, a_man)
    box = wizard.decision_boxes[2]
    box.setCurrentIndex(box.findData("update:SNJ-00002"))
    wizard.commit()
    # read again at Import: the page comes back, the choice kept, saying why
    qtbot.waitUntil(lambda: wizard.review_note.text() != "", timeout=20_000)
    assert "now in doubt" in wizard.review_note.text()
    assert wizard.decision_boxes[2].currentData() == "update:SNJ-00002"
    wizard.commit()
    text = _asked(qtbot, wizard).text()
    assert "Row 2: update SNJ-00002 all the same" in text
    assert "Row 2 and SNJ-00002 disagree on: sex" in text
    _answer(qtbot, wizard, yes=(2,))
    hand = _done(qtbot, wizard)
    assert (hand["row"], hand["person"]) == (2, "SNJ-00002")


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Row 3 of this list already updates SNJ-00001."),
    ("ar", "الصف \u20663\u2069 من هذه القائمة يحدّث \u2066SNJ-00001\u2069 بالفعل.")])
def test_a_record_another_row_already_updates_is_noted_under_it(
        qtbot, gui, made_vault, tmp_path, lang, note):
    """Basima (row 2, perhaps her sister) is asked about SNJ-00001, which Basma (row 3)
    certainly updates: said, so that two women of one list are not made one record unawares;
    the update stays hers to choose."""
    folder, _code = made_vault
    _basma(folder)
    write_language(folder, lang)
    gui.language = lang
    wizard = _staged_for_review(qtbot, gui, folder, write_csv(
        tmp_path / "list.csv", HEADER, [BASIMA_ROW, BASMA_ROW]))
    assert sorted(wizard.decision_boxes) == [2]
    assert wizard.review.model.item(0, 2).text().split("\n")[1] == note
    assert "update" in _choices(wizard.decision_boxes[2])


def test_a_new_person_chosen_for_a_tied_row_is_neither_record_shown(
        qtbot, gui, made_vault, tmp_path):
    """Create new person, chosen beside SNJ-00001 and SNJ-00002 both: she is kept apart from
    both, so neither pair is proposed as a duplicate afterwards."""
    folder, _code = made_vault
    wizard = _tied(qtbot, gui, folder, tmp_path)
    box = wizard.decision_boxes[2]
    box.setCurrentIndex(box.findData("create"))
    wizard.commit()
    _done(qtbot, wizard)
    assert [(a["case_no"], a["other"]) for a in wizard.report_data["not_the_same"]] == [
        ("SNJ-00003", "SNJ-00001"), ("SNJ-00003", "SNJ-00002")]
    pairs = wait_job(qtbot, gui.worker, lambda s: [
        sorted((c.a.case_no, c.b.case_no)) for c in s.matching.duplicates()])
    assert pairs == [["SNJ-00001", "SNJ-00002"]]
