"""A row's names kept against the list's other spelling, said with her page's Edit button."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.importing.names_kept import KEPT, PART
from app.importing.pieces import Said, Word
from ui.bidi import Phrase

# Which name of hers was kept, as a sentence names it: the form's word alone ("father", أب)
# read "father kept as 'حسن'", and in Arabic "أُبقي أب".
_PARTS = {"given": QT_TRANSLATE_NOOP("ImportReport", "given name"),
          "father": QT_TRANSLATE_NOOP("ImportReport", "father's name"),
          "grandfather": QT_TRANSLATE_NOOP("ImportReport", "grandfather's name"),
          "family": QT_TRANSLATE_NOOP("ImportReport", "family or clan name"),
          "nickname": QT_TRANSLATE_NOOP("ImportReport", "nickname")}


def names_kept_advice(piece: Said) -> Said | None:
    """piece (names_kept.KEPT) with the person's page and its Edit button where the command
    line names `casekeeper person edit`, and each PART with the name's word ("اسم الأب", not
    the form's "الأب"); None for any other piece."""
    if piece.template == PART:
        part = piece.values[0]
        if isinstance(part, Word) and part.key in _PARTS:
            part = Phrase(QCoreApplication.translate("ImportReport", _PARTS[part.key]))
        return Said(PART, part, *piece.values[1:])
    if piece.template != KEPT:
        return None
    edit = Phrase(QCoreApplication.translate("PersonPage", "Edit"))
    return Said(QT_TRANSLATE_NOOP(
        "ImportReport", "%1 kept in the record; the list's %2 added to the other spellings (a "
        "list never changes a name; to take the list's, use %3 on the person's page)"),
        *piece.values[:2], edit)
