"""The app's error messages said in pieces (CaseKeeperError.saying), in the desktop's words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import CaseKeeperError, StatusWord
from ui.bidi import Phrase, filled
from ui.labels import status_label

# Each template an error is said in: lupdate finds them here.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "%1 on %2 is before her abduction (%3): check the date"),
    QT_TRANSLATE_NOOP("Errors", "the handover to her family (%1) is before the rescue (%2): she "
                      "is handed over after she is freed; check both dates"),
    QT_TRANSLATE_NOOP("Errors", "the report was received (%1) before what it tells was seen "
                      "(%2): a report tells of what was seen before it came in; check both "
                      "dates"),
)


def error_said(exc: CaseKeeperError) -> str:
    """The error's message in the interface's language where it was said in pieces; its
    English otherwise."""
    if not exc.said:
        return str(exc)
    template, *values = exc.said
    return filled(QCoreApplication.translate("Errors", template),
                  *(Phrase(status_label(str(v), v.sex)) if isinstance(v, StatusWord) else v
                    for v in values))
