"""Rows of one list that go to one woman and say two statuses of her: the list against itself."""

from __future__ import annotations

from app.domain.person import Status
from app.importing.pieces import Line, Said, Word, joined
from app.importing.staged import person_from_json

# Each template once; ui/import_report.py lists them for translation. %1 the rows, %2 her case
# number, %3 what each row says ("missing in row 2, rescued in row 3").
TO_RECORD = ("conflict within the list: %1 go to %2 and disagree on her status: %3; ask its "
             "sender which holds")
TO_NEW = ("conflict within the list: %1, one woman by the names, disagree on her status: %2; "
          "ask its sender which holds")
ONE_ROW = "%1 in row %2"
# the wizard's preview says the first few: a list pasted from two (before the rescues and
# after) has a conflict for most of its women, and a line each pushed its table off the screen
MORE = ("... and %1 more women on whom the list disagrees: each is said in the details of her "
        "rows, and the import's report lists all")
TEMPLATES = (TO_RECORD, TO_NEW, ONE_ROW, MORE)


def disagreeing(woman_of: dict[int, object], status_of: dict[int, Status],
                case_of: dict[object, str]) -> list[dict]:
    """woman_of: row -> the woman it goes to (a record's id, or the row that makes her); the
    rows of one woman whose statuses contradict (_side), each group as {case_no ('' for a
    new person), field, rows, said: [{row, status}]}. A row saying none says nothing against
    another."""
    groups: dict[object, list[int]] = {}
    for row in sorted(woman_of):
        if status_of.get(row, Status.UNKNOWN) != Status.UNKNOWN:
            groups.setdefault(woman_of[row], []).append(row)
    out = []
    for woman, rows in groups.items():
        if len({_side(status_of[n]) for n in rows}) > 1:
            out.append({"case_no": case_of.get(woman, ""), "field": "status", "rows": rows,
                        "said": [{"row": n, "status": status_of[n].value} for n in rows]})
    return out


# What a status says of her: held, out of captivity, or dead. Two rows saying two steps of one
# (rescued in one, reunited in the other; missing and sighted) are both true of her: only a
# list calling her held in one row and freed or dead in another contradicts itself.
_OUT = frozenset({Status.RESCUED, Status.REUNITED})


def _side(status: Status) -> str:
    return "dead" if status == Status.DECEASED else "out" if status in _OUT else "held"


def disagree_lines(found: list[dict], depth: int = 1, most: int | None = None) -> list[Line]:
    """'conflict within the list: rows 2, 3 go to SNJ-00024 and disagree on her status: missing
    in row 2, rescued in row 3; ask its sender which holds'; with most, the first most of them
    and a line saying how many more (two at least)."""
    if most is None or len(found) <= most + 1:  # "and 1 more" would take a line all the same
        return [disagree_line(d, depth) for d in found]
    return [*(disagree_line(d, depth) for d in found[:most]),
            Line(depth, [Said(MORE, len(found) - most)])]


def disagree_line(d: dict, depth: int = 1) -> Line:
    """The line of one woman the list disagrees on (disagreeing's group)."""
    rows = Said("rows %1", joined([str(n) for n in d["rows"]]))
    # a word inside a sentence ("missing in row 2"), not a label (Missing)
    said = joined([Said(ONE_ROW, Word("status_said", s["status"]), s["row"]) for s in d["said"]])
    return Line(depth, [Said(TO_RECORD, rows, d["case_no"], said) if d["case_no"]
                        else Said(TO_NEW, rows, said)])


def staged_disagreeing(rows: list, case_of: dict[int, str]) -> list[dict]:
    """disagreeing for a list read and not yet imported (the dry run): a row certain of a
    record goes to it, a row certain to repeat an earlier row goes with it, and any other row is
    a woman of its own; case_of: record id -> case number. A probable match is not yet she,
    of a record or of an earlier row: a sister's row was called one woman with her and a
    conflict to ask the sender about, where the lawyer decides two women (and with --yes it is
    a new person); decided as her, the report says the conflict. A row to be skipped again
    (skipped by hand last time, the same) says nothing of anyone."""
    from app.importing.skipped_then import skip_said

    by_number = {r.row_number: r for r in rows}
    woman_of: dict[int, object] = {}
    status_of: dict[int, Status] = {}
    for r in rows:
        if r.outcome == "rejected" or (r.person is None and not r.person_json) \
                or skip_said(r) == "skip":
            continue
        lead, seen = r, set()
        while not lead.match_person_id and lead.outcome == "certain" \
                and lead.match_row_number in by_number \
                and lead.row_number not in seen:  # up the list to the row that makes her
            seen.add(lead.row_number)
            lead = by_number[lead.match_row_number]
        certain = lead.outcome == "certain" and lead.match_person_id
        woman_of[r.row_number] = lead.match_person_id if certain else f"row {lead.row_number}"
        person = r.person if r.person is not None else person_from_json(r.person_json)
        status_of[r.row_number] = person.current_status
    return disagreeing(woman_of, status_of, case_of)
