"""Qt's file dialogs show their folder's path and the file name typed left to right, in an
Arabic or Sorani window too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
)

LRI, PDI = "\u2066", "\u2069"
LOOK_IN = "lookInCombo"  # Qt's name for its file dialog's folder box


class PathsLeftToRight(QObject):
    """Every right-to-left file dialog, as it is shown, has its "Look in" path drawn left to
    right (the box's own text, so "Computer" where the list shows the drives) and its
    file name box laid out so: in a right-to-left window "Look in" drew /tmp/x/home as
    "tmp/x/home/", its leading slash at the end, so a USB drive's folder read wrong. Qt's box
    lays its path out in the application's direction whatever its own, so it is painted here;
    an English dialog is left to Qt. A filter on the application: every dialog the program
    opens (Import, Back up, Restore, Print, a photo, an import's rows) is covered, and any
    added later."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QFileDialog) \
                and watched.isRightToLeft():
            self._left_to_right(watched)
        elif kind == QEvent.Type.Paint and isinstance(watched, QComboBox) \
                and watched.objectName() == LOOK_IN and isinstance(watched.window(), QFileDialog) \
                and watched.window().isRightToLeft():
            # Qt's own text for what the list shows ("Computer" for the drives): the dialog's
            # directory() there is QDir(""), the working folder, which Look in then named
            path = watched.currentText()
            if not path:
                return False  # nothing to lay out: Qt paints its box itself
            paint_path(watched, path)
            return True
        return False

    def _left_to_right(self, dialog: QFileDialog) -> None:
        combo = dialog.findChild(QComboBox, LOOK_IN)
        if combo is not None:
            combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if name is not None:
            name.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def paint_path(combo: QComboBox, path: str) -> None:
    """combo drawn as Qt draws it, its text the path laid out left to right, cut at its start
    (the folder's own name kept) where it is too long."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    option.currentText = path_label(combo, path, field.width() - option.iconSize.width() - 8)
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def path_label(combo: QComboBox, path: str, width: int) -> str:
    """path cut at its start to width, isolated left to right (LRI ... PDI): the painter's own
    direction is not what Qt's style lays the label out by."""
    return LRI + combo.fontMetrics().elidedText(path, Qt.TextElideMode.ElideLeft, width) + PDI


def keep_paths_left_to_right(app: QApplication, right_to_left: bool = True) -> None:
    """Install the filter on app, once, while the interface is right to left; removed when it
    is not (an English dialog is Qt's own, and the filter would weigh on every event)."""
    there = app.findChild(PathsLeftToRight)
    if right_to_left and there is None:
        app.installEventFilter(PathsLeftToRight(app))
    elif not right_to_left and there is not None:
        app.removeEventFilter(there)
        there.setParent(None)
        there.deleteLater()
