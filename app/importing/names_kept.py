"""A row's other spelling of her name, said on its line: her name kept, the list's a spelling."""

from __future__ import annotations

import shlex

from app.importing.pieces import Quoted, Said, Word, joined

# An update that only added a spelling read "updated SNJ-00004" beside the list's changed
# father's name, and the lawyer took the name for changed: the row says what was kept, where
# the list's went, and how to take the list's if it is right (ui/import_names_kept.py says the
# last part with her page's button instead of the command). Said once for the row: each part
# said with the whole name and the advice made a 1,118-character cell of a row respelling three.
KEPT = ("%1 kept in the record; the list's %2 added to the other spellings (a list never changes "
        "a name; to take the list's: %3)")
PART = "%1 %2"  # "father's name 'حسن'"


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


def edit_command(case_no: str, kept: list[dict]) -> str:
    """The one command that gives her the list's spellings as the names themselves."""
    flags = dict.fromkeys(f"--{k['part']} {shlex.quote(k['list'])}" for k in kept)
    return f"`casekeeper person edit {case_no} {' '.join(flags)}`"


def kept_said(entries: list[dict], case_no: str) -> list:
    """The row's names kept, in one sentence; case_no: the record the row stands on now."""
    parts = joined([Said(PART, Word("part", part), Quoted(vault))
                    for part, vault in dict.fromkeys((k["part"], k["vault"]) for k in entries)])
    spellings = joined([Quoted(s) for s in dict.fromkeys(k["spelling"] for k in entries)])
    return [Said(KEPT, parts, spellings, edit_command(case_no, entries))]


def added(kept: list[dict], **tags) -> list[dict]:
    """The names kept (MergeResult.names_kept) whose other spelling went into her spellings,
    each with tags (case_no, row): one kept where she had the list's spelling already says
    nothing."""
    return [{**tags, **k} for k in kept if k["spelling"]]


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

    return added(merge_into(target, listed).names_kept, case_no=case_no or target.case_no)
