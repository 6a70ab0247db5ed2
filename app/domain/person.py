"""A person in the case files: names in both scripts, fuzzy dates, origin, abduction, status."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from app.domain.fuzzydate import FuzzyDate
from app.domain.name_collation import known_as_shown, sort_text
from app.domain.script import is_arabic_script


class NamePart(StrEnum):
    GIVEN = "given"
    FATHER = "father"
    GRANDFATHER = "grandfather"
    FAMILY = "family"
    MOTHER = "mother"
    NICKNAME = "nickname"


# The order in which a full name is written: given, father, grandfather, family/clan.
FULL_NAME_ORDER = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"


class Status(StrEnum):
    MISSING = "missing"
    SIGHTED = "sighted"
    LOCATED = "located"
    IN_NEGOTIATION = "in_negotiation"
    RESCUED = "rescued"
    REUNITED = "reunited"
    DECEASED = "deceased"
    UNKNOWN = "unknown"


# The statuses that say she was alive on their day (a dated one counts as her seen: --seen-since).
ALIVE = frozenset({Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION, Status.RESCUED,
                    Status.REUNITED})


# The statuses of a woman in captivity, learnt of her: one dated after her rescue makes her
# held again ("unknown" says nothing of her, and is never news after a rescue).
_CAPTIVE = frozenset({Status.MISSING, Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION})
FREED = frozenset({Status.RESCUED, Status.REUNITED})


class SharingLevel(StrEnum):
    """Who may receive this record; internal is the most restrictive. The levels widen in the
    order written here: each lets her record go to those before it and one more audience
    (app.reports.profiles.reaches)."""

    INTERNAL = "internal"
    NGO = "ngo"
    COURT = "court"
    FAMILY = "family"
    PUBLIC = "public"  # may appear on a public appeal


@dataclass
class NameText:
    """One name part as written in Arabic script (original) and in Latin letters."""

    original: str = ""
    latin: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.original.strip() or self.latin.strip())

    def put(self, text: str) -> None:
        """Store text in the slot its script decides."""
        if is_arabic_script(text):
            self.original = text
        else:
            self.latin = text


@dataclass
class StatusEvent:
    status: Status
    date: FuzzyDate = field(default_factory=FuzzyDate)
    note: str = ""
    report_id: int | None = None
    id: int | None = None
    recorded_at: str = ""
    # The rescue operation this status came from (rescue add): deleting or changing the rescue
    # takes it back or changes it; None for a status told by hand or by a list.
    rescue_id: int | None = None
    # Told on a report without a date of its own, it took the date the report was observed
    # (RecordService.add_status): it follows that date when the report's is corrected. False
    # for one typed with its date, and for every status told before the vault noted it.
    dated_by_report: bool = False
    # The last day the report she rests on may have been received (read with her record, not
    # stored with the status): nothing it tells can have been seen after it came in.
    known_by: date | None = None


def known_range(ev: StatusEvent) -> FuzzyDate:
    """The event's date range as far as it can reach: no later than the day its report was
    received, nor than the day it was told (today, for one not saved yet). "12/2026" told on 7
    December is 1-7 December, and counts at 4 December, not at the month's middle, which
    would put a sighting after a rescue or a death of the 6th that it may well come before."""
    told = date.fromisoformat(ev.recorded_at[:10]) if ev.recorded_at else date.today()
    bound = min(told, ev.known_by) if ev.known_by is not None else told
    d = ev.date
    if d.latest is None or d.latest <= bound or (d.earliest is not None and d.earliest > bound):
        return d  # within what was known, or wholly after it (a contradiction kept as typed)
    return FuzzyDate(d.earliest, bound, d.text)


def wholly_before(ev: StatusEvent, other: StatusEvent) -> bool:
    """Whether every day ev may be (known_range) comes before other's first: only then is other
    shown to come later. "06/2025" on a report of 15 June counts before a rescue of 10 June by
    its middle, but nothing says it came before it."""
    seen, had = known_range(ev), known_range(other)
    return seen.latest is not None and had.earliest is not None and seen.latest < had.earliest


def placed_by_middle(ev: StatusEvent, other: StatusEvent) -> bool:
    """Whether ev is before other only by the middles of their days (known_range): its days may
    come after other's too. Not so where other's dates hold ev (a rescue of "2015" and a
    sighting of "11/2015", whose middle is after the rescue's): that is a step back within them."""
    mine, theirs = event_middle(ev), event_middle(other)
    return not wholly_before(ev, other) and bool(mine and theirs) and mine < theirs


def told_without_date(ev: StatusEvent) -> bool:
    """A status told with no date of its own, known only by the day it was told (≤ day)."""
    return ev.date.earliest is None and ev.date.latest is not None and not ev.date.text.strip()


# How far along a captive's case a status is, for undated events (see current_status).
# A death is never made current by ranking: only a dated record of it, or the only one, does.
_COURSE_RANK = {Status.DECEASED: -1, Status.MISSING: 0, Status.SIGHTED: 1, Status.LOCATED: 2,
                Status.IN_NEGOTIATION: 3, Status.RESCUED: 4, Status.REUNITED: 5}


def event_middle(ev: StatusEvent) -> str:
    """The middle of an event's date range as YYYY-MM-DD, or "" when it is undated; the range
    as far as it can reach (known_range), never past the day it was known."""
    d = known_range(ev)
    a, b = d.earliest or d.latest, d.latest or d.earliest
    return (a + (b - a) / 2).isoformat() if a and b else ""


# Further along her case, for a status told later whose date falls within the current one's
# range: a dated death ends it.
_AFTER_RANK = {Status.MISSING: 0, Status.SIGHTED: 1, Status.LOCATED: 2,
               Status.IN_NEGOTIATION: 3, Status.RESCUED: 4, Status.REUNITED: 5,
               Status.DECEASED: 6}


def _told_order(item: tuple[int, StatusEvent]) -> tuple:
    i, ev = item
    # Stamps have whole seconds; within one, the order stored decides, and an event not stored
    # yet (no id) was added after every stored one.
    return (ev.recorded_at, ev.id if ev.id is not None else float("inf"), i)


def _date_key(item: tuple[int, StatusEvent]) -> tuple:
    i, ev = item
    middle = event_middle(ev)
    # Undated events say nothing of when: two lists' undated words for one woman (a merge
    # brings them together) count by how far along her case they are, since an old list's
    # "missing" is no news after a "rescued". Dated ones count by date.
    course = 0 if middle else _COURSE_RANK.get(ev.status, -2)
    return (middle, course, *_told_order(item))


def _holds(outer: FuzzyDate, inner: FuzzyDate) -> bool:
    """Whether every day inner may be lies in outer's range (no earliest: any day before)."""
    if outer.latest is None or inner.latest is None or inner.latest > outer.latest:
        return False
    return outer.earliest is None or (inner.earliest is not None
                                      and inner.earliest >= outer.earliest)


# How a status told after the current one stands to it (see Person.current_status).
CORRECTION, NEWS, STEP_BACK, LATER, EARLIER = ("correction", "news", "step back", "later",
                                                "earlier")
_TAKES_OVER = {CORRECTION, NEWS, LATER}


def _lists_word(ev: StatusEvent) -> bool:
    """A status an import brought: its note is the list's own word, quoted («ناجية»)."""
    return ev.note.startswith("«")


def _weigh(new: tuple[int, StatusEvent], current: tuple[int, StatusEvent]) -> str:
    """How a status told after the current one stands to it: a correction, later news of a
    time the current one's date covers, a step back along her case that no date puts after
    the current one (history), or later or earlier by date."""
    ev, now = new[1], current[1]
    seen, had = known_range(ev), known_range(now)
    if _holds(had, seen) and _holds(seen, had) and not _lists_word(ev):
        # The same days (two statuses known by the same day): the later word is a correction,
        # "missing" after a "deceased" entered by mistake, whichever is further along. Not a
        # list's word: two lists read on one day (an NGO's "rescued", a family's "missing")
        # correct nothing of each other; as any later news, it counts by her case.
        return CORRECTION
    forward = _AFTER_RANK.get(ev.status, -1) >= _AFTER_RANK.get(now.status, -1)
    if _holds(had, seen):
        # The current one was what was known when it was told; this is later news of a time
        # it covers. A step back (sighted after rescued) is an older part of her story.
        return NEWS if forward else STEP_BACK
    if _holds(seen, had) and not forward and seen.earliest is None \
            and now.status != Status.DECEASED:
        # Known only by the day it was told (a "missing" told with no date after a rescue of
        # 2019): nothing says it came after, and a step back is history. Not a status with a
        # date of its own ("about 2017" counts at its middle), and not after a death: a woman
        # listed dead and later seen or freed must be able to become so without a date.
        return STEP_BACK
    return LATER if _date_key(new) > _date_key(current) else EARLIER


@dataclass
class Person:
    case_no: str = ""
    names: dict[NamePart, NameText] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    sex: Sex = Sex.UNKNOWN
    birth: FuzzyDate = field(default_factory=FuzzyDate)
    origin_village: str = ""
    origin_district: str = ""
    origin_governorate: str = ""
    abduction_date: FuzzyDate = field(default_factory=FuzzyDate)
    abduction_place: str = ""
    abduction_circumstances: str = ""
    incident_id: int | None = None
    last_known_location: str = ""
    held_by: str = ""
    sharing_level: SharingLevel = SharingLevel.INTERNAL
    notes: str = ""
    status_events: list[StatusEvent] = field(default_factory=list)
    synthetic: bool = False
    merged_into: int | None = None
    version: int = 0
    id: int | None = None
    uuid: str = field(default_factory=lambda: str(uuidlib.uuid4()))
    created_at: str = ""
    updated_at: str = ""

    def name(self, part: NamePart) -> NameText:
        return self.names.setdefault(part, NameText())

    @property
    def current_status(self) -> Status:
        """Her statuses are read in the order they were told. One told later takes over when
        its date is later, or when the current one's date cannot place it (a range that holds
        the new date, as "known by today" holds 2015) and it is no step back along her case:
        she was said missing, and now the lawyer learns she was rescued in 2015. An old
        sighting or her abduction learnt after her rescue stays history, and so does a step
        back known only by a later day (a "missing" told with no date after her rescue of
        2019): no date puts it after the rescue.

        Dates count at the middle of their range, as far as it can reach (known_range: no
        later than its report came in, nor than the day it was told): "about 2016"
        (2014-2018) is older than "2017", so a late-reported old sighting does not undo a
        rescue; "06/2025" on a report received 15 June counts at 8 June, before a rescue of
        10 June, which it does not undo. Among undated events,
        the one furthest along her case (missing, sighted, located, in negotiation, rescued,
        reunited; an undated death counts least, so a merge never makes her dead unconfirmed),
        and among equals the one recorded last.
        """
        event = self.current_event
        return Status.UNKNOWN if event is None else event.status

    @property
    def current_event(self) -> StatusEvent | None:
        """The status event her current status comes from (see current_status)."""
        return self.current_choice()[0]

    def current_choice(self) -> tuple[StatusEvent | None, str]:
        """Her current status event and why it is hers: NEWS (it took over as later news of a
        time the one before covered), STEP_BACK (a status told after it was a step back,
        kept as history), else LATER (by date, or among undated ones by her case), or "" for
        her only status or none."""
        current, why = None, ""
        for item in sorted(enumerate(self.status_events), key=_told_order):
            if current is None:
                current = item
                continue
            said = _weigh(item, current)
            if said in _TAKES_OVER:
                current, why = item, said
            elif said == STEP_BACK:
                why = STEP_BACK
        return (None, "") if current is None else (current[1], why)

    def death_before(self, status: Status, when) -> StatusEvent | None:
        """Her recorded death that a status she was alive in (seen, found, in negotiation,
        freed, home) certainly comes after (when: its FuzzyDate): one of the two is wrong. A
        death reported in error must be withdrawn, or every paper tells her family she died
        and was then rescued."""
        if status not in ALIVE:
            return None
        if when is None or when.earliest is None:  # told without a date: any death recorded
            return next((e for e in self.status_events if e.status == Status.DECEASED), None)
        return next((e for e in self.status_events if e.status == Status.DECEASED
                     and e.date.latest is not None and e.date.latest < when.earliest), None)

    def death_already(self, added: StatusEvent) -> StatusEvent | None:
        """Her death recorded before added, a death told again (with another date, or the
        same): she had it already, and her papers would list two deaths. The earliest dated
        one, the date she is dead since; else the first told."""
        if added.status != Status.DECEASED:
            return None
        deaths = [e for e in self.status_events if e.status == Status.DECEASED and e is not added]
        dated = [e for e in deaths if event_middle(e)]
        if dated:
            return min(dated, key=event_middle)
        return deaths[0] if deaths else None

    def freed_before(self, added: StatusEvent) -> StatusEvent | None:
        """Her rescue or reunion that was her status until added, a status of captivity dated
        after it, took over: she is held again, which a wrong report (a mistaken identity, a
        wrong month) does as surely as a new abduction, and her papers then call her held. None
        where added did not become hers, or she was not free before it."""
        if added.status not in _CAPTIVE or self.current_event is not added:
            return None
        before = replace(self, status_events=[e for e in self.status_events
                                              if e is not added]).current_event
        return before if before is not None and before.status in FREED else None

    def timeline(self) -> list[StatusEvent]:
        """Her statuses in the order of her story, as every screen and document lists them: by
        date (undated ones first, in the order told), except that a status known only up to a
        day that holds the current one's date stands just before it: the word it took over
        from, or a step back told after it. Otherwise "missing ≤ 2024-05-01" would follow the
        "rescued 2015" that is hers and read as news. Nor does a status known only by a day
        (not her current one) stand after a step further along her case that day holds: a
        list's "missing", read on 5 December, stands before the rescue of 3 December and the
        reunion of the 4th that took over from it, never between them, where a court would
        read that she was taken again after her rescue."""
        current = self.current_event
        told = {id(ev): _told_order((i, ev)) for i, ev in enumerate(self.status_events)}

        def placed(ev: StatusEvent) -> tuple:
            if current is not None and ev is not current and _holds(known_range(ev),
                                                                   known_range(current)):
                return (event_middle(current), 0, told[id(ev)])
            return (event_middle(ev), 1, told[id(ev)])

        def key(ev: StatusEvent) -> tuple:
            own = placed(ev)
            if ev is current or ev.date.earliest is not None or ev.date.latest is None:
                return own
            rank = _AFTER_RANK.get(ev.status, -1)
            ahead = [placed(f) for f in self.status_events if f is not ev
                     and _AFTER_RANK.get(f.status, -1) > rank
                     and _holds(known_range(ev), known_range(f))]
            if not ahead:
                return own
            first = min(ahead)
            # just before the first of them (before one placed before her current one too)
            return min(own, (first[0], first[1] - 0.5, told[id(ev)]))

        return sorted(self.status_events, key=key)

    def full_name(self, script: str = "original") -> str:
        """Given, father, grandfather, family in one string in the chosen script."""
        # a part not held is left out as a blank one is (no NameText made for it: a list's
        # 100,000 persons ask this several times each)
        parts = [getattr(t, script) for p in FULL_NAME_ORDER
                 if (t := self.names.get(p)) is not None]
        return " ".join(p for p in parts if p)

    @property
    def given_unknown(self) -> bool:
        """Her name is known in part, but not her given name (a list row with her father's,
        grandfather's and clan's names only): her full name then begins with her father's."""
        return self.names.get(NamePart.GIVEN, NameText()).is_blank and any(
            not self.names.get(p, NameText()).is_blank for p in FULL_NAME_ORDER)

    @property
    def given_across(self) -> tuple[str, str]:
        """Her given name where it is written in one script only, for her full name in the
        other (given_from_other_script): (for the Arabic-script name, for the Latin one)."""
        given = self.names.get(NamePart.GIVEN, NameText())
        return given_from_other_script(given.original, given.latin)

    def known_as(self) -> str:
        """Where no part of her full name is known, what she is known as: her nickname (a kunya
        such as أم خالد) as written in Arabic script, else in Latin letters, else her first other
        spelling; "" where she has a name, or nothing to be known by. Screens and papers say it
        in their own words ("known as أم خالد")."""
        if self.full_name("original") or self.full_name("latin"):
            return ""
        nick = self.names.get(NamePart.NICKNAME, NameText())
        return (nick.original.strip() or nick.latin.strip()
                or next((a.strip() for a in self.aliases if a.strip()), ""))

    def display_name(self) -> str:
        """Her name as stored, on one line: her Arabic-script name, else her Latin one, else
        "(no name)". Stored texts (an import's report) take this; a name shown to someone goes
        through person_names_shown, in the reader's words, where it is shown."""
        return self.full_name("original") or self.full_name("latin") or "(no name)"

    def shown_name(self) -> str:
        """Her name on one line of the command line's output (English), as person_names_shown
        shows it: marked where her given name is unknown, led by it where it is written only in
        the other script. For output only: never stored."""
        return next((n for n in person_names_shown(self) if n), "") or "(no name)"


# Her full name where her given name is unknown, as the command line says it. Shown bare,
# "مراد الياس مندكاني" reads as a man named Murad: her father's name stands first.
GIVEN_UNKNOWN = "(given name unknown) {name}"


# Her full name in one script where her given name is written only in the other: that given name
# stands in its place, as written. Bare, "الياس حيدر قيران" (Xezal's father's, grandfather's and
# family names, her given name in Latin letters only) reads to an Arabic reader as a man named
# Elias, and two such sisters as one man; "(given name unknown)" would say what is not so.
GIVEN_ACROSS = "{given} {name}"


def given_from_other_script(original: str, latin: str) -> tuple[str, str]:
    """The given name to set before her full name in each script, from the other script, where
    it is written in one only: (for the Arabic-script name, for the Latin one); "" where that
    script has its own or neither has one."""
    original, latin = original.strip(), latin.strip()
    return (latin if not original else "", original if not latin else "")


def name_shown(name: str, given_unknown: bool, template: str = GIVEN_UNKNOWN,
               given_across: str = "", across: str = GIVEN_ACROSS) -> str:
    """A full name as shown or printed, marked by template ({name}: the name) where her given
    name is unknown; led by given_across, her given name written only in the other script,
    by across ({given}, {name}) where this script lacks it."""
    if not name:
        return name
    if given_unknown:
        return template.format(name=name)
    return across.format(given=given_across, name=name) if given_across else name


def names_shown(row, template: str = GIVEN_UNKNOWN, across: str = GIVEN_ACROSS
                ) -> tuple[str, str]:
    """A list's row (a person list's, a search result, a duplicate pair's side: name_original,
    name_latin, given_unknown, given_across) as its two name columns show it, by name_shown."""
    given = getattr(row, "given_across", ("", ""))
    return (name_shown(row.name_original, row.given_unknown, template, given[0], across),
            name_shown(row.name_latin, row.given_unknown, template, given[1], across))


def row_sort_text(row, first: int = 1) -> str:
    """A list's row (as names_shown takes it; a row known only by a nickname holds it in its
    name columns) as a sort by a name column sorts it (name_collation.sort_text): by the names
    shown without a mark, that column's first (0 the Arabic-script one, 1 the Latin one)."""
    return sort_text(names_shown(row, template="{name}"), first)


def person_sort_texts(p: Person, full: tuple[str, str] | None = None) -> tuple[str, str]:
    """Her stored sort texts (persons.sort_latin, persons.sort_original): by the names as
    shown, Xezal under Xezal, not under her father's الياس; a name whose given name is unknown
    by its words, not its mark; a woman known only by a nickname by it. full: her full names
    (original, Latin) where the caller has them already (a list's 100,000 persons written)."""
    shown = person_names_shown(p, template="{name}", full=full)
    if not any(shown):
        shown = known_as_shown(p.known_as())
    return sort_text(shown, 1), sort_text(shown, 0)


def person_names_shown(p: Person, template: str = GIVEN_UNKNOWN, across: str = GIVEN_ACROSS,
                       full: tuple[str, str] | None = None) -> tuple[str, str]:
    """Her full names in Arabic script and in Latin letters, each by name_shown; full: those
    full names (Person.full_name), where the caller has them already."""
    original, latin = full or (p.full_name("original"), p.full_name("latin"))
    given, unknown = p.given_across, p.given_unknown
    return (name_shown(original, unknown, template, given[0], across),
            name_shown(latin, unknown, template, given[1], across))
