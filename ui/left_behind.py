"""A status a report told of a woman taken off it, said on her page: it stays behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import Phrase, filled, isolated
from ui.i18n import list_comma
from ui.labels import status_label


def left_behind_said(left, report_id: int) -> str:
    """'SNJ-00001's status Sighted, told on report 1, stays behind ...' (app/report_left): a
    report moved to another woman does not carry it, as a rescue moved carries its own; where
    to tell it on each woman the report is about now, as `report edit` gives the command."""
    status = status_label(left.status, left.sex)
    if not left.to:
        return filled(QCoreApplication.translate(
            "PersonPage", "%1's status %2, told on report %3, stays behind: it does not move "
                          "with the report."), left.taken_off, status, report_id)
    return filled(QCoreApplication.translate(
        "PersonPage", "%1's status %2, told on report %3, stays behind: it does not move with "
                      "the report. If it is of %4, tell it on that person's page (Status "
                      "timeline) on report %3."), left.taken_off, status, report_id,
        Phrase(list_comma().join(isolated(c) for c in left.to)))
