"""Printing on paper: Qt's print dialog offers no file to print to, a printer that writes a file
writes it for her alone, and the dialog speaks the interface's language."""

from __future__ import annotations

import os
import stat
import subprocess

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.domain.script import has_arabic
from tests.ui_support import unlock


def _previewed(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("print")
    view.prepare("dossier", "DEMO-00001")
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    qtbot.waitUntil(lambda: view.print_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    return view


def _file_choice(dialog: QPrintDialog) -> tuple[list[str], bool]:
    """What the shown dialog offers to print on, and whether its output file can be typed."""
    printers = dialog.findChild(QComboBox, "printers")
    return ([printers.itemText(i) for i in range(printers.count())],
            dialog.findChild(QLineEdit, "filename").isEnabled())


def test_the_print_dialog_offers_no_file_to_print_to(qtbot, gui, demo_vault):
    """Print... offered Print to File (PDF), into the home folder and readable by every account
    on the laptop (0644), where Save as PDF... writes 0600 where she chooses. With no printer set
    up it was all the dialog offered; now she is told there is no printer."""
    view = _previewed(qtbot, gui, demo_vault)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintDialog):
            seen["offered"] = _file_choice(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    view.print_button.click()
    qtbot.waitUntil(lambda: bool(seen) or view.error.text() != "", timeout=10_000)
    if not QPrinterInfo.availablePrinterNames():
        assert seen == {} and "printer" in view.error.text()
    # the dialog the program opens where a printer is set up (the printer outlives it)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = view.print_dialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    for choices, file_enabled in filter(None, (seen.get("offered"), _file_choice(dialog))):
        assert "Print to File (PDF)" not in choices and not file_enabled
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    dialog.reject()


def test_a_printer_that_writes_a_file_writes_it_for_her_alone(qtbot, gui, demo_vault, tmp_path):
    """Qt's PDF printer created its file readable by all (0644 under the usual umask), and
    replacing a file kept that file's mode."""
    view = _previewed(qtbot, gui, demo_vault)
    old = os.umask(0o022)
    try:
        for existing in (False, True):
            out = tmp_path / f"printed-{existing}.pdf"
            if existing:
                out.write_bytes(b"old")
                out.chmod(0o644)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            view.info.clear()
            view.print_to(printer)
            qtbot.waitUntil(lambda: "printer" in view.info.text(), timeout=30_000)
            assert stat.S_IMODE(out.stat().st_mode) == 0o600
            info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
            assert f"Pages:           {len(view.built['pages'])}" in info
    finally:
        os.umask(old)


def test_a_printer_that_cannot_start_prints_nothing_and_says_so(qtbot, gui, demo_vault, tmp_path):
    """A printer that could not be started was told of as 'Sent to the printer: 3 pages'."""
    view = _previewed(qtbot, gui, demo_vault)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
    view.info.clear()
    view.print_to(printer)
    qtbot.waitUntil(lambda: view.error.text() != "" or view.info.text() != "", timeout=30_000)
    qtbot.wait(200)
    assert "nothing was printed" in view.error.text() and "Sent" not in view.info.text()


# what reads alike in every language (paper sizes, "2 (2x1)"), or is never shown (the output
# file of Print to File, switched off), or is a value (the printer's name)
_NOT_WORDS = ("pageSizeCombo", "pagesPerSheetCombo", "printers", "lOutput", "fileBrowser")


def _words(dialog: QWidget) -> list[tuple[str, str]]:
    """Where and what each word the dialog shows is: labels, buttons, group titles, tabs, list
    items and the page field's tool tip."""
    said = [("title", dialog.windowTitle())]
    for w in dialog.findChildren(QWidget):
        where = f"{type(w).__name__} {w.objectName()}"
        if w.objectName() in _NOT_WORDS:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            said.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            said.append((where, w.title()))
        elif isinstance(w, QTabWidget):
            said += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            said += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit) and w.toolTip():
            said.append((where, w.toolTip()))
    return [(k, t.replace("&", "")) for k, t in said if t.strip() and t != "..."]


def _print_dialog_words(qtbot) -> list[tuple[str, str]]:
    """The words of the print dialog as the program opens it, its options shown, and of its
    printer's Properties."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    qtbot.addWidget(dialog)
    dialog.show()
    next(b for b in dialog.findChildren(QPushButton) if ">>" in b.text()).click()
    said = _words(dialog)

    def properties() -> None:
        shown = QApplication.activeModalWidget()
        if shown is None or shown is dialog:
            QTimer.singleShot(50, properties)
            return
        said.extend(_words(shown))
        shown.reject()

    QTimer.singleShot(50, properties)
    dialog.findChild(QPushButton, "properties").click()
    dialog.reject()
    return said


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_print_dialog_reads_in_the_interface_language(qtbot, qapp, lang):
    """Qt has no words for its print dialog in Sorani or Kurmanji, and its Arabic lacks some
    (Pages, Double Sided Printing, Page Set): Printer, Copies, Print, Properties... read in
    English."""
    from ui.i18n import apply_language
    from ui.qt_print_words import banner_words

    english = _print_dialog_words(qtbot)
    assert ("QGroupBox printerGroup", "Printer") in english
    assert len(english) > 60  # the properties were read too
    try:
        apply_language(qapp, lang)
        said = _print_dialog_words(qtbot)
        banners = banner_words()
    finally:
        apply_language(qapp, "en")
    assert [k for k, _t in said] == [k for k, _t in english]
    assert [(k, t) for (k, t), (_k, e) in zip(said, english, strict=True) if t == e] == []
    assert all(has_arabic(t) == (lang != "kmr") for _k, t in said), said
    assert all(has_arabic(t) == (lang != "kmr") for t in banners) and "None" not in banners


def test_the_recovery_codes_print_dialog_offers_no_file_to_print_to(qtbot):
    """Print the code offered Print to File: the recovery code in a PDF every account could
    read (0644). It belongs on paper only."""
    from ui.print_code import code_print_dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = code_print_dialog(printer, None)
    qtbot.addWidget(dialog)
    dialog.show()
    choices, file_enabled = _file_choice(dialog)
    assert "Print to File (PDF)" not in choices and not file_enabled
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    dialog.reject()
