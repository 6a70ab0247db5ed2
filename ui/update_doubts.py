"""The question before updates in doubt: a tick for each row, none ticked at first, so that
each update the command line refuses without --despite-contradiction is said yes to alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.bidi import Phrase, filled, isolated
from ui.i18n import list_comma
from ui.labels import field_names
from ui.sex_read import listed_sex, vault_sex
from ui.widgets import plain_label


class UpdateDoubts(QDialog):
    """against: the waiting rows (review.waiting_rows) whose update is in doubt. answered(yes,
    no) runs when the user goes on: the rows ticked, and those not.
    A list of ticks rather than a question per row: the rows are read side by side (two rows
    of one family, perhaps sisters), where a run of questions invites the same answer to each
    unread; and none ticked at first, so going on without reading updates no one. Cancel is
    the default (Enter cancels); it answers nothing and changes no choice on the page."""

    def __init__(self, against: list[dict],
                 answered: Callable[[frozenset[int], frozenset[int]], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("updateQuestion")
        self.setWindowTitle("CaseKeeper")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lead = plain_label(self.tr(
            "These updates are in doubt. Tick each row to update all the same. A row left "
            "unticked is not updated, and nothing is imported until you choose again for it."),
            self, wrap=True)
        self.ticks: dict[int, QCheckBox] = {}
        self.reasons: list[QLabel] = []
        inner = QWidget(self)
        rows_box = QVBoxLayout(inner)
        for w in against:
            row = w["row"]
            tick = QCheckBox(filled(self.tr("Row %1: update %2 all the same"), row,
                                    w["match_case"]), inner)
            tick.setObjectName(f"updateRow{row}")
            reason = plain_label("\n".join(self._why(w)), inner, wrap=True)
            reason.setIndent(tick.iconSize().width() + 8)  # under the tick's words
            rows_box.addWidget(tick)
            rows_box.addWidget(reason)
            self.ticks[row] = tick
            self.reasons.append(reason)
        rows_box.addStretch(1)
        scroll = QScrollArea(self)  # a list with many rows in doubt stays on the screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        go = buttons.addButton(self.tr("Update the ticked rows"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        go.setObjectName("updateAnyway")
        go.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: answered(*self.answer()))
        box = QVBoxLayout(self)
        box.addWidget(self.lead)
        box.addWidget(scroll, 1)
        box.addWidget(buttons)
        self.resize(640, min(520, 160 + 90 * len(against)))

    def _why(self, w: dict) -> list[str]:
        """Why updating the person of waiting row w is in doubt, in sentences."""
        names = field_names()

        def said(c: dict) -> str:
            # a sex as the list wrote it, with its reading: a Kurmanji N is male
            shown = [listed_sex(c), vault_sex(c["vault"])] if c["field"] == "sex" \
                else [c["list"], c["vault"]]
            return (f"{names.get(c['field'], c['field'])} "
                    f"({isolated(shown[0])} / {isolated(shown[1])})")

        lines = []
        if w.get("contradicts"):
            lines.append(filled(self.tr("Row %1 and %2 disagree on: %3."), w["row"],
                                w["match_case"],
                                Phrase(list_comma().join(said(c) for c in w["contradicts"]))))
            # "of the same names" only where the names do agree: not beside "perhaps her
            # sister" or "unlikely to be one person"
            if not (w.get("given_partial") or w.get("unlikely")):
                lines.append(self.tr("Perhaps another person of the same names."))
        if partly := w.get("given_partial"):
            lines.append(filled(self.tr(
                "Row %1: the given name %2 only partly agrees with %3 of %4: perhaps her "
                "sister."), w["row"], isolated(partly["list"]), isolated(partly["vault"]),
                w["match_case"]))
        if w.get("unlikely"):
            lines.append(filled(self.tr(
                "Row %1 scores %2 against %3 now: unlikely to be one person."), w["row"],
                f"{w['score_now']:.2f}", w["match_case"]))
        return lines

    def answer(self) -> tuple[frozenset[int], frozenset[int]]:
        """The rows ticked, and the rows left unticked."""
        yes = frozenset(row for row, tick in self.ticks.items() if tick.isChecked())
        return yes, frozenset(self.ticks) - yes

    def text(self) -> str:
        """What the question says, line by line (as QMessageBox.text())."""
        lines = [self.lead.text()]
        for tick, reason in zip(self.ticks.values(), self.reasons, strict=True):
            lines += [tick.text(), reason.text()]
        return "\n".join(lines)
