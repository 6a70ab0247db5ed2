"""A converted row as compact JSON in the staging table, and back, fast enough for 100,000 rows.

Only what the converter can set is stored; app/person_json's general form validates every enum
and took 2.5 s per 20,000 rows, most of an import's commit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent

_PART = {p.value: p for p in NamePart}
_SEX = {s.value: s for s in Sex}
_STATUS = {s.value: s for s in Status}
_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "last_known_location", "notes", "case_no")


@dataclass
class ListedPerson(Person):
    """A list's row as a person, with what the list says that no field of her record holds:
    the date of her rescue where the row calls her reunited (a status of its own, whose note
    quotes the date). An update holds it against the rescue the vault knows."""

    rescued_on: FuzzyDate = field(default_factory=FuzzyDate)
    # Her village as the list wrote it, where the importer reads it as another spelling
    # (Girêzer as the vault's كرعزير, Kojo as Kocho); blank where it keeps it as written. What
    # the vault does not take is quoted as the list wrote it, not as it was read.
    village_written: str = ""
    # Her sex as the list wrote it (M, N, انثى), beside the reading the record takes (Kurmanji
    # M is female): a conflict or a contradiction quotes the cell, then says how it was read.
    sex_written: str = ""
    # The fourth word of a four-part name (الاسم الرباعي), her great-grandfather's, with the
    # column it was written in: no field of her record holds it, the list's row keeps it.
    great_grandfathers: list[tuple[str, str]] = field(default_factory=list)
    # The numbers the list's phone columns give (as written) and whom they reach: her family
    # contacts once the row is committed (app/importing/phones.py), not fields of her record.
    # One field, not three: past 30 attributes an object no longer shares its attribute names
    # with the others of its class, and 20,000 staged rows took 30 MiB more (measured).
    contact: ListContact | None = None

    @property
    def phones(self) -> list[str]:
        return self.contact.phones if self.contact else []

    @property
    def contact_name(self) -> str:
        return self.contact.name if self.contact else ""

    @property
    def contact_relation(self) -> str:
        return self.contact.relation if self.contact else ""

    def reached(self) -> ListContact:
        """Her contact from the list, made when the row first gives one."""
        if self.contact is None:
            self.contact = ListContact()
        return self.contact


@dataclass(slots=True)
class ListContact:
    """What a list's row says of whom to call about her: numbers, a name, a relation."""

    phones: list[str] = field(default_factory=list)
    name: str = ""
    relation: str = ""


def typed_as_listed(p: Person, village: str) -> ListedPerson:
    """A person typed by hand, her village kept as village (the vault's spelling of the place
    typed): what the vault does not take of it is quoted as typed, as a list's is."""
    out = ListedPerson(**{f.name: getattr(p, f.name) for f in fields(Person)})
    written = p.origin_village.strip()
    out.origin_village = village
    out.village_written = written if village != " ".join(written.split()) else ""
    return out


def _d(f: FuzzyDate) -> list | None:
    return None if f.is_blank else list(f.to_row())


def person_to_json(p: Person) -> str:
    d: dict = {"u": p.uuid, "n": {k.value: [t.original, t.latin] for k, t in p.names.items()
                                  if not t.is_blank}}
    if p.aliases:
        d["a"] = p.aliases
    if p.sex is not Sex.UNKNOWN:
        d["s"] = p.sex.value
    if not p.birth.is_blank:
        d["b"] = _d(p.birth)
    if not p.abduction_date.is_blank:
        d["ab"] = _d(p.abduction_date)
    for f in _TEXT:
        if getattr(p, f):
            d[f] = getattr(p, f)
    if p.status_events:
        d["st"] = [[e.status.value, _d(e.date), e.note] for e in p.status_events]
    if not getattr(p, "rescued_on", FuzzyDate()).is_blank:
        d["rd"] = _d(p.rescued_on)
    if getattr(p, "village_written", ""):
        d["vw"] = p.village_written
    if getattr(p, "sex_written", ""):
        d["sw"] = p.sex_written
    if getattr(p, "phones", None):
        d["ph"] = p.phones
        d["cn"], d["cr"] = p.contact_name, p.contact_relation
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def person_from_json(text: str) -> ListedPerson:
    d = json.loads(text)
    p = ListedPerson(uuid=d["u"], names={_PART[k]: NameText(o, la) for k, (o, la) in d["n"].items()},
               aliases=list(d.get("a", ())), sex=_SEX[d.get("s", "U")])
    if "b" in d:
        p.birth = FuzzyDate.from_row(*d["b"])
    if "ab" in d:
        p.abduction_date = FuzzyDate.from_row(*d["ab"])
    for f in _TEXT:
        if f in d:
            setattr(p, f, d[f])
    if "rd" in d:
        p.rescued_on = FuzzyDate.from_row(*d["rd"])
    p.village_written = d.get("vw", "")
    p.sex_written = d.get("sw", "")
    if d.get("ph") or d.get("cn") or d.get("cr"):
        p.contact = ListContact(list(d.get("ph", ())), d.get("cn", ""), d.get("cr", ""))
    for status, date, note in d.get("st", ()):
        p.status_events.append(StatusEvent(_STATUS[status], FuzzyDate.from_row(*date)
                                           if date else FuzzyDate(), note))
    return p
