"""Rows of one list that the matching engine takes for one woman, each asked about one vault
person: the review names the others beside each, and a decision for one carries to the others,
so that a list naming her twice (in Latin letters and in Arabic script) never makes two records.

The matcher sends such a row to the vault person, not to the earlier row: each scores as well
against her as against the other (0.966 for three names alike), and the vault wins a tie.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from app.importing import notes
from app.importing.commit import survivor_of
from app.importing.decisions import record_carried
from app.importing.dedupe import (
    LOOKED_AT,
    PROBABLE,
    TIE,
    asked_again_from,
    asked_again_note,
    doubts,
    forebears_partly,
    tied_note,
    with_note,
)
from app.importing.held import HELD_SAID, held_why
from app.importing.pieces import joined
from app.importing.report import field_said, field_word
from app.importing.staged import person_from_json
from app.matching.blocking import BlockIndex
from app.matching.score import MatchScore, Verdict, births_apart_from, prepare, score_persons
from db.repositories.importing import ImportRepository, StagedRowRecord

BY_HAND = "by hand"  # what carried rows along, in the trail: a decision for one row


def same_woman(rows: Iterable[StagedRowRecord]) -> dict[int, list[int]]:
    """row -> the other rows (ascending) asked about the same vault person that are one woman
    with it: scored by the matching engine at PROBABLE or more, with no field that tells two
    people apart disagreeing nor births far apart (_apart), and the given names alike, not
    partly (sisters share every other name, and each may resemble the vault's record of one
    of them). Rows with no vault
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
    """The pairs of one woman in a group: the names alike (_alike) and nothing that the
    importer asks about against a vault record disagreeing (_apart)."""
    for earlier, n, fields in _alike(group):
        if not _apart(fields):
            yield earlier, n


def _alike(group: list[StagedRowRecord]) -> Iterable[tuple[int, int, MatchScore]]:
    """The pairs of a group whose names are one woman's, each row against the rows before it,
    with their score; the blocking index bounds the work as the matcher's does (a common name
    may be asked about by hundreds of rows)."""
    index = BlockIndex()
    for r in group:
        person = r.person if r.person is not None else person_from_json(r.person_json)
        me = prepare(person)
        for _score, earlier in index.scores(me, person, PROBABLE, looked_at=LOOKED_AT):
            fields = index.explain(me, earlier).score
            # a cousin: her father's or grandfather's name a letter apart (حسن, حسين)
            if not forebears_partly(fields) and not any(
                    f.field == "given" and f.verdict == Verdict.PARTIAL
                    or f.field in _NAMES and f.verdict == Verdict.MISMATCH for f in fields.fields):
                yield earlier, r.row_number, fields
        index.add(r.row_number, person, prepared=me)


# The name parts that make "the same names": one disagreeing is another woman's row, said
# nothing of here; the given name only partly alike is her sister's.
_NAMES = frozenset({"given", "father", "grandfather"})


def _apart(fields: MatchScore) -> bool:
    """What makes a row against a vault record asked about however well the names agree
    (dedupe.Match.certain): her mother's name or sex given in both and different, births
    more than a few years apart. Two rows so were joined as one woman unasked, and one record
    was built from both rows' births and mothers."""
    return bool(fields.contradictions()) or fields.births_apart


def kept_apart(rows: Iterable[StagedRowRecord]) -> dict[int, list[tuple[int, MatchScore]]]:
    """row -> the earlier rows asked about the same vault person that give the same names
    but are not joined with it (_apart), each with its score: said on the row, so that the
    lawyer sees why two rows of one name wait each on its own."""
    groups: dict[int, list[StagedRowRecord]] = {}
    for r in rows:
        if r.outcome == "probable" and r.match_person_id is not None and (
                r.person is not None or r.person_json):
            groups.setdefault(r.match_person_id, []).append(r)
    out: dict[int, list[tuple[int, MatchScore]]] = {}
    for group in groups.values():
        if len(group) > 1:
            for earlier, n, fields in _alike(sorted(group, key=lambda r: r.row_number)):
                if _apart(fields):
                    out.setdefault(n, []).append((earlier, fields))
    return {n: sorted(v, key=lambda e: e[0]) for n, v in sorted(out.items())}


def say_kept_apart(rows: list[StagedRowRecord]) -> None:
    """At staging: each row kept apart from an earlier row of the same names says so among
    its warnings, with why (notes.KEPT_APART_BIRTHS, notes.KEPT_APART)."""
    apart = kept_apart(rows)
    for r in rows:
        if r.row_number in apart:
            r.warnings_json = notes.dumps([*notes.loads(r.warnings_json), *(
                apart_note(earlier, fields) for earlier, fields in apart[r.row_number])])


def apart_note(earlier: int, fields: MatchScore) -> notes.Note:
    """Why row `earlier` and this one are not one woman unasked."""
    against = [f.field for f in fields.contradictions()]
    if not against:
        return notes.Note(notes.KEPT_APART_BIRTHS, earlier, births_apart_from(fields.births)[0])
    said = [field_said(f) for f in against] + (
        [field_said("birth")] if fields.births_apart else [])
    return notes.Note(notes.KEPT_APART, earlier, joined(said))


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


def wait_again(repo: ImportRepository, batch_id: int, row: StagedRowRecord) -> list[int]:
    """Before `row` is decided anew (another decision, or another person): the rows whose own
    decision was taken through it wait for one again, each saying why in its reason (an
    asked-again note). Returns the rows that depended on it as a row of another woman's: they
    are not to be carried along with it again.

    - The rows that went with it as the same woman (carried with its decision, or said by
      hand to be its woman): they were checked against what it was to be.
    - Where it went with another row itself (a repeat of her, or carried with her decision),
      the later rows of that woman whose decision went through its being her: a row carried
      with her was one woman with every row of her before it, this one included; a repeat
      that fits this row (or, a repeat of this row, a row of her other rows) as well as the
      row it matched was certain only because the two were one woman (RowMatcher: a list
      naming her three times). Now they may be two women, and which it is, is asked."""
    going = {r.row_number: r for r in repo.going_with_rows(batch_id)}
    me = row.row_number
    again: dict[int, str] = {}
    for r in going.values():
        if r.outcome == "probable" and r.match_row_number == me:
            again[r.row_number] = r.match_explain
    depended: list[int] = []
    if row.decision == "same_as_row" and row.match_row_number is not None and row.person_json:
        for r, tie in _through(repo, batch_id, row, going):
            again[r.row_number] = with_note(r.match_explain, tie) if tie else r.match_explain
            depended.append(r.row_number)
    repo.wait_again(batch_id, [(n, _asked_again(explain, me))
                               for n, explain in sorted(again.items())])
    return depended


def _through(repo: ImportRepository, batch_id: int, row: StagedRowRecord,
             going: dict[int, StagedRowRecord]) -> Iterable[tuple[StagedRowRecord, str]]:
    """The later rows of the woman `row` went with whose decision went through it (see
    wait_again), each with the tie it is now ('' for a row carried with her)."""
    def chain(n: int | None) -> list[int]:  # the row and those it goes with, up the list
        out: list[int] = []
        while n is not None and n not in out:
            out.append(n)
            n = going[n].match_row_number if n in going else None
        return out

    me = row.row_number
    top = chain(me)[-1]
    # The woman's rows split in two: this row's side (it and the rows going with her through
    # it) and the other (the rows going with her otherwise, her first row among them).
    side = {n: me in chain(n) for n in going if chain(n)[-1] == top}
    side[top] = False
    persons: dict[int, object] = {}

    def person(n: int):
        if n not in persons:
            r = going.get(n) or repo.row(batch_id, n)
            persons[n] = person_from_json(r.person_json) if r and r.person_json else None
        return persons[n]

    for n in sorted(k for k in side if k > me):
        r = going[n]
        if r.outcome == "probable" and r.match_person_id is not None and not side[n]:
            yield r, ""  # carried with her decision: one woman with this row too
        elif r.outcome == "certain" and person(n) is not None:
            others = [m for m, mine in side.items() if m < n and mine != side[n]
                      and person(m) is not None]
            best = max(((round(score_persons(person(n), person(m)).score, 3), m)
                        for m in others), default=None)
            if best is not None and best[0] >= (r.match_score or 0) - TIE:
                yield r, tied_note(f"row {best[1]}", best[0])


def _asked_again(explain: str, row: int) -> str:
    """A reason with the asked-again note for `row`, in place of any it held before."""
    kept = "; ".join(n for n in (explain or "").split("; ") if asked_again_from(n) is None)
    return with_note(kept, asked_again_note(row))


def carry(session, repo: ImportRepository, batch_id: int, lead: StagedRowRecord,
          person_id: int | None, apart: Collection[int] = ()) -> dict:
    """After row `lead` (as it was before its decision) was decided create, or update of
    person_id: the rows still waiting that are one woman with it go where it goes. An update
    goes only to rows with nothing against that person (a field that tells two people apart,
    a given name partly alike, a score below UNLIKELY), as a decision by hand would; the
    others keep waiting, each with why. Rows in apart (a row of another woman's that depended
    on this row: wait_again) are not carried. Returns {"carried": rows, "still_waiting":
    [{row, why}]}."""
    waiting = [r for r in repo.rows(batch_id, undecided=True) if r.row_number != lead.row_number
               and r.row_number not in apart]
    linked = same_woman([lead, *waiting]).get(lead.row_number, [])
    target = survivor_of(session, person_id) if person_id is not None else None
    carried, still = [], []
    for r in (r for r in waiting if r.row_number in linked):
        if why := held_why(r):  # only its own decision takes it (held.py)
            still.append({"row": r.row_number, "why": HELD_SAID[why]})
            continue
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
