"""What changed in a new version of a list since its last import: rows added, removed, changed."""

from __future__ import annotations

import json

from app.importing.staged import person_from_json
from db.repositories.importing import BatchRecord, ImportRepository, StagedRowRecord

SHOWN_CHANGES = 500  # rows listed by number in a report; the counts are always complete


def changes_since(repo: ImportRepository, previous: BatchRecord | None,
                  rows: list[StagedRowRecord], mapping_json: str = "",
                  person_of_row: dict[int, int] | None = None) -> dict:
    """Rows added, removed and changed since the last committed version of the same list.

    A row is the same person across versions when its name key is; it changed when any
    non-blank value did, and the report says which columns, from what, to what. The list's own
    running number (a serial column, in either version's mapping) is not a change: one row
    added at the top renumbers every row below it. A name listed again within one version is
    compared once and counted as repeated, so that the counts add up to the rows. Each row
    shown carries the name as listed and the case number of its person when known (before the
    commit, a new row has none yet); person_of_row: row -> person id, at the commit.
    """
    if previous is None:
        return {}
    before = repo.row_keys(previous.id)
    now: dict[str, StagedRowRecord] = {}
    repeats: list[tuple[StagedRowRecord, int]] = []
    for r in rows:
        if r.row_key in now:
            repeats.append((r, now[r.row_key].row_number))
        elif r.row_key:
            now[r.row_key] = r
    added = [r for k, r in now.items() if k not in before]
    removed = [n for k, (n, _) in before.items() if k not in now]
    differ = [(before[k][0], r) for k, r in now.items()
              if k in before and before[k][1] != r.row_hash]
    serial = _serial_columns(previous.mapping_json, mapping_json)
    old_raw = repo.raw_values(previous.id, [n for n, _ in differ] + removed[:SHOWN_CHANGES])
    changed = [(n, r, cols) for n, r, cols in ((n, r, _differences(
        old_raw.get(n, "{}"), r.raw_json, serial)) for n, r in differ) if cols]
    shown = added[:SHOWN_CHANGES] + [r for _, r, _ in changed[:SHOWN_CHANGES]] \
        + [r for r, _ in repeats[:SHOWN_CHANGES]]
    pid_of = {r.row_number: (person_of_row or {}).get(r.row_number) or r.match_person_id
              for r in shown}
    gone = repo.persons_of_rows(previous.id, removed[:SHOWN_CHANGES])
    cases = repo.case_numbers({*pid_of.values(), *gone.values()} - {None})
    names_now, names_then = _name_columns(mapping_json), _name_columns(previous.mapping_json)

    def who(r: StagedRowRecord) -> dict:
        name = _listed_name(r.raw_json, names_now) or (  # no mapping given: as read
            _person(r).display_name() if r.person is not None or r.person_json else "")
        return {"row": r.row_number, "name": name,
                "case_no": cases.get(pid_of[r.row_number], "")}

    return {"previous_batch": previous.id, "previous_file": previous.file_name,
            "added": len(added), "removed": len(removed), "changed": len(changed),
            "unchanged": len(now) - len(added) - len(changed), "repeated": len(repeats),
            # Rejected rows, and rows without a name part to know them by.
            "not_compared": sum(1 for r in rows if not r.row_key),
            "added_rows": [who(r) for r in added[:SHOWN_CHANGES]],
            "removed_rows": [{"row": n, "name": _listed_name(old_raw.get(n, "{}"), names_then),
                              "case_no": cases.get(gone.get(n), "")}
                             for n in removed[:SHOWN_CHANGES]],
            "changed_rows": [{**who(r), "previous_row": n, "columns": cols}
                             for n, r, cols in changed[:SHOWN_CHANGES]],
            "repeated_rows": [{**who(r), "same_as_row": first}
                              for r, first in repeats[:SHOWN_CHANGES]]}


_NAME_FIELDS = ("full_name", "given", "father", "grandfather", "family", "nickname")


def _name_columns(mapping_json: str) -> set[str]:
    """Labels of the columns a mapping reads names from."""
    try:
        columns = json.loads(mapping_json or "{}").get("columns", {})
    except (ValueError, AttributeError):
        return set()
    return {label for label, f in columns.items() if f in _NAME_FIELDS}


def _listed_name(raw_json: str, labels: set[str]) -> str:
    """The row's name as the list wrote it: its name cells, in the list's column order."""
    return " ".join(v.strip() for k, v in json.loads(raw_json or "{}").items()
                    if k in labels and v and v.strip())


def _serial_columns(*mapping_jsons: str) -> set[str]:
    """Labels of the columns either mapping reads as the list's running number."""
    out: set[str] = set()
    for text in mapping_jsons:
        try:
            columns = json.loads(text or "{}").get("columns", {})
        except (ValueError, AttributeError):
            continue
        out |= {label for label, f in columns.items() if f == "serial"}
    return out


def _differences(old_json: str, new_json: str, skip: set[str] = frozenset()
                 ) -> dict[str, list[str]]:
    """{column: [before, now]} for the values that differ, blanks included on either side."""
    old, new = json.loads(old_json), json.loads(new_json)
    return {c: [old.get(c, ""), new.get(c, "")] for c in dict.fromkeys([*old, *new])
            if c not in skip and old.get(c, "") != new.get(c, "")}


def _person(r: StagedRowRecord):
    return r.person if r.person is not None else person_from_json(r.person_json)
