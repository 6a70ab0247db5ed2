"""One sharing level for many persons at once: the call the CLI (`person sharing`) and the
desktop persons list both make, so each change is saved and audited as her own edit."""

from __future__ import annotations

from app.domain.person import SharingLevel
from app.persons import normalise_case_no
from app.reports.profiles import SHARING_ORDER, Profile, reaches


def set_sharing_many(session, case_nos, level: SharingLevel | str,
                     via: str) -> tuple[list[str], list[str], dict[str, SharingLevel]]:
    """Set `level` on each person named; returns (changed, unchanged, {changed: the level she
    had}), so that a caller can say whose level was narrowed. Those already at that level are
    left as they are (no audit entry); an unknown number raises as persons.get does, before
    anything is changed."""
    level = SharingLevel(level)
    wanted = list(dict.fromkeys(normalise_case_no(c) for c in case_nos))
    persons = [session.persons.get(c) for c in wanted]
    for person in persons:  # a merged-away record's level is not hers: refused before any
        session.persons.refuse_merged(person)
    changed, unchanged, was = [], [], {}
    for person in persons:
        if person.sharing_level is level:
            unchanged.append(person.case_no)
            continue
        was[person.case_no] = person.sharing_level
        person.sharing_level = level
        session.persons.update(person, detail={"via": via, "sharing_many": True})
        changed.append(person.case_no)
    return changed, unchanged, was


def widens(before: SharingLevel | str, now: SharingLevel | str) -> bool:
    """Whether now lets her record go further than before did, by the levels' order: internal
    to ngo widens too (an NGO partner receives it), though no paper's profile is an NGO's."""
    return SHARING_ORDER.index(SharingLevel(now)) > SHARING_ORDER.index(SharingLevel(before))


def widened_many(session, case_nos, level: SharingLevel | str) -> list[str]:
    """Those of case_nos (each once, in their order) whose record the level would send
    further than her level does now: what the command line and the desktop ask about first."""
    wanted = dict.fromkeys(normalise_case_no(c) for c in case_nos)
    return [c for c in wanted if widens(session.persons.get(c).sharing_level, level)]


def levels_changed(session, case_nos, level: SharingLevel | str) -> dict[str, SharingLevel]:
    """{case number: her level now} of those of case_nos (each once, in their order) whose
    level is not yet `level`: whom set_sharing_many would change, for a dry run to name."""
    level = SharingLevel(level)
    now = {c: session.persons.get(c).sharing_level
           for c in dict.fromkeys(normalise_case_no(c) for c in case_nos)}
    return {c: was for c, was in now.items() if was is not level}


def audiences_lost(before: SharingLevel, now: SharingLevel) -> list[str]:
    """The papers (profiles) her record went to at the level she had and does not at the new
    one (family and public, from public to court), in the profiles' order; none when it
    widens."""
    return [p.value for p in Profile if reaches(before, p) and not reaches(now, p)]
