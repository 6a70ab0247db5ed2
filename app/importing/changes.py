"""What changed in a new version of a list since its last import: rows added, removed, changed."""

from __future__ import annotations

import json

from app.domain.fuzzydate import excel_day
from app.importing.changes_read import cells_as_read, readings_of, readings_then
from app.importing.dedupe import identity_in, respelt_from
from app.importing.ditto import is_ditto
from app.importing.erased_keys import row_keys_now
from app.importing.fields import DATE_FIELDS, Field, stored_columns
from app.importing.staged import person_from_json
from app.text.normalize import fold
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord

# Rows listed by number in a report the vault keeps (each kind; the counts are always complete):
# a new column filled in on every row of a list of 100,000 changes every row, and the batch's
# report is not to grow with the list. The dry run and the desktop's preview list them all.
SHOWN_CHANGES = 500


def changes_since(repo: ImportRepository, previous: BatchRecord | None,
                  rows: list[StagedRowRecord], mapping_json: str = "",
                  person_of_row: dict[int, int] | None = None,
                  shown: int | None = SHOWN_CHANGES) -> dict:
    """Rows added, removed and changed since the last committed version of the same list.

    A row is the same row across versions when its name key is, or when _renamed pairs it with
    a row of the last version (a spelling corrected); it changed when a value did or was given
    anew, each cell as read (a ditto mark as the value it repeated: changes_read.py), and the
    report says which columns, from what, to what. A cell left blank, or a column the list no
    longer has, is no change (the vault keeps the value): the row is
    unchanged, and the blank cell and the column are named apart. The list's own running number
    (a serial column, in either version's mapping) is not a change: one row added at the top
    renumbers every row below it. A name listed again within one version is compared once and
    counted as repeated, so that the counts add up to the rows. Each row shown carries the name
    as listed and the case number of its person when known (before the commit, a new row has
    none yet); person_of_row: row -> person id, at the commit; shown: how many rows of each kind
    to list (None: every one).

    Rows are known by their names, never by their row numbers: a row that only moved (a row
    added or taken out above it, the list sorted anew) is unchanged, and counted as moved.
    Changed rows whose status cell changed come first (what the lawyer looks for first, and
    what a report that lists only the first rows must not lose), each part by row number.
    """
    if previous is None:
        return {}
    now: dict[str, list[StagedRowRecord]] = {}
    for r in rows:
        if r.row_key:
            now.setdefault(r.row_key, []).append(r)
    # a row of a person deleted since keeps its key one way only: this version's keys say
    # which of them it lists again
    before = row_keys_now(repo.db, previous.id, repo.row_keys(previous.id),
                          {k: rs[0].row_hash for k, rs in now.items()})
    # A name listed twice in either version: its rows paired one to one (same_key).
    listed_then = repo.rows_of_keys(previous.id, [k for k in now if k in before])
    same, extra, gone_keys = [], [], {n: k for k, (n, _) in before.items() if k not in now}
    for k, rs in now.items():
        if k not in before:
            continue
        pairs, left_now, left_then = same_key(rs, listed_then.get(k) or [before[k]])
        same += pairs
        extra += left_now
        gone_keys.update({n: k for n, _ in left_then})
    added = [rs[0] for k, rs in now.items() if k not in before]
    gone = repo.persons_of_rows(previous.id, list(gone_keys))
    # a row of a name listed more often than before may be another row of the last version
    # respelt (Adiba corrected to Adeba, beside the Adeeba listed as before)
    renamed = _renamed(added + extra, gone_keys, gone, person_of_row)
    added = [r for r in added if r.row_number not in renamed]
    first = {k: rs[0].row_number for k, rs in now.items()}
    placed = {r.row_number for _, r in same} | {r.row_number for r in added} | set(renamed)
    # Listed again within this version, and no row of the last: compared once, repeated.
    repeats = [(r, first[r.row_key]) for r in rows
               if r.row_key and r.row_number not in placed]
    paired = {n for n, _ in renamed.values()}
    removed = [n for n in gone_keys if n not in paired]
    # before's hash first: an erased row's is this version's where its values are the same
    hash_then = {n: h for listed in listed_then.values() for n, h in listed}
    hash_then.update(before.values())
    # A row with a ditto in either version is compared as read, its hash as typed: '"' become
    # '〃' is no change, and a ditto that repeats another village now (the row above changed) is.
    now_read = readings_of(mapping_json)
    dittos_then, dittos_now = readings_of(previous.mapping_json).rows(), now_read.rows()
    differ = [(n, r) for n, r in same if hash_then[n] != r.row_hash or n in dittos_then
              or r.row_number in dittos_now] + list(renamed.values())
    serial = _columns_of(Field.SERIAL, previous.mapping_json, mapping_json)
    dates = _columns_of(DATE_FIELDS, previous.mapping_json, mapping_json)
    status = _columns_of(Field.STATUS, previous.mapping_json, mapping_json)
    old_raw = repo.raw_values(previous.id, [n for n, _ in differ] + removed[:shown])
    renames = _renamed_columns(previous.mapping_json, mapping_json,
                               set(json.loads(rows[0].raw_json)) if rows else set())
    then_read = readings_then(repo, previous, {n: old_raw[n] for n, _ in differ if n in old_raw})

    def as_read(n: int, r: StagedRowRecord) -> tuple:
        then, said_then = cells_as_read(old_raw.get(n, "{}"), n, then_read)
        now, said_now = cells_as_read(r.raw_json, r.row_number, now_read)
        cols, blank, out = _differences(then, now, serial, dates, renames)
        return cols, blank, out, _dittos_of({renames.get(k, k): v for k, v in said_then.items()},
                                            said_now, [*cols, *blank])

    compared = sorted(((n, r, *as_read(n, r)) for n, r in differ), key=lambda c: c[1].row_number)
    said = {r.row_number: d for _, r, _, _, _, d in compared if d}
    changed = sorted(((n, r, cols, blank) for n, r, cols, blank, _, _ in compared if cols),
                     key=lambda c: (not status & set(c[2]), c[1].row_number))
    changed_now = {r.row_number for _, r, _, _ in changed}
    moved = sum(1 for n, r in same if n != r.row_number and r.row_number not in changed_now)
    # Cells left blank change nothing in the vault (an import never blanks a value), so they
    # alone do not make a row changed; the lawyer still sees them, a note dropped may be news.
    blanked = [(n, r, blank) for n, r, cols, blank, _, _ in compared if blank and not cols]
    left_out = list(dict.fromkeys(c for *_, out, _ in compared for c in out))
    listed = added[:shown] + [r for _, r, _, _ in changed[:shown]] \
        + [r for r, _ in repeats[:shown]] + [r for _, r, _ in blanked[:shown]]
    # A row skipped went to no one: the person it matched is not its case number.
    # A repeat of an earlier row (staging: repeated_rows.py) goes where that row goes.
    by_number = {r.row_number: r for r in rows}
    pid_of = {r.row_number: (person_of_row or {}).get(r.row_number)
              or (_matched(r, by_number) if r.decision != "skip" else None) for r in listed}
    cases = repo.case_numbers({*pid_of.values(), *gone.values()} - {None})
    names_now, names_then = name_columns(mapping_json), name_columns(previous.mapping_json)

    def who(r: StagedRowRecord) -> dict:
        name = listed_name(r.raw_json, names_now) or (  # no mapping given: as read
            _person(r).display_name() if r.person is not None or r.person_json else "")
        return {"row": r.row_number, "name": name,
                "case_no": cases.get(pid_of[r.row_number], ""),
                **({"skipped": True} if r.decision == "skip" else {})}

    def dittos_of(r: StagedRowRecord) -> dict:
        # {column: [the ditto then, the ditto now]}: what each compared ditto repeated
        return {"dittos": said[r.row_number]} if r.row_number in said else {}

    return {"previous_batch": previous.id, "previous_file": previous.file_name,
            "added": len(added), "removed": len(removed), "changed": len(changed),
            "unchanged": len(same) + len(renamed) - len(changed), "repeated": len(repeats),
            # Unchanged rows at another row number than in the last version: not changes.
            "moved": moved,
            "status_changed": sum(1 for _, _, cols, _ in changed if status & set(cols)),
            # The columns read as her status: a changed row with one of them among its columns
            # changed her status (listed first).
            "status_columns": sorted(status),
            # Rejected rows, and rows without a name part to know them by.
            "not_compared": sum(1 for r in rows if not r.row_key),
            "added_rows": [who(r) for r in added[:shown]],
            "removed_rows": [{"row": n, "name": listed_name(old_raw.get(n, "{}"), names_then),
                              "case_no": cases.get(gone.get(n), "")}
                             for n in removed[:shown]],
            # perhaps: a row spelt otherwise that waits with her suggested (_perhaps)
            "changed_rows": [{**who(r), "previous_row": n, "columns": cols,
                              **({"perhaps": True} if _perhaps(r, person_of_row)
                                 and r.row_number in renamed else {}),
                              **({"no_longer_given": blank} if blank else {}), **dittos_of(r)}
                             for n, r, cols, blank in changed[:shown]],
            # Unchanged rows with a cell left blank: {column: the value it held}.
            "no_longer_given": len(blanked),
            "no_longer_given_rows": [{**who(r), "previous_row": n, "no_longer_given": blank,
                                      **dittos_of(r)}
                                     for n, r, blank in blanked[:shown]],
            # Columns of the last version this one does not have: no row changed for that.
            "columns_left_out": left_out,
            "repeated_rows": [{**who(r), "same_as_row": first}
                              for r, first in repeats[:shown]]}


def same_key(now: list[StagedRowRecord], then: list[tuple[int, str]]
             ) -> tuple[list[tuple[int, StagedRowRecord]], list[StagedRowRecord],
                        list[tuple[int, str]]]:
    """The rows of one name key in this version and the last ((row, hash) each), paired one
    to one: a row as it was first (the one row of the two she was listed in that did not
    change), then the others in the list's order. Returns (pairs (row then, row now), rows
    now left over, rows then left over): a woman listed twice, one of her rows corrected, is
    that row changed, never the row listed as before changed into it."""
    left = list(then)
    pairs: list[tuple[int, StagedRowRecord]] = []
    rest = []
    for r in now:
        twin = next((t for t in left if t[1] == r.row_hash), None)
        if twin is None:
            rest.append(r)
        else:
            left.remove(twin)
            pairs.append((twin[0], r))
    over = rest[len(left):]
    pairs += [(t[0], r) for t, r in zip(left, rest, strict=False)]
    return sorted(pairs, key=lambda p: p[1].row_number), over, left[len(rest):]


# The parts of a stored report's changes that list rows of this version, and of the last.
_ROWS_NOW = ("added_rows", "changed_rows", "no_longer_given_rows", "repeated_rows")
_ROWS_THEN = ("removed_rows",)


def names_as_listed(repo: ImportRepository, b: BatchRecord, changes: dict) -> dict:
    """A committed report's changes with each row's name as listed_name says it now, from the
    rows' cells: a report stored before said a full name with the father's cell after it
    («Laila Khalaf Ilyas Khalaf»), which the list never wrote. Only a list with a full name's
    column beside another name column; a row whose cells are gone (her record deleted) keeps
    what the report holds."""
    then_id = changes.get("previous_batch") if isinstance(changes, dict) else None
    previous = repo.batch(then_id) if isinstance(then_id, int) else None
    out = dict(changes)
    for keys, batch_id, mapping in ((_ROWS_NOW, b.id, b.mapping_json),
                                    (_ROWS_THEN, then_id, previous and previous.mapping_json)):
        labels = name_columns(mapping or "")
        if "full_name" not in labels.values() or len(labels) < 2:
            continue
        wanted = [e["row"] for k in keys for e in changes.get(k) or ()
                  if isinstance(e, dict) and isinstance(e.get("row"), int)]
        raw = repo.raw_values(batch_id, wanted) if wanted and batch_id is not None else {}
        for k in keys:
            if isinstance(changes.get(k), list):
                out[k] = [{**e, "name": listed_name(raw[e["row"]], labels) or e.get("name", "")}
                          if isinstance(e, dict) and e.get("row") in raw else e
                          for e in changes[k]]
    return out


def _renamed(added: list[StagedRowRecord], gone: dict[int, str], person_then: dict[int, int],
             person_of_row: dict[int, int] | None) -> dict[int, tuple[int, StagedRowRecord]]:
    """Rows whose name key is new, paired with rows of the last version whose key is gone:
    {row now: (row then, row)}. A removed row tells the lawyer the list took a woman off it, so
    a spelling corrected (Nofa -> Nofah) must read as a changed row. Paired, one to one and only
    where the pair is the only one of its kind (two namesakes say nothing about which is
    which): first rows that went to the same vault person (the row now updates her, or matched
    her for certain before any decision, or waits with her suggested as the person its row of
    the last version was decided by hand to be); then rows with the same name of two parts or more
    in one script, the other script's spelling changed, unless the two went to two persons.
    Not on other cells agreeing: village, sex, status and age are shared by many women of one
    list, and pairing two of them would hide a removal."""
    out: dict[int, tuple[int, StagedRowRecord]] = {}
    if not added or not gone:
        return out

    def person_now(r: StagedRowRecord) -> int | None:
        if person_of_row is not None and (r.row_number in person_of_row or r.decision != "skip"):
            return person_of_row.get(r.row_number)
        # A row waiting with the person its row of the last version was decided by hand to be
        # (a respelling, ImportService._respelt) is that row until the lawyer says otherwise.
        # A row skipped is too: a skip keeps it out of the vault, it does not say the list
        # took her off and added another woman (the changes are the list's, not the decisions').
        certain = r.decision == "update" or (r.decision in (None, "", "skip") and (
            r.outcome == "certain" or respelt_from(r.match_explain) is not None))
        return r.match_person_id if certain else None

    def pair(key_then, key_now) -> None:
        then: dict = {}
        for n in gone:
            if n not in taken and (k := key_then(n)) is not None:
                then.setdefault(k, []).append(n)
        now: dict = {}
        for r in added:
            if r.row_number not in out and (k := key_now(r)) is not None:
                now.setdefault(k, []).append(r)
        for k, rows in now.items():
            if len(rows) == 1 and len(then.get(k, ())) == 1 and not _apart(
                    person_then.get(then[k][0]), person_now(rows[0])):
                out[rows[0].row_number] = (then[k][0], rows[0])
                taken.add(then[k][0])

    def in_script(key: str, script: str) -> str | None:
        part, count = identity_in(key, script)
        return part if count >= 2 else None

    def person_or_perhaps(r: StagedRowRecord) -> int | None:
        # before any decision, a row that waits with the very person the row then went to is
        # that row spelt otherwise, perhaps (_perhaps): a changed row, as the commit will
        # count it if she decides so, never her removal from the list and another woman added
        return person_now(r) or (r.match_person_id if _perhaps(r, person_of_row) else None)

    taken: set[int] = set()
    pair(person_then.get, person_or_perhaps)
    for script in ("original", "latin"):
        pair(lambda n, s=script: in_script(gone[n], s),
             lambda r, s=script: in_script(r.row_key, s))
    return out


def _perhaps(r: StagedRowRecord, person_of_row: dict[int, int] | None) -> bool:
    """A row not yet committed that waits with a vault person suggested (a probable match),
    nothing decided: the person it goes to is hers only if the lawyer says so."""
    return (person_of_row is None and r.outcome == "probable" and r.decision in (None, "")
            and r.match_person_id is not None)


def _apart(person_then: int | None, person_now: int | None) -> bool:
    """Whether the two rows went to two persons: the lawyer made the row now a new person
    rather than the woman of the row then, and the report must not call it her row."""
    return None not in (person_then, person_now) and person_then != person_now


_NAME_FIELDS = ("full_name", "given", "father", "grandfather", "family", "nickname")


def name_columns(mapping_json: str) -> dict[str, str]:
    """{label: field} of the columns a mapping reads names from, in the list's order."""
    return {label: f for label, f in stored_columns(mapping_json).items() if f in _NAME_FIELDS}


def listed_name(raw_json: str, labels: dict[str, str]) -> str:
    """The row's name as the list wrote it: its name cells, in the list's column order. A
    cell whose words its row's full name already holds, in order («Khalaf» under Father beside
    «Laila Khalaf Ilyas» under Full name), is left out: said after the full name it made a
    name the list never wrote, «Laila Khalaf Ilyas Khalaf». A ditto mark ('"', «نفسه») is no
    name and is left out too (ditto.py): «ريم», not «ريم " "»."""
    cells = [(k, " ".join(v.split())) for k, v in json.loads(raw_json or "{}").items()
             if k in labels and isinstance(v, str) and v.strip()
             and not is_ditto(v.strip(), Field(labels[k]))]
    full = [f" {fold(v)} " for k, v in cells if labels[k] == "full_name"]
    if not full:  # nothing to leave out: no cell folded (an import's report reads every row)
        return " ".join(v for _, v in cells)
    return " ".join(v for k, v in cells if labels[k] == "full_name" or not (
        (f := fold(v)).strip() and any(f" {f} " in x for x in full)))


def _columns_of(fields: Field | tuple[Field, ...], *mapping_jsons: str) -> set[str]:
    """Labels of the columns either mapping reads as one of fields (the list's running
    number, a date, her status)."""
    wanted = (fields,) if isinstance(fields, Field) else fields
    return {label for text in mapping_jsons for label, f in stored_columns(text).items()
            if f in wanted}


def _same_day(then: str, now: str) -> bool:
    """An Excel date number and the day it stands for ('41854' and '2014-08-03', as a cell
    formatted as a date reads): one date, the list's cell formatted otherwise."""
    days = {str(excel_day(t) or t.strip()) for t in (then, now)}
    return len(days) == 1


def _renamed_columns(mapping_then: str, mapping_now: str, headings_now: set[str]
                     ) -> dict[str, str]:
    """{label then: label now} of the columns a new version renamed (الحالة headed الوضع
    الحالي): the one column each version reads as a field, the old heading gone from the new
    version (headings_now: its columns), the new one not in the old. Compared under their
    labels, every row's status had changed from nothing."""
    if not mapping_then or not mapping_now:
        return {}
    then, now = stored_columns(mapping_then), stored_columns(mapping_now)

    def alone(columns: dict[str, Field], keep) -> dict[Field, str]:
        by: dict[Field, list[str]] = {}
        for label, f in columns.items():
            if f is not Field.IGNORE and keep(label):
                by.setdefault(f, []).append(label)
        return {f: labels[0] for f, labels in by.items() if len(labels) == 1}

    # A saved mapping carries the source's earlier headings: only the list's own count now.
    one_then = alone(then, lambda label: label not in headings_now)
    one_now = alone(now, lambda label: label in headings_now and label not in then)
    return {one_then[f]: one_now[f] for f in one_then.keys() & one_now.keys()}


def _dittos_of(then: dict[str, dict], now: dict[str, dict], columns: list[str]
               ) -> dict[str, list]:
    """{column: [its ditto then, its ditto now (None where the cell was none)]} of the
    columns shown (changed or left blank) with a ditto on either side."""
    return {c: [then.get(c), now.get(c)] for c in columns if c in then or c in now}


def _differences(old: dict, new: dict, skip: set[str] = frozenset(),
                 dates: set[str] = frozenset(), renames: dict[str, str] | None = None
                 ) -> tuple[dict[str, list[str]], dict[str, str], list[str]]:
    """What a row's cells say now against what they said, each as read ({label: text}: a ditto
    as the value it repeated): ({column: [before, now]} for values changed or given anew,
    {column: before} for cells now blank in a column the list still has, [columns with a value
    before that the list no longer has]). In the date columns, an Excel
    date number and its own day are the same value. renames: columns headed otherwise now
    (_renamed_columns), compared under their new heading."""
    if renames:
        old = {renames.get(k, k): v for k, v in old.items()}
    changed: dict[str, list[str]] = {}
    blanked: dict[str, str] = {}
    left_out: list[str] = []
    for c in dict.fromkeys([*old, *new]):
        then, now = old.get(c, ""), new.get(c, "")
        if c in skip or then == now or not (then.strip() or now.strip()):
            continue
        if c in dates and then.strip() and now.strip() and _same_day(then, now):
            continue
        if now.strip():
            changed[c] = [then, now]
        elif c in new:
            blanked[c] = then
        else:
            left_out.append(c)
    return changed, blanked, left_out


def _person(r: StagedRowRecord):
    return r.person if r.person is not None else person_from_json(r.person_json)


def _matched(r: StagedRowRecord, rows: dict[int, StagedRowRecord]) -> int | None:
    """The vault person a row was matched to, or the one the earlier row it repeats was."""
    seen: set[int] = set()
    while r.match_person_id is None and r.match_row_number in rows \
            and r.row_number not in seen:
        seen.add(r.row_number)
        r = rows[r.match_row_number]
    return r.match_person_id
