"""Bringing a list row into an existing person: fill blanks, keep other spellings, report conflicts.

Never overwrites a value with a blank, and never overwrites a value the vault already holds (but
one this very list's last version gave her: where she is now, which moves, and what its sender
sets right, app/importing/sender_corrects.py; commit.listed_before says which): a
differing name spelling is kept where that name's other spellings go (app/name_spellings.py:
her own as aliases, a forebear's inside her whole name), a status further along her case is
added to her history, a date that lies inside the vault's and says fewer days narrows it (see
app/importing/narrowing.py), a list's note is added to hers, marked with where it came from (see
app/importing/list_notes.py), any other differing value is reported as a conflict for the user
to settle by hand.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from app.audit import now_utc
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Sex, Status, StatusEvent
from app.importing.dedupe import norm
from app.importing.fields import fold_header
from app.importing.list_notes import already_noted, with_note
from app.importing.narrowing import Verdict, weigh
from app.importing.sex_said import listed_sex
from app.matching.score import names_as_read, same_place
from app.name_spellings import take_spellings

# Where she is now is one of them: a list's other place (Germany where the vault says Sharya
# camp) may be news or an old list, and the lawyer settles it.
_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "abduction_circumstances", "last_known_location", "notes")


@dataclass
class MergeResult:
    person: Person
    changes: list[str] = field(default_factory=list)  # field names filled or extended
    conflicts: list[dict] = field(default_factory=list)  # {field, vault, list}
    status_change: tuple[str, str] | None = None  # (vault, list) when her case moved forward
    # When the list said the new status came about ('5/2019' from its rescue-date column), as
    # typed: said beside the change, a date set without being shown cannot be checked
    status_date: str = ""
    # her names the list spells otherwise, hers kept and the list's an other spelling
    # (name_spellings.Spellings.kept): the report says so on the row, not "updated" alone
    names_kept: list[dict] = field(default_factory=list)


# Where she is now moves with time. When the place the vault keeps is what this very list's
# last version said of her row, a new place in its next version is the list's own news, not
# another list's word against it: taken (the trail keeps the old place, and a withdrawal puts
# it back). Her origin village or where she was taken do not move: a list changing them is
# still a conflict for the lawyer.
MOVES = ("last_known_location",)


def merge_into(old: Person, new: Person, note_mark: str = "",
               listed_before: dict[str, list[str]] | None = None, older: bool = False
               ) -> MergeResult:
    """old with what new adds. note_mark: where a list row's note comes from
    (list_notes.note_mark); given, the row's note is added to her notes, not set against them
    (typed details carry none: their note differing from hers is for the person to settle).
    listed_before: {field of MOVES, or one its sender corrects: the cells this list's last
    version gave for her row}, where that version's word is hers (commit.listed_before).
    older: a later version of the same list, committed before this one, went to her: its
    status is the list's last word, and this one's other status is noted, not taken."""
    new = names_as_read(new, old)  # a row that left out the father: her names where they belong
    p = copy.deepcopy(old)
    out = MergeResult(p)
    _names(p, new, out)
    if p.sex is Sex.UNKNOWN and new.sex is not Sex.UNKNOWN:
        p.sex = new.sex
        out.changes.append("sex")
    elif new.sex is not Sex.UNKNOWN and new.sex != p.sex:
        # the cell as written and its reading: a Kurmanji N quoted as the M it was read as
        # reads, to anyone who knows Kurmanji, as female (sex_said.py)
        out.conflicts.append({"field": "sex", "vault": p.sex.value, **listed_sex(new)})
    for name in ("birth", "abduction_date"):
        mine, theirs = getattr(p, name), getattr(new, name)
        verdict = weigh(mine, theirs)
        if verdict is Verdict.TAKE:  # blank, or known better: the trail keeps the old value
            setattr(p, name, theirs)
            out.changes.append(name)
        elif verdict is Verdict.CONFLICT and any(
                norm(then) == norm(mine.text) for then in (listed_before or {}).get(name, ())):
            # its sender setting right what only its list's last version gave (as written)
            setattr(p, name, theirs)
            out.changes.append(name)
        elif verdict is Verdict.CONFLICT:
            out.conflicts.append({"field": name, "vault": mine.text or mine.display(),
                                  "list": theirs.text})
    for name in _TEXT:
        mine, theirs = getattr(p, name).strip(), getattr(new, name).strip()
        written = getattr(new, "village_written", "").strip() if name == "origin_village" else ""
        if not theirs or norm(mine) == norm(theirs) or (
                name == "origin_village" and mine and any(
                    same_place(mine, v) for v in (theirs, written) if v)):
            continue
        if name == "notes" and note_mark:
            if not already_noted(mine, theirs):
                p.notes = with_note(p.notes, theirs, note_mark)
                out.changes.append(name)
            continue
        # listed_before holds a field of MOVES or one the sender may correct
        # (sender_corrects.py) only where its list's last version gave what the vault holds
        if not mine or any(same_value(name, then, mine)
                           for then in (listed_before or {}).get(name, ())):
            setattr(p, name, theirs)
            out.changes.append(name)
        elif written and written != theirs:
            # Quoted as the list wrote it, and as the importer read it: the lawyer looks for
            # 'Girêzer' in the list, not the vault's كرعزير it was taken for.
            out.conflicts.append({"field": name, "vault": mine, "list": written,
                                  "read_as": theirs})
        else:
            out.conflicts.append({"field": name, "vault": mine, "list": theirs})
    _status(p, new, out, older)
    return out


def same_value(field_name: str, a: str, b: str) -> bool:
    """Whether two values of a field say the same: a village read as another spelling is it."""
    return norm(a) == norm(b) or (field_name == "origin_village" and bool(a and b)
                                  and same_place(a, b))


def _names(p: Person, new: Person, out: MergeResult) -> None:
    # The rule a merge follows too: her own names' other spellings are aliases, a forebear's
    # or clan's only inside her whole name as the list spells it.
    taken = take_spellings(p, new)
    out.changes += taken.changes
    out.conflicts += taken.conflicts
    out.names_kept += taken.kept


def _status(p: Person, new: Person, out: MergeResult, older: bool = False) -> None:
    _rescue_date(p, new, out)
    if not new.status_events:
        return
    listed = new.status_events[-1]
    if not p.status_events and listed.status is not Status.DECEASED:
        # Her first status, told by this list: known by the day of the import unless the list
        # says when, as for a status further along her case below, and recorded now (a person
        # this import is still making gets her stamp when she is written).
        when = listed.date if not listed.date.is_blank else FuzzyDate.by(date.today())
        p.status_events.append(StatusEvent(
            listed.status, when, listed.note, listed.report_id,
            recorded_at=listed.recorded_at or (now_utc() if p.id is not None else "")))
        out.changes.append("status")
        out.status_change = (Status.UNKNOWN.value, listed.status.value)
        out.status_date = _said_when(listed.date)
    elif listed.status == (before := p.current_status):
        # The same status with another date: one that says more of when (rescued 12/03/2019
        # where the vault knew her rescued by 2020) dates it; one that does not fit (rescued
        # 2019 where the vault says 2016) is noted for the lawyer, not taken.
        verdict = weigh(p.current_event.date, listed.date, known_by=before in _LASTING)
        if verdict is Verdict.CONFLICT or (
                verdict is Verdict.TAKE and not _dated(p, p.current_event, listed.date, out)):
            out.conflicts.append(status_conflict(before, listed, p.current_event))
        return
    elif moves_forward(p.current_status, listed.status) and not older:
        # A list of the rescued is how most rescues reach the vault: her history gains the
        # list's status, known by the day of the import, which is all the list tells (it says
        # where she is now, not since when), and so newer than anything the vault knew.
        # Recorded now, after her stored events; a person this import is still making has
        # none stored, and all her events get one stamp when she is written.
        # A list that says when ("freed 2017") keeps its date, if that leaves her there.
        stored = any(ev.recorded_at for ev in p.status_events)
        when = listed.date if not listed.date.is_blank else FuzzyDate.by(date.today())
        p.status_events.append(StatusEvent(listed.status, when, listed.note,
                                           recorded_at=now_utc() if stored else ""))
        if p.current_status is not listed.status:   # dated before what the vault knows
            p.status_events.pop()
            out.conflicts.append(status_conflict(before, listed, p.current_event))
            return
        out.changes.append("status")
        out.status_change = (before.value, listed.status.value)
        out.status_date = _said_when(listed.date)
    else:
        # An old list must not silently move a person back to "missing", nor an older version
        # of a list forward past what its newer version said (rescued in v1, taken back in
        # v2, v1 committed last): the user decides.
        out.conflicts.append(status_conflict(p.current_status, listed, p.current_event))


def _said_when(when: FuzzyDate) -> str:
    """A list's date of a status as it typed it ('5/2019'), or '' where it gave none."""
    return "" if when.is_blank else when.text or when.display()


# Statuses that last: known so by a day, she may still be so later. A rescue, a reunion and a
# death happen once, and a list's later day for one the vault knew by then disagrees with it.
_LASTING = {Status.MISSING, Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION}


def _rescue_date(p: Person, new: Person, out: MergeResult) -> None:
    """The list's date of her rescue beside a reunion (ListedPerson.rescued_on), held against
    the rescue the vault knows (the last told): a day inside it dates it, a day outside it is a
    conflict. With no rescue in the vault it stays in the reunion's note."""
    listed = getattr(new, "rescued_on", FuzzyDate())
    rescues = [ev for ev in p.status_events if ev.status is Status.RESCUED]
    if listed.is_blank or not rescues:
        return
    held = rescues[-1]
    verdict = weigh(held.date, listed)
    if verdict is Verdict.CONFLICT or (
            verdict is Verdict.TAKE and not _dated(p, held, listed, out)):
        out.conflicts.append({"field": "rescue_date", "vault": _said(held.date),
                              "list": listed.text or listed.display()})


def _dated(p: Person, ev: StatusEvent, when: FuzzyDate, out: MergeResult) -> bool:
    """Give one of her status events the list's date, unless that would change which status is
    hers (a rescue dated back before a sighting told earlier): False then, nothing changed."""
    before, held = p.current_status, ev.date
    ev.date = when
    if p.current_status is not before:
        ev.date = held
        return False
    out.changes.append(f"status_date.{ev.status.value}")
    return True


def _said(d: FuzzyDate) -> str:
    return d.text or d.display()


def status_conflict(vault: Status, ev: StatusEvent, held: StatusEvent | None = None) -> dict:
    """A list's status the vault did not take, with its date and its own words ('deceased,
    2019 «died in Baghuz 2019»'): what the lawyer needs to settle it without the file. The
    status alone too (list_status), for an interface that names it in its own language, and
    the date of the status the vault keeps (held, her current event; vault_date): 'rescued'
    against 'missing' says nothing of which is the newer word. Not a date that says only by
    when it was known (a list's undated status, known by the day of its import): that says
    when it was recorded, not when it happened."""
    dated = f", {ev.date.display()}" if not ev.date.is_blank else ""
    note = "" if only_its_word(ev.status.value, ev.note) else ev.note
    kept = {"vault_date": _said(held.date)} if held and held.date.earliest else {}
    # the list's date alone, as a command takes it (the report's hint: report.py)
    listed = {"list_date": ev.date.display()} if not ev.date.is_blank else {}
    return {"field": "status", "vault": vault.value, **kept, "list_status": ev.status.value,
            **listed, "list": f"{ev.status.value}{dated}" + (f" {note}" if note else "")}


def only_its_word(status: str, note: str) -> bool:
    """Whether a status's note is the list's word for it and that word is only the status's
    own («located», «Located»): said after the status it repeats it. «محررة», «freed 2017»
    say more (the list's language, a date) and are kept. Her status timeline keeps the note
    as the list gave it."""
    if not (note.startswith("«") and note.endswith("»")):
        return False
    return fold_header(note[1:-1]) == fold_header(status.replace("_", " "))


def note_beside_status(status: str, note: str, names: tuple[str, ...] = ()) -> str:
    """A status's note as a reader is shown it beside the status, on her page and in every
    document: blank where it is only the list's word for the status («located» beside حُدد
    مكانها) or one of names, the status's own names in the reader's language (a list's
    «مفقودة» or «مفقود» beside مفقودة); a word that says more («seen in Raqqa», «محررة»
    beside أُنقذت, «freed 2017») and a note typed by hand, as they are."""
    return "" if any(only_its_word(word, note) for word in (status, *names)) else note


# A captive's case moves this way; reunited is the end of it.
_COURSE = (Status.MISSING, Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION,
           Status.RESCUED, Status.REUNITED)


def moves_forward(vault: Status, listed: Status) -> bool:
    """Whether a list's status is news after the vault's, not an older list's word for it:
    further along her case (missing -> rescued). Anything else is for the user to settle: an
    old list (rescued -> missing), and every death, which a family must never learn of from
    a list the lawyer did not confirm."""
    if listed not in _COURSE:
        return False
    if vault is Status.UNKNOWN:
        return True
    return vault in _COURSE and _COURSE.index(listed) > _COURSE.index(vault)
