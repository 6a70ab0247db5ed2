"""Interface language: Qt translators from resources/translations, right-to-left layout and
the bundled fonts in the order that language needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app.resources import resource_path
from ui.file_dialog_paths import keep_paths_left_to_right
from ui.fonts import apply_interface_font
from ui.qt_print_words import QT_PRINT_WORDS
from ui.settings import RTL_LANGUAGES

_installed: list[QTranslator] = []
# The bytes each installed translator reads: Qt keeps no copy of them (QTranslator.load(data)),
# so they live as long as it is installed. Read into memory rather than mapped from the file: a
# .qm file replaced while the program runs (an update copied over it) crashed it mid-sentence.
_held: list[bytes] = []
_current = ["en"]  # the interface's language (interface_language)

# Qt's own words on its standard buttons, as Qt asks for them (its context, its text), so that
# lupdate puts them in our .ts files: Qt ships them in Arabic but not in Sorani or Kurmanji, and
# a Sorani question offered "Cancel". Our translator answers for Qt where Qt's own has no word.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    # a GNOME desktop's theme asks for these instead
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    # Qt's own file dialog, which the program opens (DontUseNativeDialog) for a list to import,
    # a photo, and a PDF to save: its labels, buttons, tool tips, columns and questions, as
    # Qt 6 asks for them. Qt's Arabic has no "&Look in:" or "Files of &type:" either: they
    # showed in English there too.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "All files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show "),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\n"
                                     "Please verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\n"
                                     "Please verify the correct directory name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QFileSystemModel", '<b>The name "%1" can not be used.</b><p>Try using '
                                          "another name, with fewer characters or no "
                                          "punctuations marks."),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
) + QT_PRINT_WORDS  # and those of its print dialog


def list_comma() -> str:
    """The comma between items of a list in the interface's language (Arabic and Sorani ،)."""
    return QCoreApplication.translate("ImportReport", ", ")


def list_semicolon() -> str:
    """The semicolon between parts of a list in the interface's language (Arabic and Sorani ؛)."""
    return QCoreApplication.translate("ImportReport", "; ")


def latin_digits(widget: QWidget) -> QWidget:
    """widget's numbers in the digits every other number on screen is written in (0-9): a spin
    box or a progress bar otherwise takes the interface locale's own, and Settings showed the
    idle-lock minutes as ٥ in Arabic and Sorani beside counts, dates and scores written 5."""
    widget.setLocale(QLocale.c())
    return widget


def interface_language() -> str:
    """The language the interface was last set to (en, ar, ckb or kmr)."""
    return _current[0]


def apply_language(app: QApplication, lang: str) -> bool:
    """Install the translation for lang (English needs none); returns True if one was loaded."""
    _current[0] = lang
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _held.clear()
    loaded = False
    if lang != "en":
        tr = QTranslator(app)
        data = _read(resource_path("translations", f"casekeeper_{lang}.qm"))
        if data and tr.load(data):
            app.installTranslator(tr)
            _installed.append(tr)
            _held.append(data)
            loaded = True
        # Qt's own words (Cancel, OK, Yes on its standard buttons), where Qt ships them
        # (Arabic): installed last, so asked first. Sorani and Kurmanji have ours (QT_WORDS).
        qt = QTranslator(app)
        qt_data = _read(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                        / f"qtbase_{lang}.qm")
        if qt_data and qt.load(qt_data):
            app.installTranslator(qt)
            _installed.append(qt)
            _held.append(qt_data)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    # a file dialog's folder path, in a right-to-left window too; the filter sees every event
    # of the program, so it stands only while the interface is right to left
    keep_paths_left_to_right(app, lang in RTL_LANGUAGES)
    QLocale.setDefault(locale_for(lang))
    apply_interface_font(app, lang)  # before the windows are built: they take it from the app
    return loaded


def _read(path: Path) -> bytes:
    """A translation file's bytes; none where it is not shipped."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


def locale_for(lang: str) -> QLocale:
    return {"ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq),
            "ckb": QLocale(QLocale.Language.CentralKurdish, QLocale.Country.Iraq),
            "kmr": QLocale(QLocale.Language.Kurdish, QLocale.Country.Iraq)}.get(
        lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
