"""A row's other spelling of her name, said on its line: her name kept, the list's a spelling."""

from __future__ import annotations

import shlex

from app.importing.pieces import Quoted, Said, Word, joined

# An update that only added a spelling read "updated SNJ-00004" beside the list's changed
# father's name, and the lawyer took the name for changed: the row says what was kept, where
# the list's went, and how to change the name if the list is right (ui/import_names_kept.py
# says the last part with her page's button instead of the command).
OWN = ("%1 kept as %2; the list's %3 added as another spelling (a list never changes a name; to "
       "change it: %4)")
WHOLE = ("%1 kept as %2; the list's %3 added as another spelling only within the whole name, %4 "
         "(a list never changes a name; to change it: %5)")


# After a changed row of the list's changes since its last version: the list's new cell is
# no new name of hers ("اسم الاب: 'حسن' -> 'حسين'" read as her father renamed).
CHANGED = "; a list never changes a name: the record keeps %1"


def mark_changed_rows(changes: dict | None, kept: list[dict]) -> None:
    """Each changed row of changes (changes_since) whose update kept her names gets
    names_kept: the names her record keeps ([vault value]), said after the row's cells."""
    by = {}
    for k in kept:
        by.setdefault(k["row"], []).append(k["vault"])
    for c in (changes or {}).get("changed_rows", []):
        if c.get("row") in by:
            c["names_kept"] = list(dict.fromkeys(by[c["row"]]))


def changed_said(c: dict) -> list:
    """The CHANGED piece for a changed row marked by mark_changed_rows, [] for any other."""
    if not c.get("names_kept"):
        return []
    return [Said(CHANGED, joined([Quoted(v) for v in c["names_kept"]]))]


def edit_command(case_no: str, part: str, value: str) -> str:
    """The command that gives her the list's spelling as the name itself."""
    return f"`casekeeper person edit {case_no} --{part} {shlex.quote(value)}`"


def kept_said(entries: list[dict], case_no: str) -> list:
    """The row's names kept, joined by semicolons; case_no: the record the row stands on now."""
    return joined([_one(k, case_no) for k in entries], Said("; "))


def _one(k: dict, case_no: str) -> Said:
    command = edit_command(case_no, k["part"], k["list"])
    if k["spelling"] == k["list"]:  # her own name: the list's word is the spelling
        return Said(OWN, Word("part", k["part"]), Quoted(k["vault"]), Quoted(k["list"]), command)
    return Said(WHOLE, Word("part", k["part"]), Quoted(k["vault"]), Quoted(k["list"]),
                Quoted(k["spelling"]), command)


def by_row(report: dict) -> dict[int, list[dict]]:
    """The report's names kept ({row, case_no, part, script, vault, list, spelling}), by row;
    none in a report written before they were kept."""
    out: dict[int, list[dict]] = {}
    for k in report.get("names_kept") or []:
        out.setdefault(k["row"], []).append(k)
    return out


def would_keep(target, listed, case_no: str = "") -> list[dict]:
    """What an update of target (a Person) by a row read as listed would keep of her names
    and add as spellings, as the commit says it ({case_no, part, script, vault, list,
    spelling} each): for the dry run and the review, before anything is written."""
    from app.importing.merge import merge_into

    return [{"case_no": case_no or target.case_no, **k}
            for k in merge_into(target, listed).names_kept if k["spelling"]]
