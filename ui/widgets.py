"""Small widgets used everywhere: labels that never interpret markup, message helpers."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QMimeData, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QStandardItem, QTextCursor
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTextEdit, QWidget

# LRM: the wizard's file types
from ui.bidi import LRM, filled, in_cell, isolated, numbers_kept, typed_part  # noqa: F401
from ui.fonts import LATIN, latin_first


class PlainTextBox(QTextEdit):
    """A box of plain text (her notes, how she was taken), each line laid out and aligned in
    its own direction: in a QPlainTextEdit every line stood against the left edge, Arabic ones
    too, in a right-to-left interface. Text is set, pasted and read back as plain text, shown
    literally (no markup is ever read from it). Read only, each number in it is shown in its
    own order (bidi.numbers_kept); toPlainText and a copy give the text as set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._typed: str | None = None  # the text as set, while the box shows it read only

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._typed = text if self.isReadOnly() else None
        super().setPlainText(numbers_kept(text) if self.isReadOnly() else text)

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        return self._typed if self._typed is not None else super().toPlainText()

    def setReadOnly(self, on: bool) -> None:  # noqa: N802 - Qt's name
        """Shown with its numbers kept while read only; as typed, to edit (the marks that keep
        them would be saved with it, and typing beside them goes astray)."""
        if on == self.isReadOnly():
            return
        text = self.toPlainText()
        super().setReadOnly(on)
        blocked = self.blockSignals(True)  # a change of view is no edit
        self.setPlainText(text)
        self.blockSignals(blocked)

    def clear(self) -> None:
        self.setPlainText("")

    def createMimeDataFromSelection(self):  # noqa: N802 - Qt's name
        """Copied (or dragged) out: the text as set, without the marks that keep its numbers;
        as plain text only, as it is set and pasted here."""
        if self._typed is None:
            return super().createMimeDataFromSelection()
        cursor, shown = self.textCursor(), numbers_kept(self._typed)
        data = QMimeData()
        data.setText(typed_part(shown, self._typed, _index(shown, cursor.selectionStart()),
                                _index(shown, cursor.selectionEnd())))
        return data

    def appendPlainText(self, text: str) -> None:  # noqa: N802 - QPlainTextEdit's name
        """text as a new paragraph at the end, literally (QTextEdit.append reads markup)."""
        if self._typed is not None:  # read only: shown with its numbers kept
            self.setPlainText(self._typed + ("\n" if self._typed else "") + text)
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n" if self.document().characterCount() > 1 else "") + text)


def _index(text: str, position: int) -> int:
    """The index in text of a cursor's position in it (Qt counts a character outside the
    Basic Multilingual Plane, an emoji, as two)."""
    at = 0
    for i, ch in enumerate(text):
        if at >= position:
            return i
        at += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class _NoticeLabel(QLabel):
    """A label that takes no room on its page while it says nothing."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.setTextFormat(Qt.TextFormat.PlainText)  # after say_rich: literal again
        self._say(text)

    def say_rich(self, html: str) -> None:
        """html, made by the program with every value in it escaped (say_clock)."""
        self.setTextFormat(Qt.TextFormat.RichText)
        self._say(html)

    def _say(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # after the layout pass that resized it: a minimum set during it was not passed up to
        # the window, whose rows stayed as they were
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """A wrapped notice asks for the height of all its lines at its width. Said after its
        window was laid out, a form's row kept the one line it had room for: the create
        window's warning on Arabic-Indic digits was cut in half, or mid-sentence in Arabic
        (found by a tester)."""
        if not self.wordWrap() or self.width() <= 0:
            return
        policy = self.sizePolicy()
        if policy.hasHeightForWidth():
            # the layout goes by the height set below: a form asked for a height at one width
            # and laid the row out at another, the next row drawn over the notice's last line
            policy.setHeightForWidth(False)
            self.setSizePolicy(policy)
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 2 * self.margin()
        lines = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), 1_000_000), int(Qt.TextFlag.TextWordWrap), self.text())
        need = (lines.height() + margins.top() + margins.bottom() + 2 * self.margin()
                if self.text() else 0)
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
            # every layout above it asked again: the page under the form kept the height the
            # form had needed before, and the form squeezed its rows into it
            QTimer.singleShot(0, self, self._window_fit)

    def _window_fit(self) -> None:
        """A window grows to the height its wrapped lines need at its width: a window is not
        held to it by Qt (only to its minimum), and the form squeezed its rows instead."""
        window = self.window()
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth() or window.isMaximized():
            return
        need = layout.totalHeightForWidth(window.width())
        if need > window.height():
            window.resize(window.width(), need)

    def clear(self) -> None:
        self.setText("")


def plain_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = False,
                wrap: bool = False, collapse: bool = False) -> QLabel:
    """A QLabel that shows text literally: QLabel renders rich text by default, and imported
    names like `<img src=...>` must never be interpreted. collapse: hidden while empty (a
    note or an error that is seldom there keeps no blank line open above a form)."""
    label = _NoticeLabel(parent) if collapse else QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def named_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]
                 ) -> QPushButton:
    """A push button with an object name (tests and screenshots find it by that) that calls
    slot when clicked."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text literally, line breaks kept. Qt reads a tooltip as rich text
    whenever it looks like markup, and a list's cell (`<img src=...>`, `<b>`) must never be
    interpreted: the text goes in escaped. Each number in it is kept in its own order
    (bidi.numbers_kept): a report's whole text is its rows' tooltip."""
    return GuiQt.convertFromPlainText(numbers_kept(text)) if text else ""


def plain_item(text: str) -> QStandardItem:
    """Item views draw their text literally already; a helper keeps item creation in one style.

    In a right-to-left interface a value with no Arabic-script letter (a time stamp, a date, a
    JSON detail, a Latin name, a header "No.") would take the cell's direction and come out in
    the wrong order ("09:45:28Z 2026-12-01", ".No"): isolated, it keeps the order it was
    written in (bidi.in_cell).
    """
    shown = in_cell(text)
    item = QStandardItem(shown)
    item.setEditable(False)
    if shown != text:  # no Arabic letter in a right-to-left view: DejaVu Sans draws it all
        item.setFont(latin_first(QApplication.font()))
    return item


def say_clock(label: QLabel, template: str, clock: str) -> None:
    """label (a notice: plain_label(collapse=True)) says template with the time clock in %1.
    In Arabic and Sorani the time is drawn in DejaVu Sans (fonts.latin_first: Noto Naskh
    Arabic's colon read "02;46"), the words around it in the interface font."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or not hasattr(
            label, "say_rich"):
        label.setText(filled(template, clock))
        return
    before, _, after = template.partition("%1")
    label.say_rich(f"{escape(before)}<span style=\"font-family: '{LATIN}'\">"
                   f"{escape(isolated(clock))}</span>{escape(after)}")


def error_label(parent: QWidget | None = None, collapse: bool = False) -> QLabel:
    label = plain_label("", parent, wrap=True, collapse=collapse)
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b00020;")
    return label


def show_error(parent: QWidget, message: str) -> None:
    """A one-line problem, shown as plain text (messages may quote a file or a field)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "CaseKeeper", message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def ask_to_go_ahead(parent: QWidget, lines: list[str], name: str, go_text: str,
                    go_name: str, go) -> None:
    """A question shown as plain text (it quotes names and notes) with Cancel and one button
    that goes ahead anyway; go runs only when that button is clicked. Enter cancels: each
    such question is about doing something the program advises against. The box is not
    modal to the program, so a test or the user can look elsewhere while it is open."""
    ask(parent, lines, name, [(go_text, go_name, go)])


def ask(parent: QWidget, lines: list[str], name: str,
        choices: list[tuple[str, str, Callable[[], object]]],
        under_text: Callable[[QMessageBox], QWidget] | None = None) -> QMessageBox:
    """ask_to_go_ahead with a button for each choice (its text, object name and what it
    does), the first the main one; Cancel is still the default, so Enter cancels.
    under_text: makes a widget shown under the question (a box for its reason)."""
    box = QMessageBox(QMessageBox.Icon.Question, "CaseKeeper", "\n".join(lines),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for n, (text, button_name, go) in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if n == 0 else QMessageBox.ButtonRole.ActionRole
        button = box.addButton(text, role)
        button.setObjectName(button_name)
        button.clicked.connect(go)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if under_text is not None:
        # QMessageBox lays its text out on a grid: under the text is the place its
        # informative text would take (row 1, beside the icon), which these boxes never set.
        box.layout().addWidget(under_text(box), 1, 2)
    box.open()
    return box
