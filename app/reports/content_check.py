"""A dossier's contents check: one short code for what the paper shows of her, in any language."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from app.reports.bidi_levels import EXPLICIT

if TYPE_CHECKING:
    from app.reports.selection import DossierView


_UNDRAWN = dict.fromkeys(map(ord, EXPLICIT))


def content_check(view: DossierView) -> str:
    """A code of everything the view prints of her (her names, every section's rows and notes,
    her photo), never of when it was made or of the audit chain: two papers of one profile with
    the same code show the same record, and any report, list row, contact or status added that
    the paper shows gives another. Made from the English view of the record (select_dossier
    does so), so that her Arabic and English papers of one record carry the same code. The
    "record version" printed before was her own fields' edit count: a report, a list row or a
    contact added left it as it was, while the paper said more."""
    shown = {"profile": view.profile.value, "case_no": view.case_no, "heading": view.heading,
             "merged_here": view.merged_here, "held": view.held_said,
             "synthetic": view.synthetic,
             "sections": [[s.title, s.pairs, s.header, s.rows, s.note] for s in view.sections],
             "photo": hashlib.sha256(view.photo).hexdigest() if view.photo else ""}
    said = json.dumps(shown, ensure_ascii=False, sort_keys=True).translate(_UNDRAWN)
    digest = hashlib.sha256(said.encode())
    code = digest.hexdigest()[:12].upper()
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))
