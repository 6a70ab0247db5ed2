"""What a person deciding a probable match reads: the list row beside the record it may be."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from app.decided_apart import apart_among
from app.domain.errors import NotFound
from app.domain.person import Person, Sex, Status, name_shown
from app.importing import notes
from app.importing.commit import survivor_of
from app.importing.dedupe import Doubts, doubts, more_tied_with, tied_with, without_tie
from app.importing.held import held_why
from app.importing.names_kept import would_keep
from app.importing.same_woman import same_woman
from app.importing.sex_said import sex_cells
from app.importing.signed_below import signed_below
from app.importing.staged import person_from_json

if TYPE_CHECKING:  # the service shows these cards when a row is decided
    from app.importing.service import ImportService


def person_card(p: Person) -> dict:
    """The stored facts that tell two people apart, as the vault holds them (nothing derived);
    the birth's range too ("birth": [earliest, latest, text]), which its text alone does not
    always say: 01/01/1998 of a list that writes 1 January for the year only is 1998."""
    return {"case_no": p.case_no, "name_original": p.full_name("original"),
            "name_latin": p.full_name("latin"), "given_unknown": p.given_unknown,
            "given_across": list(p.given_across), "sex": p.sex.value,
            "born": p.birth.text or p.birth.display(), "birth": list(p.birth.to_row()),
            "village": p.origin_village, "status": p.current_status.value,
            # where no part of her name is known, what she is known as: her names alone blank
            "known_as": p.known_as()}


# What a card holds when nothing is known: left out of the line, it says nothing.
_UNKNOWN = {"sex": Sex.UNKNOWN.value, "status": Status.UNKNOWN.value}


def card_text(card: dict, label: Callable[[str], str] = str,
              value: Callable[[str, str], str] = lambda _key, v: v,
              marked: Callable[..., str] = name_shown,
              known: Callable[[str, str], str] = lambda k, _sex: f"known as {k}") -> str:
    """One line of a person_card: names in both scripts, then what is known. label and value
    give the interface's words for a fact's name and its coded value (sex F, status missing),
    marked a name where her given name is unknown or written in the other script only (led by
    it), known what she is known as of her sex where she has no name ("known as أم خليل": the
    card of a kunya alone named no one); without them, the English names and the codes (the
    command line)."""
    across = card.get("given_across") or ("", "")
    names = " / ".join(marked(n, card.get("given_unknown", False), given_across=g)
                       for n, g in zip((card["name_original"], card["name_latin"]), across,
                                       strict=True) if n)
    if not names and card.get("known_as"):
        names = known(card["known_as"], card.get("sex", "U"))
    facts = [f"{label(k)}: {value(k, card[k])}" for k in ("sex", "born", "village", "status")
             if card[k] and card[k] != _UNKNOWN.get(k)]
    return " | ".join([f"{card['case_no']} {names}".strip(), *facts])


def _doubted(d: Doubts | None) -> dict:
    """What speaks against an update of a vault person, worked out now (the vault may have
    changed since staging): each is asked about once more, as the command line asks
    --despite-contradiction for it. Fields that tell two people apart and disagree; given
    names only partly alike {list, vault}; a score below UNLIKELY."""
    return {"contradicts": d.contradicts if d else [],
            "given_partial": d.given_partial if d else None,
            "score_now": round(d.score.score, 3) if d else None,
            "unlikely": bool(d and d.unlikely)}


def _fits_as_well(svc: ImportService, listed: Person | None, tie: dict | None,
                  shown: Person | None, updated_by: Callable[..., list[int]],
                  more: list[str] = ()) -> list[dict]:
    """The other vault records a tied row fits as well (the one tied, then each further
    namesake a given name alone fits as well: more), shown as the row's own candidate is:
    her card, the row's score against her when staged, what speaks against an update of her
    now, the rows of the list that update her already. Left out where she has been deleted
    since, or merged into the record shown or one named before (one record now)."""
    if listed is None or not tie or not tie["case_no"]:
        return []
    out: list[dict] = []
    seen = {shown.id} if shown is not None else set()
    for case_no in (tie["case_no"], *more):
        try:
            other = svc.session.persons.get(case_no)
        except NotFound:
            continue
        matched = other.id
        merged = ""
        if other.merged_into is not None:
            merged, other = other.case_no, survivor_of(svc.session, other.id)
        if other.id in seen:
            continue
        seen.add(other.id)
        # the namesakes named beside the tie scored within TIE of it (dedupe.RowMatcher)
        out.append({"case_no": other.case_no, "card": person_card(other), "merged_case": merged,
                    "score": tie["score"], **_doubted(doubts(listed, other)),
                    "updated_by": updated_by(matched, other.id)})
    return out


def _updaters(updating: dict[int, list[int]], row: int, *ids: int) -> list[int]:
    """The rows other than `row` that update any of the persons ids."""
    return sorted({n for pid in ids for n in updating.get(pid, ()) if n != row})


def waiting_rows(svc: ImportService, batch_id: int) -> list[dict]:
    """Rows of a staged batch that wait for a decision, each with what it may be: the vault
    person (her card) or the earlier row of the same list (its values)."""
    waiting = svc.undecided(batch_id)
    mapping_json = svc.batch(batch_id).mapping_json
    ids = sorted({r.match_person_id for r in waiting if r.match_person_id})
    persons = {p.id: p for p in svc.session.persons.get_many(ids)}
    # Only the earlier rows some waiting row points at, not the whole list again.
    earlier = svc.repo.raw_values(batch_id, sorted({r.match_row_number for r in waiting
                                                    if r.match_row_number}))
    # Rows of one woman, both asked about one vault person: each names the others.
    alike = same_woman(waiting)
    # The rows that update a vault person already (a certain match, an update decided): two
    # women of one list (Basima and Basma, sisters) must not become one record unawares.
    updating: dict[int, list[int]] = {}
    for n, pid in svc.repo.updates(batch_id):
        updating.setdefault(pid, []).append(n)
    out = []
    for r in waiting:
        updated_by = partial(_updaters, updating, r.row_number)
        p = persons.get(r.match_person_id) if r.match_person_id else None
        merged = ""
        if p is not None and p.merged_into is not None:
            # Merged into another since staging: the row is shown beside that record, the one
            # an update now goes to (as the commit does it).
            merged, p = p.case_no, survivor_of(svc.session, p.id)
        e = earlier.get(r.match_row_number) if r.match_row_number else None
        listed = person_from_json(r.person_json) if r.person_json else None
        d = doubts(listed, p) if p is not None and listed is not None else None
        # Matched to an earlier row: may it be taken as that woman without asking (see
        # ImportService._checked_join)?
        joinable = bool(p is None and e is not None and r.person_json
                        and svc.can_join(batch_id, r))
        tie, more = tied_with(r.match_explain or ""), more_tied_with(r.match_explain)
        fits = _fits_as_well(svc, listed, tie, p, updated_by, more)
        why = r.match_explain
        if tie and tie["case_no"] and not fits:
            # merged since into the record shown (or deleted): no tie left, none named
            why, tie, more = without_tie(why), None, []
        out.append({"row": r.row_number, "outcome": r.outcome, "values": json.loads(r.raw_json),
                    # {column: the sex its cell was read as}: a Kurmanji M is female
                    "sex_read": sex_cells(r.raw_json, mapping_json),
                    "score": r.match_score, "why": why,
                    "warnings": notes.loads(r.warnings_json),
                    "match_case": p.case_no if p else "",
                    # her name as stored (the data), and as the lists show it (English)
                    "match_name": p.display_name() if p else "",
                    "match_name_shown": p.shown_name() if p else "",
                    "candidate": person_card(p) if p else None,
                    # The record the row matched, when it has since been merged into the
                    # candidate shown.
                    "merged_case": merged,
                    # Its vault person (the one it matched, or the one chosen for it) has
                    # been deleted since staging.
                    "candidate_deleted": p is None and r.match_row_number is None
                    and (r.outcome != "new" or r.decision == "update"),
                    "same_as_row": r.match_row_number,
                    # Another record the row fits as well: {case_no, row, score}, or None.
                    "also_fits": tie,
                    # Each further namesake a given name alone fits as well: case numbers.
                    "more_fit": more,
                    # Those records (the tied one, then more_fit), as the candidate is shown:
                    # {case_no, card, merged_case, score, contradicts, given_partial,
                    # score_now, unlikely, updated_by} each. An update may go to one (--person).
                    "fits_as_well": fits,
                    # What speaks against an update of her (see _doubted).
                    **_doubted(d),
                    # What an update would keep of her names, the list's spellings added.
                    "names_kept": would_keep(p, listed) if d is not None else [],
                    # The other rows of the list that update her already.
                    "updated_by": updated_by(r.match_person_id, p.id) if p else [],
                    "earlier_values": json.loads(e) if e else None,
                    "earlier_sex_read": sex_cells(e, mapping_json) if e else {},
                    # the earlier row's woman, nothing against it: "update" joins her there
                    "joins_earlier_row": joinable,
                    # The other waiting rows of the list that are the same woman: a new
                    # person or an update decided for this row carries to them.
                    "same_woman": alike.get(r.row_number, []),
                    # only its own decision takes it, no bulk one (held.py): why, or None
                    "held": held_why(r),
                    # the row of the signature or total line above it (signed_below.py)
                    "signed_below": (line := signed_below(r)) and line[0]})
    # Two of a row's records decided two women: said where she decides, as `match` says it.
    apart = apart_among(svc.session.matching, [
        [w["match_case"], *(o["case_no"] for o in w["fits_as_well"])] if w["match_case"] else []
        for w in out])
    for w, pairs in zip(out, apart, strict=True):
        w["not_same"] = [{**a.to_dict(), "a_merged_into": a.decision.a_in,
                          "b_merged_into": a.decision.b_in, "said": a.line()} for a in pairs]
    return out
