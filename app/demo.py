"""Synthetic demo data: persons with realistic name structure, statuses, reports, rescues, and
deliberate duplicates (with their ground truth) for newcomers and for every benchmark.

Everything made here is marked synthetic: the vault's meta flag and every person's flag and note.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

from app.demo_names import (
    ARABIC_VARIANTS,
    DISTRICT,
    FAMILY,
    FEMALE,
    GOVERNORATE,
    LATIN_VARIANTS,
    MALE,
    VILLAGES,
)
from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.records import CostEntry, Report, RescueOperation

SYNTHETIC_NOTE = "SYNTHETIC DEMO RECORD - not a real person"
_ABDUCTION = date(2014, 8, 3)
_STATUS_PATHS = [
    [Status.MISSING], [Status.MISSING], [Status.MISSING, Status.SIGHTED],
    [Status.MISSING, Status.SIGHTED, Status.LOCATED],
    [Status.MISSING, Status.LOCATED, Status.IN_NEGOTIATION],
    [Status.MISSING, Status.LOCATED, Status.RESCUED],
    [Status.MISSING, Status.LOCATED, Status.RESCUED, Status.REUNITED],
    [Status.MISSING, Status.DECEASED], [Status.UNKNOWN],
]


def vary_latin(text: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in LATIN_VARIANTS if a in text]
    if not options:
        return text.lower() if rng.random() < 0.5 else text.upper()
    a, b = rng.choice(options)
    return text.replace(a, b, 1)


def vary_arabic(text: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in ARABIC_VARIANTS if a in text]
    if not options:
        return text + "\u0640" if len(text) > 2 else text  # a tatweel, as some typists add
    a, b = rng.choice(options)
    if a == "ال":
        # the article only, at a word's start (الدخي, دخي): inside a word it made صالح صح
        # and دلال دل, copies no list would hold; with no article it stays as it is, and the
        # draws after it are the same (the demo's persons stay the persons they were)
        return _ARTICLE.sub(b, text, count=1)
    return text.replace(a, b, 1)


_ARTICLE = re.compile(r"(?<!\S)ال")


class DemoFactory:
    def __init__(self, seed: int = 2014) -> None:
        self.rng = random.Random(seed)
        # Sharing levels drawn apart from everything else, so the demo's persons stay the
        # persons they were (tests and screenshots name them) and only gain a level.
        self.sharing_rng = random.Random(seed + 1)

    def sharing(self) -> SharingLevel:
        """A mix of levels, so that the demo's court, family and public papers list someone
        and leave someone out, as real ones do."""
        return self.sharing_rng.choices(
            list(SharingLevel), weights=[30, 10, 25, 20, 15])[0]

    def person(self) -> Person:
        r = self.rng
        female = r.random() < 0.8
        given = r.choice(FEMALE if female else MALE)
        father, grandfather = r.choice(MALE), r.choice(MALE)
        family = r.choice(FAMILY)
        village = r.choice(VILLAGES)
        p = Person(sex=Sex.FEMALE if female else Sex.MALE, synthetic=True, notes=SYNTHETIC_NOTE,
                   sharing_level=self.sharing())
        for part, (ar, la) in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                               (NamePart.GRANDFATHER, grandfather), (NamePart.FAMILY, family)):
            p.names[part] = NameText(ar, la)
        if r.random() < 0.6:
            p.names[NamePart.MOTHER] = NameText(*r.choice(FEMALE))
        year = r.randint(1960, 2012)
        p.birth = (FuzzyDate.year_range(year - 2, year + 2, f"about {year}") if r.random() < 0.4
                   else FuzzyDate.year_range(year, year, str(year)))
        p.origin_village, p.origin_district, p.origin_governorate = (
            village[1], DISTRICT[1], GOVERNORATE[1])
        day = _ABDUCTION + timedelta(days=r.choice([0, 0, 0, 1, 2, 12, 12, 30]))
        p.abduction_date = FuzzyDate.exact(day)
        p.abduction_place = village[1]
        for i, status in enumerate(r.choice(_STATUS_PATHS)):
            when = day + timedelta(days=400 * i + r.randint(0, 300)) if i else day
            p.status_events.append(StatusEvent(status, FuzzyDate.exact(min(when, date(2026, 6, 1)))))
        return p

    def duplicate_of(self, p: Person) -> Person:
        """The same person as another list would write her: respelt, a part missing, no mother."""
        r = self.rng
        d = Person(sex=p.sex, synthetic=True, notes=SYNTHETIC_NOTE, birth=p.birth,
                   origin_village=p.origin_village, origin_district=p.origin_district,
                   origin_governorate=p.origin_governorate, abduction_date=p.abduction_date,
                   status_events=[StatusEvent(Status.MISSING, p.abduction_date)],
                   sharing_level=self.sharing())
        use_arabic, use_latin = r.random() < 0.7, r.random() < 0.7
        for part in (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY):
            src = p.names.get(part)
            if src is None or (part is NamePart.FAMILY and r.random() < 0.3):
                continue
            if part is NamePart.GRANDFATHER and r.random() < 0.3:
                continue
            d.names[part] = NameText(
                vary_arabic(src.original, r) if use_arabic else "",
                vary_latin(src.latin, r) if (use_latin or not use_arabic) else "")
        if r.random() < 0.3:
            d.birth = FuzzyDate()
        return d

    def persons(self, n: int, duplicate_rate: float = 0.03
                ) -> Iterator[tuple[Person, int | None]]:
        """n persons; a duplicate comes with the index (0-based) of the person it repeats."""
        window: list[tuple[int, Person]] = []  # recent originals only: flat memory at 100,000
        for i in range(n):
            if window and self.rng.random() < duplicate_rate:
                j, original = self.rng.choice(window)
                yield self.duplicate_of(original), j
                continue
            p = self.person()
            window.append((i, p))
            if len(window) > 5000:
                window = window[-2500:]
            yield p, None

    def report(self, person_ids: list[int]) -> Report:
        r = self.rng
        seen = _ABDUCTION + timedelta(days=r.randint(30, 2500))
        return Report(received=FuzzyDate.exact(seen + timedelta(days=r.randint(0, 20))),
                      observed=FuzzyDate.exact(seen), place=r.choice(["Raqqa", "Mosul", "Tal Afar",
                                                                      "Deir ez-Zor", "Idlib"]),
                      text="Synthetic sighting: seen in a house with other women.",
                      source_code=f"S-{r.randint(100, 999)}", credibility=r.randint(1, 6),
                      person_ids=person_ids)

    def rescue(self, persons: list[Person], seen: date | None = None) -> RescueOperation:
        """A rescue that freed them and handed them over to their families, as `rescue add`
        records it (it gives them the status rescued, and reunited at the handover): dated
        after every status of theirs, which _freed_later leaves short of rescued, and after
        the sighting of them the demo reports (seen)."""
        r = self.rng
        when = _ABDUCTION + timedelta(days=r.randint(200, 3000))
        last = max([e.date.latest for p in persons for e in p.status_events if e.date.latest]
                   + ([seen] if seen else []), default=when)
        when = max(when, last + timedelta(days=30))
        return RescueOperation(
            date=FuzzyDate.exact(when), from_place=r.choice(["Raqqa", "Idlib", "al-Hol camp"]),
            route="Synthetic route via the border", handover_point="Duhok",
            team_codes="T-1, T-4", outcome="Handed over to family",
            handover_to_family=FuzzyDate.exact(when + timedelta(days=5)),
            needs="Medical check; psychosocial support", gives_status="rescued",
            person_ids=[p.id for p in persons],
            costs=[CostEntry(Decimal(r.randint(5, 40) * 1000), "USD", "intermediary M-2",
                             "release", FuzzyDate.exact(when))])


def _in_a_rescue(i: int) -> bool:
    """Whether the i-th person made is one a demo rescue frees (_add_records: the first two of
    every 40 of the first 400)."""
    return i < 400 and i % 40 < 2


def _freed_later(p: Person) -> Person:
    """A woman a demo rescue frees, her statuses as they stood before it: still held (missing,
    sighted, located, in negotiation). Her rescue gives her rescued and reunited; one rescued
    or dead before it contradicted it (DEMO-00001 sighted after her handover)."""
    held = [e for e in p.status_events
            if e.status not in (Status.RESCUED, Status.REUNITED, Status.DECEASED)]
    p.status_events = held or [StatusEvent(Status.MISSING, p.abduction_date)]
    return p


def populate(session, n: int, progress: Callable[[int, int], None] | None = None,
             cancel: threading.Event | None = None, seed: int = 2014) -> list[tuple[str, str]]:
    """Add n synthetic persons (plus a few reports and rescues) to a synthetic vault.

    Returns the ground-truth duplicate pairs as (case_no, case_no of the person repeated).
    """
    if not session.is_synthetic:
        raise ValidationError("demo data goes only into a vault created as a demo vault")
    factory = DemoFactory(seed)
    pairs_by_index: list[tuple[int, int]] = []
    people: list[Person] = []  # only the first 400 are kept, for reports and rescues

    def stream():
        for i, (p, dup_of) in enumerate(factory.persons(n)):
            if dup_of is not None:
                pairs_by_index.append((i, dup_of))
            if len(people) < 400:
                people.append(_freed_later(p) if _in_a_rescue(i) else p)
            yield p

    case_nos = session.persons.create_many(stream(), n, progress, cancel)
    _add_records(session, factory, people)
    return [(case_nos[i], case_nos[j]) for i, j in pairs_by_index]


def _add_records(session, factory: DemoFactory, people: list[Person]) -> None:
    for k in range(0, len(people), 20):
        group = [p.id for p in people[k:k + 3]]
        report = factory.report(group)
        session.records.add_report(report)
        if _in_a_rescue(k):
            session.records.add_rescue(factory.rescue(people[k:k + 2], report.observed.latest))
