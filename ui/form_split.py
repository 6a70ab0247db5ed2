"""A page's fields over its tabs: the fields get the height they need first, the tabs the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget

# Lines of text the tabs keep at least (their boxes, a header and three rows of a table).
TABS_LINES = 12


class FormFirstSplitter(QSplitter):
    """Fields in a scroll area over tabs, the line between them movable by the user. Until it is
    moved, the fields get all the height they need and the tabs what is left, down to
    TABS_LINES: shared out by fixed parts, a 1300 x 820 window showed her names and left born,
    village and where she was last known under a scroll bar while the tabs had room to spare."""

    def __init__(self, fields: QScrollArea, tabs: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.fields = fields
        self.addWidget(fields)
        self.addWidget(tabs)
        self.setChildrenCollapsible(False)
        self.by_hand = False
        self.splitterMoved.connect(self._moved)

    def _moved(self) -> None:
        self.by_hand = True  # the user's share is kept from then on

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.by_hand:
            self.share()

    def share(self) -> None:
        total = self.height() - self.handleWidth()
        need = self.fields.widget().sizeHint().height() + 2 * self.fields.frameWidth()
        tabs = TABS_LINES * self.fontMetrics().height()
        fields = max(min(need, total - tabs), total // 3)
        self.setSizes([fields, total - fields])
