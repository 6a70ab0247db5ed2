"""The bundled fonts (resources/fonts) for the interface, so that Arabic and Sorani are drawn
joined and complete on a laptop that has no Arabic font of its own."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from ui.settings import RTL_LANGUAGES

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
              "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
LATIN, ARABIC = "DejaVu Sans", "Noto Naskh Arabic"

_registered: dict[str, list[str]] = {}  # file -> families, once per process


def load_bundled_fonts() -> list[str]:
    """Register every bundled font with Qt (once); returns the families now available.

    A missing or unreadable file is named on stderr and the program goes on with what the
    system has: a packaging fault should not keep the lawyer out of her cases."""
    for name in FONT_FILES:
        if name in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            sys.stderr.write(f"casekeeper: the bundled font {resource_path('fonts', name)} "
                             "could not be loaded; the system's fonts are used instead\n")
            continue
        _registered[name] = QFontDatabase.applicationFontFamilies(font_id)
    return sorted({f for families in _registered.values() for f in families})


def interface_families(lang: str) -> list[str]:
    """Fonts in the order Qt tries them for each character.

    Both fonts draw Arabic script, but Noto Naskh is the one made for reading it; it has no
    Latin letters, so in Arabic and Sorani it comes first and DejaVu Sans fills in Latin and
    punctuation. In English and Kurmanji DejaVu Sans comes first: its line height suits a
    Latin interface, and Noto Naskh stays behind it for anything it lacks."""
    return [ARABIC, LATIN] if lang in RTL_LANGUAGES else [LATIN, ARABIC]


def latin_first(font: QFont) -> QFont:
    """font with DejaVu Sans first: for text with no Arabic letter (a time, a date, a case
    number) in Arabic and Sorani. Noto Naskh Arabic, first there, has digits and a colon of
    its own, and its colon's lower dot is a comma's: 02:43:38 read as 02;43;38."""
    latin = QFont(font)
    latin.setFamilies([LATIN, ARABIC])
    return latin


def apply_interface_font(app: QApplication, lang: str) -> QFont:
    """Make the bundled fonts the application font for lang, at the platform's size."""
    load_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies(interface_families(lang))
    app.setFont(font)
    return font
