"""Asking, field by field, which value to keep where what she typed and what was saved elsewhere
since both changed the same field (app/draft_merge.py): nothing is chosen for her."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
)

from app.draft_merge import BOTH, SAVED, TYPED, Conflict, value_said
from ui.bidi import filled, in_interface_direction, isolated
from ui.field_labels import field_label
from ui.labels import sex_words, sharing_names
from ui.widgets import plain_label


class DraftConflicts(QDialog):
    """One line per field, its two values as radio buttons, neither checked: OK only once each
    is chosen. Cancel keeps nothing chosen, and the caller keeps what was typed (as a draft).
    base_unknown: a draft kept without her record as its page read it (by an earlier version):
    which side changed a field cannot be told, and the words say only that the two differ."""

    def __init__(self, case_no: str, conflicts: list[Conflict],
                 chosen: Callable[[dict[str, str]], object], parent=None,
                 base_unknown: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("draftConflicts")
        self.setWindowTitle("CaseKeeper")
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(filled(self.tr(
            "This draft of %1 was kept by an earlier version, which did not note her record as "
            "her page read it: which fields were typed in it cannot be told. These fields "
            "differ from her record as saved now. Choose for each which to keep; a field left "
            "blank in the draft keeps what her record holds now.") if base_unknown else self.tr(
            "%1 was saved elsewhere since your typing began (another window, a command or an "
            "import), and these fields you changed were changed there too. Choose for each "
            "which to keep; the other fields you changed are put on top of her record as it "
            "is saved now, and those you did not change keep what was saved."), case_no),
            self, wrap=True))
        if base_unknown:
            typed_words, saved_words = (self.tr("Keep what is in the draft:"),
                                        self.tr("Keep her record as saved now:"))
        else:
            typed_words, saved_words = (self.tr("Keep what you typed:"),
                                        self.tr("Keep what was saved since:"))
        grid = QGridLayout()
        for row, c in enumerate(conflicts):
            grid.addWidget(plain_label(field_label(c.key), self), row, 0)
            group = QButtonGroup(self)
            # notes: both texts, one after the other, so that neither side's lines are lost
            both = ((BOTH, self.tr("Keep both, one after the other:"), c.both),) \
                if c.both is not None else ()
            for col, (which, text, value) in enumerate(
                    ((TYPED, typed_words, c.typed), (SAVED, saved_words, c.saved)) + both, 1):
                button = QRadioButton(text, self)
                button.setObjectName(f"conflict_{which}_{c.key}")
                button.toggled.connect(self._update)
                group.addButton(button)
                cell = QVBoxLayout()
                cell.addWidget(button)
                # whole, wrapped: her notes may run to a paragraph, and she chooses by reading
                # laid out in the interface's direction: a Latin value in an Arabic window
                # was drawn at its cell's far edge, beside the other column's value
                said = _said(c.key, value)
                cell.addWidget(plain_label(in_interface_direction(isolated(said)) if said
                                           else self.tr("(blank)"), self, wrap=True,
                                           selectable=True))
                grid.addLayout(cell, row, col)
            self.groups[c.key] = group
        layout.addLayout(grid)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("draftConflictsGo")
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.accepted.connect(lambda: chosen(self.choices()))
        self._update()

    def choices(self) -> dict[str, str]:
        out = {}
        for key, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:  # its name: conflict_<which>_<key>
                out[key] = button.objectName().removeprefix("conflict_").partition("_")[0]
        return out

    def _update(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            len(self.choices()) == len(self.groups))


def _said(key: str, value: object) -> str:
    """A value in the interface's words where the vault keeps a code (sex, sharing)."""
    if key == "sex" and isinstance(value, str):
        return sex_words().get(value, value)
    if key == "sharing_level" and isinstance(value, str):
        return sharing_names().get(value, value)
    return value_said(value)
