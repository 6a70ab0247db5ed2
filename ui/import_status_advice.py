"""The import report's advice on a list's status against the vault's, said where the desktop does it."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.importing.report import Said, Word
from ui.bidi import Phrase

# The command line's templates (app/importing/report.py _status_advice, _then_the_lists,
# changes_lines), each with a command to type in it: a person at the window was told to type
# `casekeeper person status-withdraw ...` (tests/test_import_report_status_advice_in_the_window.py
# fails if report.py's wording parts from these).
WRONG = ("%1: a status a list gives against the vault's is noted, never set by an import: if the "
         "vault's %2 is wrong, withdraw it with %3 (a status added after it would leave it in the "
         "person's history)")
THEN = "; that alone does not give the person the list's %1: then %2"
SET = ("a status a list gives against the vault's is noted, never set by an import: if it is so, "
       "set it on the person's page or with %1")
AGAIN = ("%1: the list's %2 was withdrawn from the person on %3 as told in error, and is not set "
         "again; if it is so after all: %4")
DATED = ("%1: the vault's %2 came from batch %3 row %4 (%5), an earlier version of this list from "
         "the same sender; if the list's date is the right one: %6, then %7")
BACK = ("%1: the vault's %2 came from batch %3 row %4 (%5), an earlier version of this list from "
        "the same sender; if the sender takes it back: %6")
KEPT = ("a cell left blank or a column left out is not a change: the vault keeps what earlier "
        "versions gave (`person show` lists their rows)")

# what the commands say: her case number, a status's key, the list's date (DATE: none known)
_STATUS = re.compile(r"`casekeeper person status (\S+) (\S+)(?: --date (.+))?`")
_REVIEW = re.compile(r"`casekeeper review \S+ --row \S+ --withdraw`")


def _label(context: str, text: str) -> Phrase:
    """A tab's or button's name as the desktop shows it, without a button's "...": the words
    to look for on her page, read from the same translation."""
    return Phrase(QCoreApplication.translate(context, text).rstrip(".…").strip())


def _places() -> dict[str, Phrase]:
    return {"tab": _label("PersonPage", "Status timeline"),
            "withdraw": _label("StatusTab", "Withdraw the selected status..."),
            "add": _label("StatusTab", "Add event"),
            "rows": _label("PersonPage", "Provenance"),
            "withdraw_row": _label("ProvenanceTab", "Withdraw the chosen row...")}


def _dated(command: object) -> str:
    """The date a command sets a status with, "" where it names none (or DATE, to be typed)."""
    m = _STATUS.fullmatch(str(command))
    return "" if m is None or m[3] in (None, "DATE") else m[3]


def status_advice(piece: Said) -> Said | None:
    """piece with her page, its tab and its buttons where the command line names a command;
    None for a piece that names none of these commands."""
    t, v = piece.template, piece.values
    if t not in (WRONG, THEN, SET, AGAIN, DATED, BACK, KEPT):
        return None
    at = _places()
    if t == WRONG:
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: a status a list gives against the vault's is noted, never set by "
            "an import: if the vault's %2 is wrong, withdraw it (a status added after it would "
            "leave it in the person's history): on the person's page, in the %3 tab, select it, "
            "then %4"), v[0], v[1], at["tab"], at["withdraw"])
    if t == THEN:
        if date := _dated(v[1]):
            return Said(QT_TRANSLATE_NOOP(
                "ImportReport", "; that alone does not give the person the list's %1: then add it "
                "in the same tab (choose it, type the date %3, then %2)"), v[0], at["add"], date)
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "; that alone does not give the person the list's %1: then add it in "
            "the same tab (choose it, then %2)"), v[0], at["add"])
    if t == SET:
        m = _STATUS.fullmatch(str(v[0]))
        if m is None:
            return None
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: a status a list gives against the vault's is noted, never set by "
            "an import: if it is so, add it on the person's page, in the %2 tab (choose %3, type "
            "its date, then %4)"), m[1], at["tab"], Word("status", m[2]), at["add"])
    if t == AGAIN:
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: the list's %2 was withdrawn from the person on %3 as told in "
            "error, and is not set again; if it is so after all, add it again on the person's "
            "page, in the %4 tab (choose it, type its date, then %5)"),
            *v[:3], at["tab"], at["add"])
    if t == DATED:
        if date := _dated(v[6]):
            return Said(QT_TRANSLATE_NOOP(
                "ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                "version of this list from the same sender; if the list's date is the right one, "
                "on the person's page, in the %6 tab: withdraw it (select it, then %7), then add "
                "it again dated %9 with %8"), *v[:5], at["tab"], at["withdraw"], at["add"], date)
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier version "
            "of this list from the same sender; if the list's date is the right one, on the "
            "person's page, in the %6 tab: withdraw it (select it, then %7), then add it again "
            "with the list's date with %8"), *v[:5], at["tab"], at["withdraw"], at["add"])
    if t == BACK:
        if _REVIEW.fullmatch(str(v[5])):  # the row that gave it taken back, as `review --withdraw`
            return Said(QT_TRANSLATE_NOOP(
                "ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                "version of this list from the same sender; if the sender takes it back, withdraw "
                "that row on the person's page, in the %6 tab (select batch %3 row %4, then %7)"),
                *v[:5], at["rows"], at["withdraw_row"])
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier version "
            "of this list from the same sender; if the sender takes it back, withdraw it on the "
            "person's page, in the %6 tab (select it, then %7)"),
            *v[:5], at["tab"], at["withdraw"])
    return Said(QT_TRANSLATE_NOOP(
        "ImportReport", "a cell left blank or a column left out is not a change: the vault keeps "
        "what earlier versions gave (the %1 tab of the person's page lists their rows)"),
        at["rows"])
