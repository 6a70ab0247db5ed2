"""The recovery code on the screen (shown whole, once) and on paper, through Qt's print dialog
(or to a PDF for tests)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QWidget


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


class CodeView(QLabel):
    """Where a recovery code is shown once: large, fixed-width, left to right in any language,
    and never cut. The label is as wide as the code and grows its window to fit (a window
    given a minimum width of its own is not grown by Qt: in Arabic the access window stayed
    504 px wide for a code 493 px wide, and HGZY-...-2UN4 showed as GZY-...-2UN, a code that
    opens nothing). Where the screen is narrower than the code (a large font), the code is
    broken between its groups, never inside one. code() is the code; text() what is shown."""

    # room kept on either side of the code inside its window, and at the screen's edges
    _SCREEN_MARGIN = 80

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("recoveryCodeView")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFixedPitch(True)
        # large, and four points above the interface's own size where that is larger
        mono.setPointSizeF(max(self.font().pointSizeF() + 4, 16))
        self.setFont(mono)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def code(self) -> str:
        return self._code

    def setText(self, code: str) -> None:  # noqa: N802 - Qt's name
        self._code = code
        self._lay_out()

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._code:
            self._lay_out()

    def lines(self) -> list[str]:
        """The code as shown, a line each (one line wherever the screen has room)."""
        return super().text().split("\n") if self._code else []

    def _lay_out(self) -> None:
        metrics = self.fontMetrics()
        shown = _in_groups(self._code, metrics.horizontalAdvance, self._room())
        super().setText(shown)
        if not self._code:
            self.setMinimumWidth(0)
            return
        margins = self.contentsMargins()
        widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
        # a character's width to spare: the code never touches the window's edges
        self.setMinimumWidth(widest + margins.left() + margins.right()
                             + 2 * metrics.horizontalAdvance("M"))
        _grow_to_fit(self)

    def _room(self) -> int:
        """The widest the code may be drawn: the screen's width less the window's margins."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return 1 << 20
        return max(screen.availableGeometry().width() - self._SCREEN_MARGIN,
                   self.fontMetrics().horizontalAdvance("MMMM-MMMM"))


def _in_groups(code: str, advance, room: int) -> str:
    """code on as few lines as fit in room pixels, broken only after a group's hyphen."""
    if not code or advance(code) <= room:
        return code
    lines: list[str] = []
    line = ""
    for group in code.split("-"):
        longer = f"{line}-{group}" if line else group
        if line and advance(longer + "-") > room:
            lines.append(line + "-")
            line = group
        else:
            line = longer
    lines.append(line)
    return "\n".join(lines)


def _grow_to_fit(view: QWidget) -> None:
    """view's window widened to what its layout now needs (Qt leaves a window alone that was
    given a minimum size of its own). Each layout from view up to its window counted anew
    here and now: Qt would do it only once the events posted meanwhile are handled, and the
    code is set from the answer of the vault's thread, itself a posted event."""
    widget = view.parentWidget()
    while widget is not None:
        if widget.layout() is not None:
            widget.layout().invalidate()
            widget.layout().activate()
        widget.updateGeometry()
        if widget.isWindow():
            break
        widget = widget.parentWidget()
    window = view.window()
    if window.layout() is None:
        return
    need = window.layout().totalMinimumSize()
    if window.width() < need.width() or window.height() < need.height():
        window.resize(max(window.width(), need.width()), max(window.height(), need.height()))


def code_view(parent: QWidget) -> CodeView:
    """Where a recovery code is shown once (CodeView)."""
    return CodeView(parent)
