"""Interface language: Qt translators from resources/translations, right-to-left layout and
the bundled fonts in the order that language needs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from ui.fonts import apply_interface_font
from ui.settings import RTL_LANGUAGES

_installed: list[QTranslator] = []


def apply_language(app: QApplication, lang: str) -> bool:
    """Install the translation for lang (English needs none); returns True if one was loaded."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded = False
    if lang != "en":
        tr = QTranslator(app)
        if tr.load(str(resource_path("translations", f"casekeeper_{lang}.qm"))):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded = True
        # Qt's own words (Cancel, OK, Yes on its standard buttons), where Qt ships them
        # (Arabic; not Sorani or Kurmanji): otherwise an Arabic question offers "Cancel".
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale_for(lang))
    apply_interface_font(app, lang)  # before the windows are built: they take it from the app
    return loaded


def locale_for(lang: str) -> QLocale:
    return {"ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq),
            "ckb": QLocale(QLocale.Language.CentralKurdish, QLocale.Country.Iraq),
            "kmr": QLocale(QLocale.Language.Kurdish, QLocale.Country.Iraq)}.get(
        lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
