"""Rows decided to update a record that was edited afterwards: checked again before the commit."""

from __future__ import annotations

from app.importing.dedupe import doubts, with_note
from app.importing.report import both_said, field_word
from app.importing.staged import person_from_json
from app.matching.score import IDENTITY, Verdict, births_apart_from
from db.repositories.importing import BatchRecord, StagedRowRecord

# Kept in the row's explanation, which the review shows: why it waits although it was decided.
CHANGED = "the record changed after this row was decided"
# What keeps the importer from taking a row for a record unasked (dedupe.Match.certain), each a
# key: a field that tells two people apart disagreeing, a given, father's or grandfather's name
# only partly alike, births far apart. The score alone is left out: a village corrected on
# her record lowers it without saying she is someone else.
_PARTIAL = ("given", "father", "grandfather")
BIRTHS = "births apart"


def keys_of(score) -> dict[str, str]:
    """{doubt key: what it says, as the command line says it} of a row against a record."""
    out = {}
    for f in score.fields:
        if f.verdict == Verdict.MISMATCH and f.field in IDENTITY:
            out[f"{f.field} mismatch"] = field_word(f.field)
        elif f.verdict == Verdict.PARTIAL and f.field in _PARTIAL:
            out[f"{f.field} partial"] = f"{field_word(f.field)} only partly alike"
    if score.births_apart:
        out[BIRTHS] = score.births
    return out


def keys_explained(explain: str) -> set[str]:
    """The doubt keys a stored explanation says ('given match, sex mismatch; the birth years
    are 12 years apart'): what the row was decided despite, when the importer decided it."""
    summary, *notes = (explain or "").split("; ")
    out = {f"{f} {v}" for f, _, v in (item.rpartition(" ") for item in summary.split(", "))
           if v == Verdict.MISMATCH and f in IDENTITY or v == Verdict.PARTIAL and f in _PARTIAL}
    return out | ({BIRTHS} if any(births_apart_from(n) for n in notes) else set())


def keys_by_hand(d: dict, explain: str) -> set[str]:
    """What a decision by hand was made despite: the doubts it recorded (decide), else, for a
    decision recorded before those were, what it was refused for unless confirmed and what
    the row's explanation said."""
    if "doubts" in d:
        return set(d["doubts"])
    said = {f"{c['field']} mismatch" for c in d.get("contradicts", [])}
    return said | ({"given partial"} if d.get("given_partial") else set()) | \
        keys_explained(explain)


def with_followers(rows: list[StagedRowRecord], changed: set[int]
                   ) -> list[tuple[StagedRowRecord, int]]:
    """(row, the record it fills) of the changed rows (ImportRepository.changed_updates) and
    of the rows that go where one of them goes (a repeat of her row, a row carried with her
    decision): the commit puts those on her record too."""
    by_row = {r.row_number: r for r in rows}
    out = []
    for r in rows:
        lead, seen = r, set()
        while lead.decision == "same_as_row" and lead.match_row_number in by_row \
                and lead.row_number not in seen:
            seen.add(lead.row_number)
            lead = by_row[lead.match_row_number]
        if lead.row_number in changed and lead.decision == "update":
            out.append((r, lead.match_person_id))
    return out


def changed_against(session, repo, b: BatchRecord,
                    rows: list[tuple[StagedRowRecord, int]], hand: dict[int, dict]
                    ) -> list[dict]:
    """Those rows (each with the record it fills: with_followers) that the record as it is
    now doubts in a way it did not when they were decided: each waits for a decision again,
    kept with its record and why. hand: {row: its last decision by hand}. {row, case_no,
    what} each, what saying what disagrees now."""
    from app.importing.commit import survivor_of

    out = []
    for r, person_id in rows:
        if not r.person_json:
            continue
        target = survivor_of(session, person_id)
        d = doubts(person_from_json(r.person_json), target)
        then = keys_by_hand(hand[r.row_number], r.match_explain) \
            if r.row_number in hand else keys_explained(r.match_explain)
        now = keys_of(d.score)
        new = [k for k in now if k not in then]
        if not new:
            continue
        repo.ask_again(b.id, r.row_number, target.id, round(d.score.score, 3),
                       with_note(d.score.summary(), CHANGED))
        against = {f"{c['field']} mismatch": c for c in d.contradicts}
        out.append({"row": r.row_number, "case_no": target.case_no, "what": [
            f"{now[k]} ({both_said(against[k], 'record now')})" if k in against else now[k]
            for k in new]})
    return out


def changed_said(batch_id: int, changed: list[dict]) -> str:
    """The command line's words for rows put back to wait (ImportService.commit)."""
    rows = "; ".join(f"row {c['row']} against {c['case_no']}: {', '.join(c['what'])}"
                     for c in changed)
    many = "1 row was" if len(changed) == 1 else f"{len(changed)} rows were"
    return (f"batch {batch_id}: {many} decided to update a record that has changed since, and "
            f"now disagrees with it ({rows}); nothing was imported, and they wait for a "
            "decision: see `casekeeper review`")
