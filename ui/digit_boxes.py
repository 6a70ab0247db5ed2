"""Spin boxes that show 0-9 and take what an Arabic or Sorani keyboard's digit row types too."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from ui.i18n import latin_digits

# the digits a box takes as typed, as the age boxes do: Western, Arabic-Indic (٢٠), Persian (۲۰)
TYPED_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# the decimal sign ٫ with them: an Arabic keyboard types ٠٫٨٧ for 0.87
_TO_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


class _TakesEveryDigit:
    """latin_digits' C locale shows 0-9 but reads only 0-9: the keys of the xkb Arabic and
    Central Kurdish digit rows (١٥) were swallowed without a word. Each is read as its Latin
    digit and the box then shows that."""

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text.translate(_TO_LATIN), pos)
        return state, text, pos


class DigitSpinBox(_TakesEveryDigit, QSpinBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        latin_digits(self)


class DigitDoubleSpinBox(_TakesEveryDigit, QDoubleSpinBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        latin_digits(self)
