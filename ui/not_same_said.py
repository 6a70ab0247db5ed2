"""A "not the same person" decision in the interface's words, one wording wherever it is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import Phrase, filled
from ui.history_words import note_said


def decided_line(a: str, a_in: str, b: str, b_in: str, day: str, note: str) -> str:
    """'SNJ-00001 and SNJ-00018 (merged into SNJ-00016) were marked not the same person on
    2024-05-01. Note: cousins'; a_in, b_in the records a and b are merged into, or ''."""
    def record(case_no: str, within: str) -> str:
        return Phrase(filled(QCoreApplication.translate("DuplicatesView", "%1 (merged into %2)"),
                             case_no, within)) if within else case_no

    # each value isolated: in Arabic the day 2026-12-01 was drawn 01-12-2026. Said in the
    # Duplicates screen's context, where these words were first translated; written out in
    # full at each call: lupdate finds no string passed through a helper of ours.
    return (filled(QCoreApplication.translate(
                "DuplicatesView", "%1 and %2 were marked not the same person on %3."),
                   record(a, a_in), record(b, b_in), day)
            + (" " + filled(QCoreApplication.translate("DuplicatesView", "Note: %1"),
                            note_said(note)) if note else ""))
