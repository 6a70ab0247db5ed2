"""In a right-to-left interface every row of the review page's list column reads the same way:
each "header: value" pair in its own order (as its header is written), the pairs from right to
left. Rows mixing scripts drew English headers "Hala :Name", "2 :No", while rows of Latin
letters alone read left to right: the direction changed from row to row."""

from __future__ import annotations

import re

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.import_helpers import write_csv
from tests.test_ui_import_wizard import _staged_for_review
from tests.test_ui_languages import _drawn
from ui.settings import write_language

HEADER = ["No", "Name", "Father", "Village", "اسم الام"]
ROWS = [["2", "هالة", "حجي", "Kocho", "غزالة"],  # Arabic names under English headers
        ["5", "Basima", "Khalaf", "Kocho", "Shireen"]]  # Latin letters but for one header


def _vault(folder) -> None:
    """Persons row 2 and row 3 each look like, not certainly: both rows wait."""
    s = open_vault(folder, PASSPHRASE)
    try:
        for names in ((("هالة",), ("حجي",), ("مراد",)),
                      (("بسيمة", "Basima"), ("خلف", "Khalaf"), ("حسن", "Hassan"))):
            s.persons.create(Person(names={part: NameText(*n) for part, n in zip(
                (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER), names, strict=True)},
                sex=Sex.FEMALE, origin_village="Kocho"))
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_each_pair_keeps_its_order_and_every_row_reads_right_to_left(
        qtbot, gui, made_vault, tmp_path, lang):
    folder, _code = made_vault
    _vault(folder)
    write_language(folder, lang)
    gui.language = lang
    wizard = _staged_for_review(qtbot, gui, folder,
                                write_csv(tmp_path / "list.csv", HEADER, ROWS))
    assert sorted(wizard.decision_boxes) == [2, 3]
    font = wizard.review.table.font()
    # spaces left out: the isolates' controls come out as the font's space, never drawn wide
    drawn = [_drawn(wizard.review.model.item(n, 1).text(), font, rtl=True).replace(" ", "")
             for n in (0, 1)]
    for line, no in zip(drawn, ("2", "5"), strict=True):
        # an English header before its value, read left to right
        assert re.search(rf"No:{no}\b", line), line
        assert "Village:Kocho" in line, line
        # the first pair at the right, the next to its left: in every row alike
        assert line.index("No:") > line.index("Name:") > line.index("Father:") \
            > line.index("Village:"), line
    assert "Name:Basima" in drawn[1]
    # the Arabic header before its value, read right to left, the Latin value at its left
    assert "Shireen:·" in drawn[1], drawn[1]
