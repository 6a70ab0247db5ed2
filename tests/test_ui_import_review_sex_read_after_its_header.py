"""Review page, Arabic interface: a sex cell under a Latin header read "M (قُرئت على أنها ذكر)
:Sex", the M away from its header at the pair's far end, while the other pairs read in order.
The cell now follows its header, and what it was read as comes after it."""

from __future__ import annotations

import re

import pytest

from tests.test_ui_languages import _drawn


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_a_sex_cell_stands_right_after_its_latin_header(qapp, lang):
    from ui.i18n import apply_language
    from ui.import_wizard import _values
    try:
        apply_language(qapp, lang)
        text = _values({"No.": "7", "Sex": "M", "Age": "23"}, {"Sex": "M"})
        drawn = _drawn(text, qapp.font(), rtl=lang != "kmr").replace(" ", "")
    finally:
        apply_language(qapp, "en")
    assert re.search(r"Sex:·?M\(", drawn), drawn  # "Sex: M (read as male)", left to right
    assert re.search(r"Age:·?23", drawn), drawn


def test_a_sex_cell_under_an_arabic_header_stands_after_it_in_kurmanji(qapp):
    from ui.i18n import apply_language
    from ui.import_wizard import _values
    try:
        apply_language(qapp, "kmr")
        text = _values({"الجنس": "M"}, {"الجنس": "F"})
        drawn = _drawn(text, qapp.font(), rtl=False).replace(" ", "")
    finally:
        apply_language(qapp, "en")
    # read right to left as its header is written: the header on the right, M to its left,
    # then what it was read as, in Kurmanji, left to right in its own parentheses
    assert re.fullmatch(r"\(wekm·hatxwendin\)M·?:·+", drawn), drawn
