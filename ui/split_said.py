"""What a split on her page did with the list rows that went to hers while the other was merged in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.bidi import Phrase, filled
from ui.field_labels import field_label
from ui.labels import status_label

# Why a row stayed on the record kept (app/split_rows.py: BY_HAND, CHANGED, REDATED, UNKNOWN); %1 is
# that record.
_IN_DOUBT = {"by_hand": QT_TRANSLATE_NOOP("SplitSaid", "it was decided by hand while the two "
                                                       "were one record"),
             "changed": QT_TRANSLATE_NOOP("SplitSaid", "it changed %1 then, and that change "
                                                       "stays on %1"),
             "redated": QT_TRANSLATE_NOOP("SplitSaid", "it dated a status that came with "
                                                       "the other record, and the split took "
                                                       "that status back from %1"),
             "unknown": QT_TRANSLATE_NOOP("SplitSaid", "nothing it said tells which of the "
                                                       "two it is")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SplitSaid", text)


def split_rows_said(said: dict) -> list[str]:
    """A line for each list row the split gave back to the record split out, and for each it
    left on hers because nothing tells whose it is, as `casekeeper split` says them (said:
    person_ops.split's answer). Given back, the row's list now names the other woman: the
    next version of it follows her there, not the cousin she was merged with by mistake."""
    kept, split = said["kept"], said["split"]
    lines = []
    for r in said.get("rows_given_back", []):
        lines.append(filled(_tr("Row %1 of %2 (import %3) given back to %4: it went to %5 while %4 "
                                "was merged into it."), r["row"], r["file"], r["batch"], split, kept))
        if r.get("with_what_it_told"):
            lines.append(filled(_tr("It went back with what it told: what it changed on %1 was "
                                    "taken back and set on %2."), kept, split))
            lines += [_left_on_kept(x, kept, said.get("split_sex", "F"))
                      for x in r.get("left_on_kept", [])]
    for r in said.get("rows_in_doubt", []):
        why = _IN_DOUBT.get(r["why"])
        lines.append(filled(_tr("Row %1 of %2 (import %3) left on %4, which may be %5's: %6. "
                                "The next version of its list asks which woman it is. If it is "
                                "%5's, withdraw it on the Provenance tab, then decide it for %5: "
                                "%7"),
                            r["row"], r["file"], r["batch"], kept, split,
                            Phrase(filled(_tr(why), kept) if why else r["why"]),
                            f"casekeeper review {r['batch']} --row {r['row']} --decide update "
                            f"--person {split}"))
    return lines


def _value(field: str, value: str, sex: str) -> str:
    """A value as her page shows it: a status in words, a blank said."""
    if not value:
        return "—"
    return status_label(value, sex) if field == "status" else value


def _left_on_kept(x: dict, kept: str, sex: str) -> str:
    """A value of a row given back that stays on the kept record all the same: changed since
    the import (left for the lawyer to settle), or told by another row of hers too."""
    now, wrote = (_value(x["field"], v, sex) for v in (x["now"], x["row_wrote"]))
    label = field_label(x["field"])
    label = label[:1].upper() + label[1:]  # it starts the sentence ("status" as a change names it)
    if x["why"] == "told_by":
        by = x["by"]
        return filled(_tr("%1 stays %2 on %3 (the row wrote %4): row %5 of %6 (import %7) says "
                          "so too."), label, now, kept, wrote, by["row"],
                      by["file"], by["batch"])
    return filled(_tr("%1 left on %2 as %3 (the row wrote %4): it was changed after the import, "
                      "so the split did not take it back. Read it and settle it by hand."),
                  label, kept, now, wrote)


def split_statuses_said(said: dict) -> list[str]:
    """A line for each status the split moved to the record split out with the report it rests
    on (told on hers while the two were one record), and what that record now reads."""
    sex = said.get("split_sex", "F")
    # "about %4 or a record merged into it, told while %4 was part of %5": true of a chain
    # too (C in B in A: the report about C, the status told on A)
    return [filled(_tr("%1 (%2, report %3) moved to %4 with its report: the report is about %4 "
                       "or a record merged into it, and the status was told while %4 was part "
                       "of %5. %4 is now %6."), status_label(m["status"], sex), m["date"] or _tr("no date"),
                   str(m["report"]), said["split"], said["kept"],
                   status_label(said["split_status"], sex))
            for m in said.get("statuses_moved", [])]
