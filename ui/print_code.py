"""Printing the recovery code on paper through Qt's print dialog (or to a PDF for tests)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ui.widgets import plain_label


def render_code(printer: QPrinter, code: str, heading: str) -> None:
    """Draw the code big and alone on the page; the job name stays neutral."""
    printer.setDocName("CaseKeeper")
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        font = QFont("DejaVu Sans")
        font.setPointSize(14)
        painter.setFont(font)
        painter.drawText(page.adjusted(0, 0, 0, -page.height() // 2), 0x0084, heading)
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(18)
        painter.setFont(mono)
        painter.drawText(page, 0x0084, code)  # AlignHCenter | AlignVCenter
    finally:
        painter.end()


def code_print_dialog(printer: QPrinter, parent: QWidget) -> QPrintDialog:
    """Qt's print dialog without its Print to File: that wrote the recovery code into a PDF
    every account on the laptop could read (0644). The code belongs on paper only."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def print_recovery_code(parent: QWidget, code: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = code_print_dialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_code(printer, code, QCoreApplication.translate(
        "AccessWindow", "CaseKeeper recovery code - keep apart from the laptop"))
    return True


def code_view(parent: QWidget) -> QLabel:
    """Where a recovery code is shown once: large, fixed-width, left to right in any language."""
    view = plain_label("", parent)
    view.setObjectName("recoveryCodeView")
    mono = QFont("DejaVu Sans Mono")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSize(mono.pointSize() + 4)
    view.setFont(mono)
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return view
