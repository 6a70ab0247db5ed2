"""A list's note added to the notes of a woman the list updates: marked with where it came from, once.

A note is not a rival value: "seen in Raqqa 2016" from an informant's list is news beside what
the vault already notes of her. It is appended on a line of its own, never over what is there,
opened by the list, batch, row and day the list was read, so that whoever reads her page (or a
dossier) knows who said it. A note her notes already hold (the same row imported again, another
row or list saying the same) adds nothing.
"""

from __future__ import annotations

import re

from app.importing.dedupe import norm


def note_mark(list_name: str, batch: int | None, row: int, day: str) -> str:
    """'[list "NGO Duhok", batch 4, row 17, read 2026-12-02]': where a note came from (a dry
    run has no batch yet)."""
    # A name's quotes and backslashes escaped, so the mark ends where _MARK reads its end.
    quoted = list_name.replace("\\", "\\\\").replace('"', '\\"')
    where = [f'list "{quoted}"'] if list_name else []
    where += [f"batch {batch}"] if batch is not None else []
    where += [f"row {row}", f"read {day[:10]}"]
    return "[" + ", ".join(where) + "]"


def already_noted(notes: str, note: str) -> bool:
    """Whether one of her notes' lines (or her notes whole) says the note, word for word as
    matching reads words (its spelling forms, case and punctuation aside), past the mark that
    opens a list's line: 'Seen in Raqqa, 2016' is 'seen in Raqqa 2016'. Not a note held inside
    a longer line: "killed" is news beside "rumoured killed in 2017, not confirmed", and a
    word found anywhere in her notes had dropped it without a word."""
    lines = [_MARK.sub("", line) for line in notes.split("\n")] + [notes]
    key = norm(note)
    if not key:  # no letter or digit ('?', '-'): kept unless a line is it as written
        return any(line.strip() == note.strip() for line in lines)
    return any(norm(line) == key for line in lines)


# A list's mark, its parts named: [list "NGO Duhok", batch 4, row 17, read 2026-12-02] (a
# paper in another language writes them in its own words: list_mark).
_LIST_MARK_BODY = (r'(?:list "(?P<list>(?:[^"\\\n]|\\.)*)", )?(?:batch (?P<batch>\d+), )?'
                   r'row (?P<row>\d+), read (?P<day>\d{4}-\d\d-\d\d)')
_LIST_MARK = re.compile(r"^\s*\[" + _LIST_MARK_BODY + r"\]\s*")
# The mark that opens a line a list or a merge added: a list's, or [SNJ-00009].
# Only these: a bracket of her own ("[rumour, not confirmed] killed in Baghuz") is part of what
# she wrote, and a list named "ngo [Duhok]" ends its mark at the quote, not at its own bracket.
_MARK = re.compile(r"^\s*\[(?:" + _LIST_MARK_BODY + r"|[A-Z0-9]{1,10}-\d+)\]\s*")


def list_mark(line: str) -> tuple[dict[str, str] | None, str]:
    """A line of her notes as ({list, batch, row, day}, the note after the mark) where a list's
    mark opens it (list and batch '' where the mark has none), else (None, the line)."""
    m = _LIST_MARK.match(line)
    if m is None:
        return None, line
    name = re.sub(r"\\(.)", r"\1", m["list"] or "")
    return {"list": name, "batch": m["batch"] or "", "row": m["row"], "day": m["day"]}, \
        line[m.end():]


def with_note(notes: str, note: str, mark: str) -> str:
    """Her notes with the list's note on a line of its own after them, opened by its mark (one
    line: a cell's line breaks would part the note from its mark)."""
    line = f"{mark} {' '.join(note.split())}"
    return f"{notes.rstrip()}\n{line}" if notes.strip() else line


def added_line(before: str, after: str) -> str:
    """The line with_note added to before to give after; '' when after is not before with a
    line added."""
    if before.strip() and after.startswith(before.rstrip() + "\n"):
        return after[len(before.rstrip()) + 1:]
    return after if not before.strip() else ""


def without_line(notes: str, line: str) -> str | None:
    """Her notes with the added line taken out, where it still stands as it was added; None
    where it does not (edited since, or gone)."""
    lines = notes.split("\n")
    if not line or line not in lines:
        return None
    lines.remove(line)
    return "\n".join(lines).strip()
