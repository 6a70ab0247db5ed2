"""On the review page every value reads in its own direction in every interface language. In
Kurmanji (left to right) a number or a Latin value after an Arabic header was left bare inside
the pair, which reads right to left: the list's "2014 – 2015" showed as "2015 – 2014"."""

from __future__ import annotations

import re

import pytest

from tests.import_helpers import write_csv
from tests.test_ui_import_review_pairs_in_order import _vault
from tests.test_ui_import_wizard import _staged_for_review
from tests.test_ui_languages import _drawn
from ui.settings import write_language

HEADER = ["ت", "الاسم", "اسم الاب", "القرية", "Name", "تاريخ الاختطاف"]
ROWS = [["2", "هالة", "حجي", "كوجو", "Hala", "3/8/2014"],
        ["5", "بسيمة", "خلف", "Kocho", "Basima", "2014 – 2015"]]


@pytest.mark.parametrize("lang", ["kmr", "ar", "ckb"])
def test_a_value_after_an_arabic_header_reads_in_its_own_direction(
        qtbot, gui, made_vault, tmp_path, lang):
    folder, _code = made_vault
    _vault(folder)  # a woman like each row: both rows wait on the review page
    write_language(folder, lang)
    gui.language = lang
    wizard = _staged_for_review(qtbot, gui, folder,
                                write_csv(tmp_path / "list.csv", HEADER, ROWS))
    font = wizard.review.table.font()
    rtl = lang != "kmr"
    # spaces left out: the isolates' controls come out as the font's space
    # and a short value's no-break spaces (kept on one line), which the font draws apart
    drawn = [re.sub(r"(?<=\d)·(?=–)|(?<=–)·(?=\d)", "",
                    _drawn(wizard.review.model.item(n, 1).text(), font, rtl).replace(" ", ""))
             for n in (0, 1)]
    assert "2014–2015" in drawn[1], drawn[1]  # the range as the list wrote it
    assert "3/8/2014" in drawn[0], drawn[0]
    for line, date in zip(drawn, ("3/8/2014", "2014–2015"), strict=True):
        # a Latin header before its value, read left to right
        assert re.search(r"Name:·?(Hala|Basima)", line), line
        # the pairs in the list's order (its number, her Latin name, the date), from the
        # interface's side: left to right in Kurmanji, right to left in Arabic and Sorani
        pairs = line.split("|")
        at = [next(i for i, p in enumerate(pairs) if re.fullmatch(r"[25]·?:·?", p)),
              next(i for i, p in enumerate(pairs) if "Name:" in p),
              next(i for i, p in enumerate(pairs) if date in p)]
        assert at == sorted(at, reverse=rtl), line
    # the Latin village after its Arabic header: the header at the right of the value
    assert re.search(r"Kocho·?:", drawn[1]), drawn[1]
