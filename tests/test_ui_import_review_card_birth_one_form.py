"""The import window's card of a vault record a row may be prints her birth as her page and the
papers do, by what is known: a year read from a 1 January placeholder is 1998, not 1998-01-01;
a day known is the day."""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.test_ui_import_wizard import _staged_for_review

HEADER = ["Name", "Father", "Grandfather", "Family", "Village", "Sex"]


def _basma(folder, birth: FuzzyDate) -> str:
    s = open_vault(folder, PASSPHRASE)
    try:
        return s.persons.create(Person(names={
            NamePart.GIVEN: NameText("بسمة", "Basma"), NamePart.FATHER: NameText("خلف", "Khalaf"),
            NamePart.GRANDFATHER: NameText("حسن", "Hassan"),
            NamePart.FAMILY: NameText("حسكاني", "Haskani")}, sex=Sex.FEMALE,
            origin_village="Kocho", birth=birth)).case_no
    finally:
        s.close()


def test_the_review_cards_print_a_placeholder_birth_as_its_year(qtbot, gui, made_vault,
                                                                 tmp_path):
    folder, _code = made_vault
    # as an import of a list writing 01/01/YYYY for the year only stored it (new_year.py)
    assert _basma(folder, FuzzyDate.year_range(1998, 1998, "01/01/1998")) == "SNJ-00001"
    assert _basma(folder, FuzzyDate.parse("03/08/1998")) == "SNJ-00002"
    wizard = _staged_for_review(qtbot, gui, folder, write_csv(
        tmp_path / "list.csv", HEADER, [["Basma", "Khalaf", "Hassan", "Haskani", "Kocho", "F"]]))
    shown = wizard.review.model.item(0, 2).text()
    assert "born: 1998 |" in shown and "born: 1998-08-03 |" in shown, shown
    assert "1998-01-01" not in shown and "01/01/1998" not in shown, shown
