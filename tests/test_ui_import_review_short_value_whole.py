"""A short value of a row on the review page stays on one line: "about 20" (Date of birth)
wrapped in an Arabic row put "about" at the end of one line and "20" at the start of the
next, on the far side of the cell, where it read "Village: Kocho | 20"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

ROW = {"Full name": "Laila Khalaf Ilyas", "Father": "Khalaf", "Date of birth": "about 20",
       "Village": "Kocho", "Status": "abducted"}


def _lines(text: str, width: int, font) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_short_value_is_never_broken_across_lines(qapp, lang):
    from ui.i18n import apply_language
    from ui.import_wizard import _values
    apply_language(qapp, lang)
    try:
        cell = _values(ROW)
        broken = [width for width in range(120, 480, 5)
                  if not any("about\u00a020" in line or "about 20" in line
                             for line in _lines(cell, width, qapp.font()))]
        assert broken == []
        # a long value (notes) still wraps between its words
        notes = "seen in Raqqa in 2017 with two children, then moved to Idlib"
        assert len(_lines(_values({"Notes": notes}), 200, qapp.font())) > 1
    finally:
        apply_language(qapp, "en")
