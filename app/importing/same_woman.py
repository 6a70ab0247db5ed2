"""Rows of one list that the matching engine takes for one woman, each asked about one vault
person: the review names the others beside each, and a decision for one carries to the others,
so that a list naming her twice (in Latin letters and in Arabic script) never makes two records.

The matcher sends such a row to the vault person, not to the earlier row: each scores as well
against her as against the other (0.966 for three names alike), and the vault wins a tie.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.importing.commit import survivor_of
from app.importing.decisions import record_carried
from app.importing.dedupe import LOOKED_AT, PROBABLE, doubts
from app.importing.report import field_word
from app.importing.staged import person_from_json
from app.matching.blocking import BlockIndex
from app.matching.score import Verdict, prepare
from db.repositories.importing import ImportRepository, StagedRowRecord

BY_HAND = "by hand"  # what carried rows along, in the trail: a decision for one row


def same_woman(rows: Iterable[StagedRowRecord]) -> dict[int, list[int]]:
    """row -> the other rows (ascending) asked about the same vault person that are one woman
    with it: scored by the matching engine at PROBABLE or more, with no field that tells two
    people apart disagreeing, and the given names alike, not partly (sisters share every other
    name, and each may resemble the vault's record of one of them). Rows with no vault
    candidate, certain rows and rejected rows are left out."""
    groups: dict[int, list[StagedRowRecord]] = {}
    for r in rows:
        if r.outcome == "probable" and r.match_person_id is not None and (
                r.person is not None or r.person_json):
            groups.setdefault(r.match_person_id, []).append(r)
    out: dict[int, list[int]] = {}
    for group in groups.values():
        if len(group) > 1:
            for women in _women(sorted(group, key=lambda r: r.row_number)):
                for n in women:
                    out[n] = [m for m in women if m != n]
    return dict(sorted(out.items()))


def _women(group: list[StagedRowRecord]) -> list[list[int]]:
    """The group's rows gathered into women: a row joins the first woman every row of whom
    it is one woman with, pair by pair. Linked only in a chain (Basima, بسمة, Basma: the
    Arabic spelling is each sister's), rows would make one woman of two sisters."""
    alike = set(_pairs(group))
    women: list[list[int]] = []
    for r in group:
        n = r.row_number
        home = next((w for w in women if all((m, n) in alike for m in w)), None)
        if home is None:
            women.append([n])
        else:
            home.append(n)
    return [w for w in women if len(w) > 1]


def _pairs(group: list[StagedRowRecord]) -> Iterable[tuple[int, int]]:
    """The pairs of one woman in a group, each row against the rows before it; the blocking
    index bounds the work as the matcher's does (a common name may be asked about by
    hundreds of rows)."""
    index = BlockIndex()
    for r in group:
        person = r.person if r.person is not None else person_from_json(r.person_json)
        me = prepare(person)
        for _score, earlier in index.scores(me, person, PROBABLE, looked_at=LOOKED_AT):
            fields = index.explain(me, earlier).score
            if not fields.contradictions() and not any(
                    f.field == "given" and f.verdict == Verdict.PARTIAL for f in fields.fields):
                yield earlier, r.row_number
        index.add(r.row_number, person, prepared=me)


def leads(links: dict[int, list[int]]) -> dict[int, int]:
    """For rows all to be new persons at once (import --yes, review --all create): row -> the
    earlier row of her it joins instead of becoming a record of its own. Each joins the first
    row of her in the list, so that every chain runs back up the list (the commit follows
    rows in order)."""
    return {n: others[0] for n, others in links.items() if others[0] < n}


def join_in_bulk(rows: list[StagedRowRecord]) -> None:
    """Rows just decided create all at once (import --yes), in memory: each row of a woman
    listed before goes where her first row goes instead (see leads)."""
    joined = leads(same_woman(r for r in rows if r.decision == "create"))
    for r in rows:
        if r.row_number in joined:
            r.decision, r.match_row_number = "same_as_row", joined[r.row_number]


def carried_rows(rows: Iterable[StagedRowRecord]) -> dict[int, list[int]]:
    """lead -> the rows that follow it (a probable match decided same_as_row), for the trail."""
    return by_lead({r.row_number: r.match_row_number for r in rows if follows_row(r)})


def follows_row(r: StagedRowRecord) -> bool:
    """A row asked about a vault person that goes with another row of her instead (see
    ImportRepository.follow); a row asked about an earlier row and said to be her joins that
    row as a repeat does, and is not one of these."""
    return r.outcome == "probable" and r.decision == "same_as_row" \
        and r.match_person_id is not None


def by_lead(joined: dict[int, int]) -> dict[int, list[int]]:
    """{row: the row it goes with} turned round: lead -> its rows, ascending."""
    out: dict[int, list[int]] = {}
    for n, lead in sorted(joined.items()):
        out.setdefault(lead, []).append(n)
    return out


def carry(session, repo: ImportRepository, batch_id: int, lead: StagedRowRecord,
          person_id: int | None) -> dict:
    """After row `lead` (as it was before its decision) was decided create, or update of
    person_id: the rows still waiting that are one woman with it go where it goes. An update
    goes only to rows with nothing against that person (a field that tells two people apart,
    a given name partly alike, a score below UNLIKELY), as a decision by hand would; the
    others keep waiting, each with why. Returns {"carried": rows, "still_waiting": [{row,
    why}]}."""
    waiting = [r for r in repo.rows(batch_id, undecided=True) if r.row_number != lead.row_number]
    linked = same_woman([lead, *waiting]).get(lead.row_number, [])
    target = survivor_of(session, person_id) if person_id is not None else None
    carried, still = [], []
    for r in (r for r in waiting if r.row_number in linked):
        doubt = doubts(person_from_json(r.person_json), target) if target is not None else None
        if doubt:
            still.append({"row": r.row_number, "why": _doubt_text(doubt, target.case_no)})
            continue
        repo.follow(batch_id, r.row_number, lead.row_number)
        carried.append(r.row_number)
    record_carried(session, batch_id, lead.row_number, carried, BY_HAND)
    return {"carried": carried, "still_waiting": still}


def _doubt_text(doubt, case_no: str) -> str:
    """Why an update is not carried to a row, as `review --row` would refuse it."""
    if doubt.contradicts:
        return (f"it contradicts {case_no} on "
                + ", ".join(field_word(c["field"]) for c in doubt.contradicts))
    if doubt.given_partial:
        return f"its given name only partly agrees with {case_no}'s"
    return f"it scores {doubt.score.score:.3f} against {case_no}: unlikely one person"


def rows_text(rows: list[int]) -> str:
    """'row 40' or 'rows 5, 40', as the command line names the rows of one woman."""
    return ("row " if len(rows) == 1 else "rows ") + ", ".join(map(str, rows))
