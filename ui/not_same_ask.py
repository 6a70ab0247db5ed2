"""The Duplicates screen's "not the same person": asked first, and taken back where it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import filled
from ui.not_same_said import decided_line
from ui.reason_box import ask_with_reason
from ui.widgets import ask_to_go_ahead


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesView", text)


def ask_not_same(view, a: str, b: str, go) -> None:
    """Asked before it is done, Cancel the default: a slip hid a true duplicate from the
    Duplicates list with no question. go gets the note typed (why they are two people)."""
    lines = [filled(QCoreApplication.translate(
                 "DuplicatesView", "Mark %1 and %2 as not the same person?"), a, b),
             QCoreApplication.translate(
                 "DuplicatesView", "The pair will not be proposed again. To take it back, "
                 "compare the two records (\"Or compare two records\") and click \"Take back "
                 "'not the same'\".")]
    # the text is the decision's note, shown with it (her page, a comparison, the take-back
    # question), not only a reason in the trail
    ask_with_reason(view, lines, "notSameQuestion", _tr("Not the same person"), "notSameGo", go,
                    label=_tr("Note (optional): why they are two people, shown with the decision and "
                              "kept in the audit trail:"))


def decisions_of(decisions: list, pair) -> list:
    """The decisions shown beside a comparison that keep this pair's two records apart (on
    them, or on a record merged into either)."""
    if pair is None:
        return []
    return [d for d in decisions if (d.a_in or d.a) == pair.a.case_no
            and (d.b_in or d.b) == pair.b.case_no]


def ask_take_back(view, decisions: list, go) -> None:
    """Taking a decision back is asked too (Cancel the default): the pair is proposed again."""
    lines = [decided_line(d.a, d.a_in, d.b, d.b_in, d.day, d.note) for d in decisions]
    lines.append(QCoreApplication.translate(
        "DuplicatesView", "Take it back? The two may then be proposed as one person again; "
        "the audit trail keeps the decision."))
    ask_to_go_ahead(view, lines, "takeBackQuestion", _tr("Take back 'not the same'"),
                    "takeBackGo", go)


def taken_back_said(decisions: list) -> str:
    return " ".join(filled(QCoreApplication.translate(
        "DuplicatesView", "%1 and %2 are no longer marked not the same person: they may be "
        "proposed as one person again."), d.a, d.b) for d in decisions)
