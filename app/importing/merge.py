"""Bringing a list row into an existing person: fill blanks, keep other spellings, report conflicts.

Never overwrites a value with a blank, and never overwrites a value the vault already holds: a
differing name spelling becomes an alias, a status further along her case is added to her
history, a date that lies inside the vault's and says fewer days narrows it (see
app/importing/narrowing.py), any other differing value is reported as a conflict for the user
to settle by hand.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from app.audit import now_utc
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex, Status, StatusEvent
from app.importing.dedupe import norm
from app.importing.fields import fold_header
from app.importing.narrowing import Verdict, weigh
from app.matching.namesim import text_sim
from app.matching.score import PARTIAL_AT, names_as_read, same_place

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


def merge_into(old: Person, new: Person) -> MergeResult:
    new = names_as_read(new, old)  # a row that left out the father: her names where they belong
    p = copy.deepcopy(old)
    out = MergeResult(p)
    _names(p, new, out)
    if p.sex is Sex.UNKNOWN and new.sex is not Sex.UNKNOWN:
        p.sex = new.sex
        out.changes.append("sex")
    elif new.sex is not Sex.UNKNOWN and new.sex != p.sex:
        out.conflicts.append({"field": "sex", "vault": p.sex.value, "list": new.sex.value})
    for name in ("birth", "abduction_date"):
        mine, theirs = getattr(p, name), getattr(new, name)
        verdict = weigh(mine, theirs)
        if verdict is Verdict.TAKE:  # blank, or known better: the trail keeps the old value
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
        if not mine:
            setattr(p, name, theirs)
            out.changes.append(name)
        elif written and written != theirs:
            # Quoted as the list wrote it, and as the importer read it: the lawyer looks for
            # 'Girêzer' in the list, not the vault's كرعزير it was taken for.
            out.conflicts.append({"field": name, "vault": mine, "list": written,
                                  "read_as": theirs})
        else:
            out.conflicts.append({"field": name, "vault": mine, "list": theirs})
    _status(p, new, out)
    return out


def _names(p: Person, new: Person, out: MergeResult) -> None:
    known = {norm(a) for a in p.aliases}
    for text in p.names.values():
        known |= {norm(text.original), norm(text.latin)}
    respelt: set[str] = set()  # scripts in which the list spells a forebear's or clan's name
    for part, text in new.names.items():
        mine = p.name(part)
        for script in ("original", "latin"):
            value = getattr(text, script).strip()
            if not value:
                continue
            if not getattr(mine, script).strip():
                other = getattr(mine, "latin" if script == "original" else "original").strip()
                if other and text_sim(value, other) < PARTIAL_AT:
                    # Another name, not her name in the other script (an update the lawyer
                    # allowed across a contradiction): filled in, her record would say الياس
                    # in one script and Khalaf in the other. The lawyer settles it by hand.
                    out.conflicts.append({"field": f"{part.value}.{script}", "vault": other,
                                          "list": value})
                    continue
                setattr(mine, script, value)
                out.changes.append(f"{part.value}.{script}")
                known.add(norm(value))
            elif norm(value) == norm(getattr(mine, script)):
                continue
            elif part in (NamePart.GIVEN, NamePart.NICKNAME):
                # Another spelling of a name she is called by is an alias of hers.
                if norm(value) not in known:
                    p.aliases.append(value)
                    known.add(norm(value))
                    out.changes.append(f"alias ({part.value})")
            elif part in _FOREBEARS:
                if text_sim(value, getattr(mine, script)) >= PARTIAL_AT:
                    respelt.add(script)
                else:  # another name, not a spelling (an update decided despite it)
                    out.conflicts.append({"field": f"{part.value}.{script}",
                                          "vault": getattr(mine, script), "list": value})
    for script in sorted(respelt):
        # Another spelling of her father's or clan's name is not an alias alone (a dossier
        # would list خەلیل as her name): her name as the list spells it whole is.
        whole = new.full_name(script)
        if norm(whole) not in known and norm(whole) != norm(p.full_name(script)):
            p.aliases.append(whole)
            known.add(norm(whole))
            out.changes.append("alias (full name)")
    for alias in new.aliases:
        if norm(alias) not in known:
            p.aliases.append(alias)
            known.add(norm(alias))
            out.changes.append("alias")


# The parts of her full name besides her own given name.
_FOREBEARS = (NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def _status(p: Person, new: Person, out: MergeResult) -> None:
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
    elif listed.status == (before := p.current_status):
        # The same status with another date: one that says more of when (rescued 12/03/2019
        # where the vault knew her rescued by 2020) dates it; one that does not fit (rescued
        # 2019 where the vault says 2016) is noted for the lawyer, not taken.
        verdict = weigh(p.current_event.date, listed.date, known_by=before in _LASTING)
        if verdict is Verdict.CONFLICT or (
                verdict is Verdict.TAKE and not _dated(p, p.current_event, listed.date, out)):
            out.conflicts.append(_status_conflict(before, listed))
        return
    elif moves_forward(p.current_status, listed.status):
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
            out.conflicts.append(_status_conflict(before, listed))
            return
        out.changes.append("status")
        out.status_change = (before.value, listed.status.value)
    else:
        # An old list must not silently move a person back to "missing": the user decides.
        out.conflicts.append(_status_conflict(p.current_status, listed))


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


def _status_conflict(vault: Status, ev: StatusEvent) -> dict:
    """A list's status the vault did not take, with its date and its own words ('deceased,
    2019 «died in Baghuz 2019»'): what the lawyer needs to settle it without the file. The
    status alone too (list_status), for an interface that names it in its own language."""
    dated = f", {ev.date.display()}" if not ev.date.is_blank else ""
    note = "" if only_its_word(ev.status.value, ev.note) else ev.note
    return {"field": "status", "vault": vault.value, "list_status": ev.status.value,
            "list": f"{ev.status.value}{dated}" + (f" {note}" if note else "")}


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
