"""Report service: read what a profile allows from the vault, build the PDF, write it, audit it."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.errors import (
    Cancelled,
    InputFileError,
    MergedAway,
    ProfileWord,
    SharingRefused,
    ValidationError,
)
from app.domain.fuzzydate import ABDUCTIONS_BEGAN
from app.domain.person import Person, Sex, Status
from app.domain.records import Incident, Relation, Report, RescueOperation, rescue_freed
from app.domain.taken import taken_date
from app.importing.date_order import batch_reading
from app.importing.fields import stored_columns
from app.importing.new_year import batch_new_years
from app.importing.serial_columns import batch_typed_numbers
from app.matching.named_in_text import Text
from app.matching.place_words import PlaceNames
from app.persons import normalise_case_no
from app.private_file import write_private
from app.reports.dossier import render_dossier
from app.reports.kin_reach import KIN_LINKS, KinReach
from app.reports.known_places import known_places
from app.reports.labels import BOTH_SEXES, check_language, is_rtl, label, sex_of_all, status_label
from app.reports.list_said import PLACE_CELLS, rows_naming, said
from app.reports.one_family import families, not_one_family
from app.reports.profiles import (
    Profile,
    allows,
    left_out_said,
    reaches,
    sharing_refusal,
    shown_status,
    still_held,
    withholds_while_held,
)
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import DossierSource, code, select_dossier, text
from app.reports.steps import LAYOUT, READING, Steps
from app.reports.summary import render_summary, select_summary
from app.reports.while_held import facts_kept_back, search_hidden, since_abduction
from app.reports.written_refused import written_refused
from app.search_service import age_filter
from db.repositories.persons import PersonFilter
from db.repositories.search import UNRECORDED_FIELDS, SearchFilter

Progress = Callable[[int, int], None]
# Relations a family's paper does not print when the link was made from the other record
_NOT_FOR_FAMILY = {Relation.CHILD, Relation.CHILD_BORN_IN_CAPTIVITY, Relation.OTHER}


def family_summary_needs_persons(prefix: str) -> str:
    """The refusal of a family summary that names no one, its example in the vault's own case
    numbers (a vault made with --prefix KCH has no SNJ-00009)."""
    return ("a family summary lists that family's own persons only: name each with --for "
            f"CASE_NO (e.g. --for {prefix}-00009)")


def family_rescue_needs_person(prefix: str) -> str:
    """The refusal of a family rescue report that names no one, as family_summary_needs_persons."""
    return ("a family rescue report names that family's own person only: give her case number "
            f"with --for CASE_NO (e.g. --for {prefix}-00009)")


# The desktop's words for not_of_the_operation (ui/error_words.py): the Print screen's box
# for her case number, no option of the command line
NOT_FREED_BY_IT = ("%1 was not rescued in operation %2: under Whose family, give the case number "
                   "of a person it freed")
NOT_NAMED_FREED_NONE = ("%1 is not named in operation %2, and it freed none of them: under Whose "
                        "family, give the case number of a person it names")
NOT_NAMED_UNSAID = ("%1 is not named in operation %2, and it does not say whether it freed "
                    "anyone: under Whose family, give the case number of a person it names")


def not_of_the_operation(case_no: str, op: RescueOperation) -> ValidationError:
    """The refusal of a rescue paper for a person the operation does not name, in the words of
    what it gave: 'a person it freed' of an operation that freed no one sent the lawyer
    looking for one."""
    freed = rescue_freed(op)
    if freed:
        return ValidationError.saying_apart(
            f"{case_no} was not rescued in operation {op.id}: give the case number of a "
            "person it freed", NOT_FREED_BY_IT, case_no, op.id)
    what = ("it freed none of them (--status none)" if freed is False
            else "it does not say whether it freed anyone")
    return ValidationError.saying_apart(
        f"{case_no} is not named in operation {op.id}, and {what}: give the case number "
        "of a person it names", NOT_NAMED_FREED_NONE if freed is False else NOT_NAMED_UNSAID,
        case_no, op.id)


# SummaryFilter fields logged in their own way (or not at all) by SummaryFilter.logged
_LOGGED_APART = ("sort", "persons", "villages", "statuses", "listed", "listed_found",
                 "listed_found_exact")


# A word of one to three letters with a dot in a place typed (Sh., St., Mt.): an abbreviation
_ABBREVIATED = re.compile(r"(?<!\w)(\w{1,3})\.(?=\s)")


@dataclass(frozen=True)
class SummaryFilter:
    status: str | None = None
    village: str | None = None
    sex: str | None = None
    query: str | None = None
    abducted_from: date | None = None
    abducted_to: date | None = None
    sort: str = "case_no"  # case_no, name, village, status
    min_age: int | None = None  # years today, as the Persons list and `search` take them
    max_age: int | None = None
    # min_age and max_age are her age when she was taken, as `person list --age-when-taken`
    # takes them (PersonFilter.taken_min_age): "girls under 18 when taken"
    age_when_taken: bool = False
    # Only these persons (case numbers as typed): a family's summary must name its own.
    persons: tuple[str, ...] = ()
    # The vault's values village is taken as (the command line's exact reading); empty: every
    # spelling of that place (PersonService.every_spelling)
    villages: tuple[str, ...] = ()
    # Several statuses, any of which chooses her (--status repeated, --held); status is None
    statuses: tuple[str, ...] = ()
    # The persons the Persons list showed for its search (query), by case number in its order:
    # "Print list..." prints those, never the search read again at every score (a court paper
    # "Layla Khalil" listed 8 women, 397 for another name in a demo vault)
    listed: tuple[str, ...] = ()
    listed_found: int | None = None  # how many the list's search found (more than it showed)
    listed_found_exact: bool = True  # else at least that many
    # Seen on or after it, by a report or a status (PersonFilter.seen_since): the team's own
    # papers only, for it tells when she was last seen (SEEN_INTERNAL_ONLY)
    seen_since: date | None = None

    @property
    def asked_statuses(self) -> tuple[str, ...]:
        """The statuses asked for: status's one, or statuses."""
        return (self.status,) if self.status else self.statuses

    def logged(self) -> dict[str, object]:
        """How the persons were chosen, for the audit trail: the words searched for are often
        names, and stay out of it; the persons named, by their case numbers."""
        chosen: dict[str, object] = {k: str(v) for k, v in vars(self).items()
                                     if v is not None and v != "" and v != () and v is not False
                                     and k not in _LOGGED_APART}
        if self.min_age is None and self.max_age is None:
            # no age asked: the paper is of no age, as the command line's --age-when-taken
            # alone is taken (the audit said "age_when_taken" of a paper that counted none)
            chosen.pop("age_when_taken", None)
        if self.statuses:
            chosen["statuses"] = list(self.statuses)
        if "query" in chosen:
            chosen["query"] = "(given)"
        if self.listed:  # as the Persons list showed them, by case number
            chosen["listed"] = list(self.listed)
            chosen["listed_found"] = f"{self.listed_found}{'' if self.listed_found_exact else '+'}"
        if self.persons:
            chosen["for"] = list(dict.fromkeys(normalise_case_no(c) for c in self.persons))
        return chosen


# A summary's filters in the order they are tried when it lists nobody (nobody_left): the
# persons a family's paper names first, then the filters as the document lists them. Each
# with the SummaryFilter fields it sets.
FILTER_STEPS = (("persons", ("persons",)), ("status", ("status", "statuses")), ("village", ("village",)),
                ("sex", ("sex",)), ("age", ("min_age", "max_age")),
                ("query", ("query", "listed")),
                ("abducted", ("abducted_from", "abducted_to")), ("seen", ("seen_since",)))

# The filter (FILTER_STEPS key) that asks about each field a record may leave blank
UNRECORDED_FILTER = {"status": "status", "sex": "sex", "village": "village", "birth": "age",
                     "abduction": "abducted"}

# A summary chosen by when she was seen tells that the team has news of each woman on it since
# that day, which no outside paper tells (a court's leaves out a held woman's reports).
SEEN_INTERNAL_ONLY = ("a %1 document is not chosen by when a woman was seen: it would tell "
                      "that reports of her came in since then, which only the team's own "
                      "papers tell; make it internal, or leave out the seen-since date")


@dataclass(frozen=True)
class NobodyLeft:
    """The filter of a summary that left nobody (a FILTER_STEPS key), and how many persons the
    filters tried before it chose (None: it was the first one set)."""

    key: str
    before: int | None


@dataclass(frozen=True)
class Document:
    """A document read from the vault and laid out, before it is a PDF. Made into one again,
    with a password or without, it is the same document: the same reading of the vault, the
    same time of making (what the print screen previews is what it saves, protected or not)."""

    view: object
    render: Callable[..., bytes]  # (view, password[, steps])

    def pdf(self, password: str | None = None, steps: Steps | None = None) -> bytes:
        """steps: told as it is made (a summary's render takes them; no other is that long)."""
        if steps is None:
            return self.render(self.view, password)
        return self.render(self.view, password, steps)


@dataclass(frozen=True)
class SummaryDocument:
    pdf: bytes
    count: int
    nobody: NobodyLeft | None = None  # set when the filters leave nobody
    left_out: int = 0  # chosen, but their sharing level does not reach the profile
    document: Document | None = None  # the same summary, to be made again with a password
    # persons still held whom the search has found, said to be missing (a court's summary)
    said_missing: int = 0
    # {case number: the persons still held her village names}, its cell printed as withheld
    villages_naming: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # {field: persons it may list left out for leaving it blank} (unrecorded_left_out)
    unrecorded: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Export:
    path: Path
    sha256: str
    size: int


def generation_time() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def today_utc() -> date:
    """The day a summary counts ages on, as its footer's "Generated" time is said (UTC): by
    the computer's clock, "Age today (2027-01-01)" stood above "Generated: 2026-12-31 23:30"."""
    return datetime.now(UTC).date()


class ReportService:
    def __init__(self, session) -> None:
        self.session = session
        self.last_left_out = 0  # persons the last rescue report counted but did not name
        # of the last rescue report: persons not named as still held, and whether its facts
        # were kept back for them (while_held.py)
        self.last_held_back: tuple[int, bool] = (0, False)
        # the relatives' links walked for the paper being made (kin_reach.py): made anew for
        # each paper, as the links stand then
        self._kin_reach: KinReach | None = None
        # the places known by name, whose words in a place typed name no one (known_places.py):
        # made anew for each paper, with the vault's villages as they stand then
        self._place_names: PlaceNames | None = None

    # -- building (in memory) ----------------------------------------------------------------
    def dossier_pdf(self, case_no: str, *, profile: Profile, lang: str,
                    password: str | None = None, despite_sharing: bool = False) -> bytes:
        """despite_sharing: made although her sharing level does not reach the profile (the
        export's audit entry must then say so: despite_sharing_detail)."""
        return self.dossier(case_no, profile=profile, lang=lang,
                            despite_sharing=despite_sharing).pdf(password)

    def dossier(self, case_no: str, *, profile: Profile, lang: str,
                despite_sharing: bool = False) -> Document:
        """The dossier read and laid out, to be made into a PDF (dossier_pdf)."""
        check_language(lang)
        source = self.dossier_source(case_no, profile, despite_sharing)
        return Document(select_dossier(source, profile, lang), render_dossier)

    def despite_sharing_detail(self, case_no: str, profile: Profile) -> dict:
        """For the audit entry of a dossier made with despite_sharing: her level and the
        profile it did not reach; empty when her level reaches it (nothing was overridden)."""
        person = self.session.persons.get(case_no)
        if reaches(person.sharing_level, profile):
            return {}
        return {"despite_sharing": person.sharing_level.value}

    def dossier_source(self, case_no: str, profile: Profile,
                       despite_sharing: bool = False) -> DossierSource:
        """Read only the parts of the record the profile lets a dossier show."""
        s = self.session
        person = s.persons.get(case_no)
        if person.merged_into is not None:
            # Refused rather than swapped for hers: the document, its file and the audit trail
            # would name one number and show another, and the lawyer must learn that the
            # family's number is no longer hers (and see the merge, which a split may undo).
            raise MergedAway(person.case_no, s.persons.kept_as([person.id])[person.id])
        if not despite_sharing and not reaches(person.sharing_level, profile):
            raise SharingRefused(sharing_refusal(person.case_no, person.sharing_level, profile,
                                                 sex=person.sex.value),
                                 person.case_no, person.sharing_level.value, profile.value,
                                 person.sex.value)
        src = DossierSource(person, s.audit.head(), generation_time(), s.is_synthetic)
        self._kin_reach, self._place_names = KinReach(s.records), None
        records = s.records
        # What was recorded under a record merged into hers is known of her too, and says so.
        src.merged_cases = [c for _, c in s.persons.records_of(person)[1:]]
        if allows(profile, "status_timeline") and allows(profile, "merged_cases"):
            src.status_sources = s.matching.status_sources(person)
        if allows(profile, "relatives"):
            # A family's paper: her sister, parents or husband, from whichever record the link
            # was made; but not a child the link was made from the child's record for (a child
            # born in captivity is recorded as his mother's son), nor an "other", another
            # family's daughter held with her.
            family = profile is Profile.FAMILY
            for link, came in records.relatives_with_merged(
                    person, (lambda r: r not in _NOT_FOR_FAMILY) if family else
                    (lambda _r: True)):
                if family and link.relation is Relation.OTHER:
                    continue
                other = s.persons.get_by_id(link.relative_id)
                if not reaches(other.sharing_level, profile):
                    # she is a person on this paper too: counted, not named, as in a summary
                    src.relatives_left_out += 1
                    continue
                src.relatives.append((_relation_word(link.relation.value, other.sex),
                                      other.case_no, other))
                src.relative_sources.append(came)
        if allows(profile, "contacts"):
            src.contacts = self._marked(src, "contact", records.contacts_with_merged(person))
        if allows(profile, "photo"):
            photos = records.photos_with_merged(person)   # hers first
            src.photo = photos[0][0].data if photos else None
        if allows(profile, "incident") and person.incident_id is not None:
            src.incident = records.incident(person.incident_id)
        if person.incident_id is not None:
            # the date and place of her abduction where hers are not recorded: a family's
            # paper, which has no incident line, said "not recorded" of what the vault knows
            src.taken_in = src.incident or records.incident(person.incident_id)
        # Of a woman still held, a court's paper keeps back what could place her now or tell
        # that anyone is working to free her (while_held.py); it says so, and so does the
        # command line. Kept back here: the PDF code never sees them.
        src.held = withholds_while_held(profile, person.current_status.value) and any(
            allows(profile, f) for f in ("status_timeline", "reports", "rescues"))
        # the persons still held whose search it keeps back, by what named them
        in_reports: set[str] = set()
        in_text: set[str] = set()
        in_operations: set[str] = set()
        in_places: set[str] = set()  # named in a report's Place, printed as withheld
        if allows(profile, "reports"):
            reports = self._marked(src, "report", records.reports_with_merged(person))
            if not allows(profile, "report_proved_false"):
                kept = [r for r in reports if not r.proved_false]
                src.reports_proved_false, reports = len(reports) - len(kept), kept
            if src.held:
                kept = [r for r in reports if not since_abduction(r, self._taken(person))]
                src.reports_held_back, reports = len(reports) - len(kept), kept
            # A report of several persons (sisters held together) tells of each: one still
            # held whom this paper is not about is kept back as on her own paper, since her
            # abduction; a freed sister's court dossier printed "Layla is still in the house
            # of Abu Omar".
            kept, naming = [], 0
            for r in reports:
                filed = self.session.persons.as_kept(list(r.person_ids))
                held = [o for o in filed
                        if o.id != person.id and search_hidden(profile, o, {person.id})
                        and since_abduction(r, self._taken(o))]
                if held:
                    in_reports.update(o.case_no for o in held)
                    continue
                # and so is one whose printed text names such a person, filed under her or
                # not: "her sister Nadia is still held in the house of X in Tal Afar"
                named = [o for o in self._named_in_text(r, filed, profile)
                         if o.id != person.id and search_hidden(profile, o, {person.id})
                         and since_abduction(r, self._taken(o))]
                if named:
                    in_text.update(o.case_no for o in named)
                    naming += 1
                    continue
                kept.append(r)
                # its Place cell, a place typed ("مع اختها ليلى في الرقة", with her sister
                # Layla in Raqqa): printed as withheld where it names such a person
                held = self._named_in_place(r.place, filed, person, profile) \
                    if self._place_printed(r, profile) else []
                if held:
                    src.report_places_naming_others_held.add(r.id)
                    in_places.update(o.case_no for o in held)
            src.reports_of_others_held = len(reports) - len(kept) - naming
            src.reports_naming_others_held, src.reports = naming, kept
        if allows(profile, "rescues"):
            rescues = self._marked(src, "rescue", records.rescues_with_merged(person))
            if src.held:
                src.rescues_held_back, rescues = len(rescues), []
            for op in rescues:
                # an operation naming someone still held this paper is not about, freed or not:
                # its date, place and outcome kept back, as on a court's rescue report
                concerned = self.session.persons.as_kept(list(op.person_ids))
                # (its outcome printed as _rescues prints it: not of one that freed others)
                concerned += self._named_in_operation(
                    op, concerned, profile, others=bool(set(op.person_ids) - {person.id}))
                held = facts_kept_back(op, concerned, profile, {person.id})
                if held:
                    src.rescue_facts_held.add(op.id)
                    in_operations.update(o.case_no for o in held if o.id != person.id)
            src.rescues = rescues
        src.others_held = (tuple(sorted(in_reports)), tuple(sorted(in_operations)),
                           tuple(sorted(in_text)))
        if allows(profile, "provenance"):
            src.provenance = self._lists_naming(person, profile)
            # a list's own place cells quoted there, read as her place fields are
            in_places.update(self._list_places_naming(src, profile))
        self._fields_naming_others(src, profile, in_places)
        if not allows(profile, "merged_cases"):
            # what came with a merged record is hers and printed, but not under the merged
            # record's number: a family's paper had it in a "Merged record" column too
            src.merged_cases, src.came_from, src.status_sources = [], {}, []
        return src

    def _fields_naming_others(self, src: DossierSource, profile: Profile,
                              named: set[str]) -> None:
        """The free-text fields of her record the paper prints (how she was taken, who held
        her, where she was last known to be, her incident's description) whose text names
        another person still held, by the rule of a report's text: noted in src, printed as
        withheld. "Taken with her sister Layla Khalil, still held in the house of Abu Omar in
        Tal Afar" on a freed woman's court dossier told where her sister is. So too the places
        it prints (her village, district and governorate, where she was taken, her incident's
        place), where no word of a known place's name is read as a person's (_named_in_place).
        named: the persons already found named in a report's Place, added to those named."""
        person = src.person
        # her abduction's place as printed: hers, else her incident's
        taken = person.abduction_place or (src.taken_in.place if src.taken_in else "")
        places = [("origin_village", "origin", person.origin_village),
                  ("origin_district", "origin", person.origin_district),
                  ("origin_governorate", "origin", person.origin_governorate),
                  ("abduction_place", "abduction_place", taken)]
        if src.incident is not None:  # the place in its row, apart from hers
            places.append(("incident_place", "incident", src.incident.place))
        named = set(named)
        for key, field_name, value in places:
            if allows(profile, field_name) and (value or "").strip():
                held = self._named_in_place(value, [person], person, profile)
                if held:
                    src.fields_naming_others_held.append(key)
                    named.update(o.case_no for o in held)
        texts = [("circumstances", "abduction_circumstances", person.abduction_circumstances)]
        if not src.held:  # of a woman still held the paper prints neither
            texts += [("held_by", "held_by", person.held_by),
                      ("last_known_location", "last_known_location",
                       person.last_known_location)]
        if src.incident is not None:
            texts.append(("incident", "incident", src.incident.description))
        for key, field_name, value in texts:
            if not allows(profile, field_name) or not (value or "").strip():
                continue
            held = [o for o in self._named_in(value, [person], profile)
                    if o.id != person.id and search_hidden(profile, o, {person.id})]
            if held:
                src.fields_naming_others_held.append(key)
                named.update(o.case_no for o in held)
        src.held_named_in_fields = tuple(sorted(named))

    def _named_in_place(self, value: str, filed: list[Person], person: Person,
                        profile: Profile) -> list[Person]:
        """The persons still held whose search a paper of this profile about person keeps
        back, other than her, whom a place typed names (named_in_text.py, by the rule of a
        report's text), no word of a known place's name read as a person's (known_places.py):
        "house of Khalil Hassan's brother, Tal Afar" names a held Khalil Hassan; Siba Sheikh
        Khidir no brother Khidir."""
        return [o for o in self._named_in(value, filed, profile, place=True)
                if o.id != person.id and search_hidden(profile, o, {person.id})]

    @staticmethod
    def _place_printed(r: Report, profile: Profile) -> bool:
        """Whether a paper of this profile prints this report's Place as typed (not
        "withheld", as it does where the report could identify its source)."""
        return bool(r.place.strip()) and not (
            r.could_identify_source and not allows(profile, "report_identifying_text"))

    def _named_in_text(self, r: Report, filed: list[Person], profile: Profile) -> list[Person]:
        """The persons still held, other than those r is filed under, whom its text names where
        a paper of this profile prints that text (named_in_text.py): by her given name and
        her father's, in any stored spelling or script, or an alias whole; a relative of one it
        is filed under by her given name alone ("her sister Nadia"), or within KIN_LINKS links
        where the text has a kinship word ("her aunt Layla": her mother's sister). A given name
        alone names no one else: "Nadia" is the name of hundreds of women in a vault. Not looked for where
        the profile shows the search for everyone (the team's papers)."""
        printed = allows(profile, "report_text") and not (
            r.could_identify_source and not allows(profile, "report_identifying_text"))
        return self._named_in(r.text, filed, profile) if printed else []

    def _named_in_operation(self, op: RescueOperation, concerned: list[Person],
                            profile: Profile, others: bool) -> list[Person]:
        """The persons still held, other than those op concerns, whom the words a paper of
        this profile prints of it name (its outcome, unless others: the paper leaves out the
        outcome of an operation that freed others it does not name (rescue_pairs); route,
        handover point, needs and notes where printed): "Shirin freed; Xezal moved to Syria
        before" printed, on Shirin's family and court papers, where the woman still held was
        taken. By the rule of a report's text; a given name alone also names one sought by
        another operation with them (Xezal, sought with Shirin in May), unless it is the given
        name of one of the operation's own ("Gulizar, Layla and Vian freed")."""
        outcome = op.outcome if not others or allows(profile, "rescue_outcome_of_others") \
            else ""
        typed = [outcome, *(v for f, v in (("rescue_route", op.route),
                                           ("rescue_handover_point", op.handover_point),
                                           ("rescue_needs", op.needs),
                                           ("rescue_notes", op.notes)) if allows(profile, f))]
        records = self.session.records
        sought_with = {pid for o in concerned for other, _ in records.rescues_with_merged(o)
                       for pid in other.person_ids}
        named = self._named_in("\n".join(t for t in typed if t and t.strip()), concerned,
                               profile, sought_with)
        # and where it freed her from, or was tried: a place typed, read as places are
        # ("Raqqa house 45, her aunt Layla still there"; never Siba Sheikh Khidir's Khidir)
        ids = {o.id for o in named}
        return named + [o for o in self._named_in(op.from_place, concerned, profile,
                                                  sought_with, place=True) if o.id not in ids]

    def _named_in(self, text: str, filed: list[Person], profile: Profile,
                  known_by_given: set[int] = frozenset(), place: bool = False) -> list[Person]:
        """The persons still held, other than filed, whom text names (named_in_text.py), its
        words that name the filed read as theirs: relatives of the filed, and those of
        known_by_given, by the given name alone too (any spelling of it, an alias, a
        nickname); those two or three links off (KIN_LINKS) so only where the text has a
        kinship word ("her aunt, who is called Layla"), never by a function word as typed.
        place: text is a place typed, whose words in a known place's name are no one's."""
        if not text or not text.strip() or allows(profile, "search_of_others_while_held"):
            return []
        if place:
            # a place's abbreviation ends no sentence: "Siba Sh. Khidir" is one place
            text = _ABBREVIATED.sub(r"\1 ", text)
            if self._places().whole(text):
                return []  # "Tal Afar, Siba Sheikh Khidir": no word of it to read as a name
        read = Text(text, filed, self._places().at if place else None)
        if not read.sentences:
            return []
        s, filed_ids = self.session, {o.id for o in filed}
        # her aunt, linked only as her mother's sister, is "her aunt Layla" too (kin_reach.py),
        # by her name alone only where the text has a kinship word: without one, beyond one
        # link, على was an uncle Ali and "summer" a cousin Samir. Walked so far only then.
        reach = self._kin().within(filed, KIN_LINKS if read.has_kin_word else 1)
        near = ({pid for pid, links in reach.items() if links == 1} | set(known_by_given)) \
            - filed_ids
        relatives = near | (set(reach) - filed_ids)
        found = s.search.named_candidates(read.words) - filed_ids
        named = []
        for o in self._kin().persons(relatives) + s.persons.get_many(sorted(found - relatives)):
            if o.merged_into is not None or not still_held(o.current_status.value):
                continue
            if read.names(o, given_alone=o.id in relatives, further_off=o.id not in near):
                named.append(o)
        return named

    def _kin(self) -> KinReach:
        """The relatives' links walked for the paper being made, once for all its texts (a
        court dossier walked them again for every report, operation and field)."""
        if self._kin_reach is None:
            self._kin_reach = KinReach(self.session.records)
        return self._kin_reach

    def _places(self) -> PlaceNames:
        """The places known by name for the paper being made (known_places.py), once."""
        if self._place_names is None:
            self._place_names = known_places()
        return self._place_names

    def _taken(self, person: Person):
        """When she was taken: her abduction's date, else her incident's (taken with the others
        of that day)."""
        incident = None if person.incident_id is None else self.session.records.incident(
            person.incident_id)
        return taken_date(person, {person.incident_id: incident} if incident else {})[0]

    @staticmethod
    def _marked(src: DossierSource, kind: str, held: list) -> list:
        """The records, each noted in src.came_from under (kind, id) when it was recorded under
        a record merged into hers."""
        for item, came in held:
            if came:
                src.came_from[(kind, item.id)] = came
        return [item for item, _ in held]

    def _lists_naming(self, person: Person, profile: Profile) -> list[dict]:
        """Every list row that named her, hers and those of the records merged into her, each
        with what it said as far as the profile allows (the row's other cells stay behind)."""
        s = self.session
        entries = rows_naming(s.records, person, s.matching.merged_records(person.case_no))
        mappings = s.records.batch_mappings({e["batch_id"] for e in entries if e["batch_id"]})
        out = []
        for e in entries:
            mapping = mappings.get(e["batch_id"], "")
            orders, date1904 = batch_reading(mapping)
            kept = ("batch_id", "file_sha256", "row_number", "recorded_at", "merged_case_no")
            if allows(profile, "provenance_sender"):
                kept += ("list_source", "file_name", "sheet")
            shown = {k: e[k] for k in kept}
            out.append({**shown, "said": said(e["raw_json"], stored_columns(mapping), profile,
                                              e.get("sex_read"), orders, date1904,
                                              batch_new_years(mapping),
                                              batch_typed_numbers(mapping))})
        return out

    def _list_places_naming(self, src: DossierSource, profile: Profile) -> set[str]:
        """The persons still held (their case numbers) whom a place cell a list wrote of her
        names (her village, district, governorate, where she was taken: list_said.PLACE_CELLS),
        as quoted under "Lists naming this person": each such cell noted in its entry
        ("withheld": its positions in "said"), printed as withheld as her own fields are.
        "Kocho school, her sister Layla still kept in Raqqa" was printed a few lines under her
        abduction place printed withheld."""
        named: set[str] = set()
        for entry in src.provenance:
            withheld = []
            for n, (key, value, _) in enumerate(entry["said"]):
                if key in PLACE_CELLS and (held := self._named_in_place(
                        value, [src.person], src.person, profile)):
                    withheld.append(n)
                    named.update(o.case_no for o in held)
            if withheld:
                entry["withheld"] = withheld
                src.list_places_naming_others_held += len(withheld)
        return named

    def summary_pdf(self, f: SummaryFilter, *, profile: Profile, lang: str,
                    password: str | None = None, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> tuple[bytes, int]:
        made = self.summary(f, profile=profile, lang=lang, password=password,
                            progress=progress, cancel=cancel)
        return made.pdf, made.count

    def summary(self, f: SummaryFilter, *, profile: Profile, lang: str,
                password: str | None = None, progress: Progress | None = None,
                cancel: threading.Event | None = None,
                step: Callable[[str], None] | None = None) -> SummaryDocument:
        """The summary's PDF, how many it lists and, where that is nobody, the filter that left
        nobody: the document says it (an empty table with a filter left set reads as a list
        of no one), and so do the command line and the print screen. Persons the filters
        chose whose sharing level does not reach the profile are left out and counted
        (left_out), on the paper too. step(key) is told as each step begins (app/reports/
        steps.py: READING, LAYOUT, PAGES, FINISHING), progress(done, total) within it; cancel
        is honoured at each."""
        check_language(lang)
        if profile is Profile.FAMILY and not f.persons:
            # a filter is no answer: "Kocho, missing" is every family of the village
            raise ValidationError(family_summary_needs_persons(self.session.case_prefix))
        if profile is Profile.FAMILY:
            # --for was taken as given: two unrelated women were listed on one family's paper
            groups = families(self.session, self.named_persons(f.persons))
            if len(groups) > 1:
                raise not_one_family(groups)
        if f.seen_since and profile is not Profile.INTERNAL:
            raise ValidationError.saying(SEEN_INTERNAL_ONLY, ProfileWord(profile.value))
        asked = f.asked_statuses
        if "unknown" in asked and shown_status("unknown", profile) != "unknown":
            raise ValidationError(
                f"a {profile.value} document says \"missing\" of a person whose status is "
                "unknown: nothing says she is out, so she counts as still held; --status "
                "missing lists them with the others")
        if any(shown_status(s, profile) != s for s in asked):
            held = " while she is held" if allows(profile, "status_progress") else ""
            raise ValidationError(
                f"a {profile.value} document does not say who was sighted, located or is in "
                f"negotiation (a search under way){held}: to its readers they are missing, and "
                "--status missing lists them with the others")
        steps = Steps(progress, step, cancel, "cancelled: no summary was made")
        steps.begin(READING)
        chosen = self.summary_persons(f, steps, cancel, profile, lang)
        steps.begin(LAYOUT)
        # Left out, never covered up, and counted on the paper: a list that silently lacked
        # them would read as "no one else is missing".
        people = [p for p in chosen if reaches(p.sharing_level, profile)]
        left_out = len(chosen) - len(people)
        shown = self._filter_labels(f, lang, sex_of_all(p.sex.value for p in people), profile)
        naming = self._villages_naming_others(people, profile)
        view = select_summary(people, profile, lang, list(shown.values()),
                              generation_time(), self.session.audit.head(),
                              self.session.is_synthetic, left_out,
                              {p.id for p in people if p.case_no in naming}, self._incidents())
        # left out by a filter for a value not recorded: counted, field by field, as the
        # sharing levels' are
        unrecorded = self.unrecorded_left_out(f, profile)
        view.unrecorded = [label("unrecorded_left_out", lang).format(
            count=code(str(n)), what=label(f"unrecorded_{key}", lang),
            filter=shown[UNRECORDED_FILTER[key]][0]) for key, n in unrecorded.items()]
        # the filters left nobody (not the sharing levels): which one, as before
        nobody = None if chosen else self.nobody_left(f, profile)
        if nobody is not None:
            view.nobody = _nobody_said(nobody, shown, lang)
        document = Document(view, render_summary)
        return SummaryDocument(document.pdf(password, steps), len(people), nobody, left_out,
                               document, view.said_missing, naming, unrecorded)

    def _villages_naming_others(self, people: list[Person],
                                profile: Profile) -> dict[str, tuple[str, ...]]:
        """{case number: the persons still held, not she, whom her village as typed names},
        of the persons a list paper of this profile prints with their village: read as a
        place typed (_named_in_place), so that a value all of whose words are a known place's
        name of several words (Siba Sheikh Khidir) is read once for the paper and no further;
        one of a word (Kocho, Hardan) is read for each person: it may be a brother Hardan."""
        if not allows(profile, "origin") or allows(profile, "search_of_others_while_held"):
            return {}
        self._kin_reach, self._place_names = KinReach(self.session.records), None
        places_only: dict[str, bool] = {}
        out: dict[str, tuple[str, ...]] = {}
        for p in people:
            value = p.origin_village
            if not value.strip():
                continue
            if value not in places_only:
                places_only[value] = self._places().whole(value)
            if places_only[value]:
                continue
            held = self._named_in_place(value, [p], p, profile)
            if held:
                out[p.case_no] = tuple(sorted(o.case_no for o in held))
        return out

    @staticmethod
    def left_out_message(left_out: int, profile: Profile) -> str:
        """What the command line says of the persons a document left out by sharing level."""
        return left_out_said(left_out, profile) if left_out else ""

    def nobody_left(self, f: SummaryFilter, profile: Profile) -> NobodyLeft | None:
        """Which of f's filters leaves nobody, trying them one by one in FILTER_STEPS order;
        None where no filter is set (the vault holds no one the profile may list)."""
        kept: dict[str, object] = {}
        before = None
        for key, fields in FILTER_STEPS:
            if all(getattr(f, n) in (None, "", ()) for n in fields):
                continue
            kept.update({n: getattr(f, n) for n in fields})
            count = len(self.summary_persons(
                SummaryFilter(**kept, age_when_taken=f.age_when_taken), profile=profile))
            if not count:
                return NobodyLeft(key, before)
            before = count
        return None

    def summary_persons(self, f: SummaryFilter, progress: Progress | None = None,
                        cancel: threading.Event | None = None,
                        profile: Profile = Profile.INTERNAL, lang: str = "en") -> list[Person]:
        """The persons f chooses, by the statuses the profile's document says they have: a
        public list of the missing holds the women located or in negotiation too, or the gap
        beside a full list would say who they are. Sorted by name, by the name in the script
        lang's readers read (the stored sort texts, app/domain/name_collation.py)."""
        asked = f.asked_statuses
        f, said_as, ages = self._filter_parts(f, profile)
        status = f.status if f.status and said_as == {f.status} else None
        # by name: in the order of the names lang's readers read first, as stored with each
        # person (name_order.py): read so, not sorted again
        order = ("name_original" if is_rtl(lang) else "name") if f.sort == "name" else f.sort
        rows = self.session.persons.list(PersonFilter(status, f.village, f.sex, **ages,
                                                      villages=f.villages,
                                                      seen_since=f.seen_since),
                                         order=order)
        if asked and status is None:
            rows = [r for r in rows if r.current_status in said_as]
        if f.persons:
            wanted = {p.id for p in self.named_persons(f.persons)}
            rows = [r for r in rows if r.id in wanted]
        if f.listed:
            place = {p.id: n for n, p in enumerate(self.named_persons(f.listed))}
            rows = sorted((r for r in rows if r.id in place), key=lambda r: place[r.id])
        ids = [r.id for r in rows]
        people: list[Person] = []
        for i in range(0, len(ids), 500):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled: no summary was made")
            people += self.session.persons.get_many(ids[i:i + 500])
            if progress:
                progress(min(i + 500, len(ids)), len(ids))
        incidents = self._incidents()
        chosen = [p for p in people if _matches(p, f, incidents)]
        if f.listed:
            return chosen  # in the list's order, as she saw it
        if f.sort == "status" and any(shown_status(s.value, profile) != s.value
                                      for s in Status):
            # In the order of the statuses the paper shows: in the vault's order the "missing"
            # would come in runs (in negotiation, located, missing, sighted), and a run's case
            # numbers would say which women are found.
            chosen.sort(key=lambda p: (shown_status(p.current_status.value, profile),
                                       p.case_no))
        return chosen

    def _filter_parts(self, f: SummaryFilter, profile: Profile
                      ) -> tuple[SummaryFilter, set[str], dict[str, int | None]]:
        """(f with the vault's values its village is taken as, the vault's statuses the paper
        says are those asked for, the PersonFilter fields of its ages)."""
        if unknown := [s for s in f.asked_statuses if s not in {s.value for s in Status}]:
            raise ValidationError(f"unknown status {unknown[0]!r}")
        # refuses a reversed range
        born_from, born_to = age_filter(f.min_age, f.max_age, today_utc())
        ages = {"born_from": born_from, "born_to": born_to}
        if f.age_when_taken:
            ages = {"taken_min_age": f.min_age, "taken_max_age": f.max_age}
        if f.village and not f.villages:
            # The village itself, as `summary --village` takes it: the Print screen's box
            # printed Hardan's women on a summary asked for "Hardann", without a word.
            f = replace(f, villages=self.session.persons.villages_chosen(f.village)[0])
        said_as = {s.value for s in Status if shown_status(s.value, profile) in f.asked_statuses}
        return f, said_as, ages

    def _incidents(self) -> dict[int, Incident]:
        """The vault's incidents by id (a few), for the abduction dates of those taken in one."""
        return {i.id: i for i in self.session.records.list_incidents()}

    def unrecorded_left_out(self, f: SummaryFilter, profile: Profile) -> dict[str, int]:
        """{field: how many persons the paper may name its filters leave out only for leaving
        it blank} ("abduction": no abduction date recorded, "birth", "village", "sex",
        "status"), as `person list` counts them (SearchService.unrecorded_count): a paper of
        the women taken in 2014 that left out those whose date is not recorded read as all of
        them. A person blank in two of them counts under each."""
        f, said_as, ages = self._filter_parts(f, profile)
        wanted = SearchFilter(statuses=tuple(sorted(said_as)), village=f.village, sex=f.sex,
                              **ages, abducted_from=f.abducted_from, abducted_to=f.abducted_to,
                              villages=f.villages, seen_since=f.seen_since)
        if wanted.is_empty:
            return {}
        rows = [(pid, fields) for pid, level, fields
                in self.session.search.unrecorded_rows(wanted) if reaches(level, profile)]
        for named in (f.persons, f.listed):  # only those the paper is of
            if named:
                ids = {p.id for p in self.named_persons(named)}
                rows = [(pid, fields) for pid, fields in rows if pid in ids]
        if f.query and not f.listed and rows:
            kept = {p.id for p in self.session.persons.get_many([pid for pid, _ in rows])
                    if _words_match(p, f.query)}
            rows = [(pid, fields) for pid, fields in rows if pid in kept]
        counted = Counter(field for _, fields in rows for field in fields)
        return {field: counted[field] for field in UNRECORDED_FIELDS if counted[field]}

    def rescue_pdf(self, rescue_id: int, *, profile: Profile, lang: str,
                   password: str | None = None, for_persons: tuple[str, ...] = ()) -> bytes:
        """The rescue report as a PDF (rescue)."""
        return self.rescue(rescue_id, profile=profile, lang=lang,
                           for_persons=for_persons).pdf(password)

    def rescue(self, rescue_id: int, *, profile: Profile, lang: str,
               for_persons: tuple[str, ...] = ()) -> Document:
        """for_persons: the case numbers of the persons the paper is for, each named in this
        operation; only they are named, the others counted. A family's paper must name hers:
        an operation that freed women of two families is two families' business. One rule
        whatever the operation gave: she must be one it names, freed by it or, where it freed
        no one (it failed), one it was for; her family is owed the paper of a failed attempt
        as of a rescue, and the paper says which it was (select_rescue)."""
        check_language(lang)
        if profile is Profile.FAMILY and not for_persons:
            raise ValidationError(family_rescue_needs_person(self.session.case_prefix))
        op = self.session.records.get_rescue(rescue_id)
        if not (allows(profile, "rescues") and allows(profile, "names")) \
                and rescue_freed(op) is False:
            # A paper that may show neither its record nor its persons has only its outcome
            # to tell, and "not freed by it" on an appeal tells whoever holds them that an
            # attempt was made (as a public list never says who was sighted)
            raise ValidationError.saying(
                "operation %1 freed no one: a public document does not tell of it (it would say "
                "only that an attempt for someone failed); it is made only of an operation "
                "that freed someone", op.id)
        chosen = self.named_persons(for_persons)
        for p in chosen:
            # the paper is about her: as her dossier, refused rather than made without her
            if not reaches(p.sharing_level, profile):
                raise SharingRefused(
                    sharing_refusal(p.case_no, p.sharing_level, profile, can_override=False,
                                    sex=p.sex.value),
                    p.case_no, p.sharing_level.value, profile.value, p.sex.value)
        hers: set[int] = set()  # the operation's records that are hers (or merged into hers)
        self._kin_reach, self._place_names = KinReach(self.session.records), None
        for p in chosen:
            mine = {pid for pid, _ in self.session.persons.records_of(p)} & set(op.person_ids)
            if not mine:
                raise not_of_the_operation(p.case_no, op)
            hers |= mine
        persons, others, left_out, held_back, facts_held = [], 0, 0, 0, False
        if allows(profile, "rescues") and allows(profile, "names"):
            # she is named by her own number, as her dossier names her
            persons = chosen or self.session.persons.as_kept(list(op.person_ids))
            others = len(set(op.person_ids) - hers) if chosen else 0
            # those whose sharing level does not reach the profile are counted, not named
            named = [p for p in persons if reaches(p.sharing_level, profile)]
            left_out, persons = len(persons) - len(named), named
            # and so are those still held, where the profile keeps back the search for them
            # (a court's: while_held.py); an operation that names one of them, freed or not,
            # is the search for her, and its facts are kept back too
            free = [p for p in persons
                    if not withholds_while_held(profile, p.current_status.value)]
            held_back, persons = len(persons) - len(free), free
            # (a family's paper: of anyone but its own, whose search the family is told)
            own = {p.id for p in chosen}
            concerned = self.session.persons.as_kept(list(op.person_ids))
            concerned += self._named_in_operation(op, concerned, profile,
                                                  others=bool(others or left_out))
            facts_held = bool(facts_kept_back(op, concerned, profile, own))
        view = select_rescue(op, persons, profile, lang, generation_time(),
                             self.session.audit.head(), self.session.is_synthetic, others,
                             left_out, held_back, facts_held)
        self.last_left_out = left_out
        self.last_held_back = (held_back, bool(view.facts_note))
        return Document(view, render_rescue)

    def named_persons(self, case_nos: tuple[str, ...] | list[str]) -> list[Person]:
        """The persons of these case numbers (typed loosely: snj-9 is SNJ-00009), each once. The
        number of a record merged into another is refused, naming hers, as for a dossier: the
        family's paper would carry a number no longer in use."""
        seen: dict[str, Person] = {}
        for typed in case_nos:
            case_no = normalise_case_no(typed)
            if case_no not in seen:
                person = self.session.persons.get(case_no)
                if person.merged_into is not None:
                    raise MergedAway(person.case_no,
                                     self.session.persons.kept_as([person.id])[person.id],
                                     named_with_for=True)
                seen[case_no] = person
        return list(seen.values())

    def export_dossier_batch(self, case_nos: list[str], folder: Path, *, profile: Profile,
                             lang: str, password: str | None = None,
                             progress: Progress | None = None,
                             cancel: threading.Event | None = None) -> list[Export]:
        """One PDF per person, named by case number, each audited; cancel stops between files
        (the files already written stay, and each of them is in the audit trail)."""
        check_language(lang)
        folder = Path(folder)
        if not folder.is_dir():
            raise InputFileError(f"{folder} is not a folder")
        done: list[Export] = []
        for i, case_no in enumerate(case_nos, 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled(f"cancelled after {len(done)} of {len(case_nos)} dossiers")
            # refused for a person whose sharing level does not reach the profile, before any
            # of her file is written (those already written stay, each in the audit trail)
            made = self.dossier(case_no, profile=profile, lang=lang)
            held = made.view.held_back  # what a court's paper of a woman still held left out
            others = made.view.others_held_back  # and for others still held (a sister)
            detail = {**(held.detail() if held else {}), **(others.detail() if others else {})}
            done.append(self.write(made.pdf(password), folder / f"{case_no}.pdf",
                                   what="dossier", ref=case_no, profile=profile, lang=lang,
                                   encrypted=password is not None, detail=detail or None))
            if progress:
                progress(i, len(case_nos))
        return done

    # -- writing -------------------------------------------------------------------------
    def write(self, pdf: bytes, out: Path, *, what: str, ref: str, profile: Profile,
              lang: str, encrypted: bool, detail: dict | None = None) -> Export:
        """Write the PDF where the user asked (and nowhere else), then record the export."""
        out = Path(out)
        if out.is_dir():
            raise InputFileError(f"{out} is a folder: give a file name for the PDF")
        digest = hashlib.sha256(pdf).hexdigest()
        try:
            write_private(out, pdf)  # owner-only, flushed; never half a PDF (a full disk)
        except OSError as e:
            raise written_refused(out, e) from None
        info = {"profile": profile.value, "lang": lang, "sha256": digest, "bytes": len(pdf),
                "encrypted": encrypted, **(detail or {})}
        try:
            with self.session.db.transaction():
                self.session.audit.append(f"export.{what}", what, _audit_ref(what, ref), info)
        except BaseException:
            out.unlink(missing_ok=True)  # an export the audit trail does not know must not stay
            raise
        return Export(out, digest, len(pdf))

    def record_printed(self, pdf: bytes, *, what: str, ref: str, profile: Profile, lang: str,
                       detail: dict | None = None) -> None:
        """A document about to go to a printer, in the audit trail as an export: a printed
        copy discloses as much as a saved file. Recorded first: what the trail cannot hold is
        not printed."""
        info = {"profile": profile.value, "lang": lang,
                "sha256": hashlib.sha256(pdf).hexdigest(), "bytes": len(pdf), "printer": True,
                **(detail or {})}
        with self.session.db.transaction():
            self.session.audit.append(f"export.{what}", what, _audit_ref(what, ref), info)

    def _filter_labels(self, f: SummaryFilter, lang: str, sex: str = BOTH_SEXES,
                       profile: Profile = Profile.INTERNAL) -> dict[str, tuple[str, str]]:
        """{FILTER_STEPS key: (label, value)} of the filters set, in the document's order; a
        status said as of the persons listed (sex: sex_of_all of them). The persons named
        (--for) are those the profile may list: the paper counts the others, never names them."""
        shown = {}
        if asked := f.asked_statuses:  # every one asked for: "Status: missing" hid the rest
            shown["status"] = (label("status", lang), label("note_parts", lang).join(
                status_label(s, lang, sex) for s in asked))
        if f.village:
            # as typed (docs/REPORTS.md), as the filter took it: it takes every spelling of the
            # place, and "Kocho" in an Arabic paper's filters is what the team asked for
            shown["village"] = (label("village", lang), text(f.village))
        if f.sex:
            shown["sex"] = (label("sex", lang), label(f"sex_{f.sex}", lang))
        if f.min_age is not None or f.max_age is not None:
            # which age it is, and who it cannot take: "Age: … – 17" above "No person is
            # listed" read as "no children were taken" of women who were children in 2014
            which = (label("age_when_taken", lang).format(year=ABDUCTIONS_BEGAN)
                     if f.age_when_taken
                     else label("age_today_on", lang).format(date=f"\u2066{today_utc()}\u2069"))
            shown["age"] = (which, _range(f.min_age, f.max_age, lang)
                            + label("age_no_birth", lang))
        if f.listed:
            # how they were chosen: a court's reader of "Search: Khalida Shekho" could not tell
            # which of the persons a ranked search finds were meant
            n, found = len(f.listed), max(f.listed_found or 0, len(f.listed))
            said = label("listed_some" if found > n else "listed_all", lang)
            shown["query"] = (label("chosen_how", lang), said.format(
                n=code(str(n)), found=code(f"{found}{'' if f.listed_found_exact else '+'}"),
                query=text(f.query or "")))
        elif f.query:
            # word for word, as before the list's search was taken: every person it ranks, at
            # any score and for one word of several, a mother's name, was printed
            shown["query"] = (label("query_words", lang), text(f.query))
        if f.abducted_from or f.abducted_to:
            shown["abducted"] = (label("abducted_between", lang),
                                 _range(f.abducted_from, f.abducted_to, lang))
        if f.seen_since:
            shown["seen"] = (label("seen_since", lang), "\u2066" + str(f.seen_since) + "\u2069")
        if f.persons:
            # the filters line printed the case number of a woman the paper left out
            named = [p for p in self.named_persons(f.persons) if reaches(p.sharing_level, profile)]
            shown["persons"] = (label("chosen_persons", lang),
                                ", ".join(code(p.case_no) for p in named) or "–")
        return shown


def _range(a: object | None, b: object | None, lang: str) -> str:
    """A range of ages or dates in lang's words, each end isolated left to right (one island
    for the whole range read its later end first in an Arabic paper)."""
    key = "range_both" if a is not None and b is not None else (
        "range_from" if a is not None else "range_to")
    return label(key, lang).format(a=f"\u2066{a}\u2069", b=f"\u2066{b}\u2069")


def _nobody_said(nobody: NobodyLeft, shown: dict[str, tuple[str, str]], lang: str) -> str:
    """The sentence a summary that lists nobody prints: the filter that left nobody, as its
    filters line names it, and how many the filters before it chose."""
    name, value = shown[nobody.key]
    said = f"{name}: {value}"
    if nobody.before is None:
        return label("nobody_left_first", lang).format(filter=said)
    return label("nobody_left_after", lang).format(filter=said,
                                                    count=code(str(nobody.before)))


def fold(s: str) -> str:
    """Loose form for the summary's text search: no case, accents, Arabic vowels or tatweel."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch) and ch != "\u0640")
    return s.translate(str.maketrans("أإآٱةىیکە", "ااااهييكه"))


def _words_match(p: Person, query: str) -> bool:
    """Her own names, aliases and case number hold every word of query, as written there
    ("00007" is SNJ-00007); a relative's name is no part of it."""
    hay = fold(" ".join([p.case_no, p.full_name("original"), p.full_name("latin"), *p.aliases]))
    return all(word in hay for word in fold(query).split())


def _matches(p: Person, f: SummaryFilter, incidents: dict[int, Incident]) -> bool:
    if f.query and not f.listed and not _words_match(p, f.query):
        return False
    if f.abducted_from or f.abducted_to:
        d = taken_date(p, incidents)[0]  # hers, else her incident's, as her dossier says
        if d.earliest is None and d.latest is None:
            return False
        if f.abducted_from and (d.latest or d.earliest) < f.abducted_from:
            return False
        if f.abducted_to and (d.earliest or d.latest) > f.abducted_to:
            return False
    return True


def _audit_ref(what: str, ref: str) -> str:
    """The reference an export is logged under. The trail is read by case number (a person's
    history): a dossier asked for as 'snj-1' is logged as SNJ-00001, the number it was built
    from. A summary is about no one person, whatever reference was left in a field."""
    if what == "dossier":
        return normalise_case_no(ref)
    return "" if what == "summary" else ref


# A relation said by the relative's sex where the vault knows it: her sister is "أخت", not
# "أخ / أخت" (the relation alone names both).
_BY_SEX = {("sibling", Sex.FEMALE): "sister", ("sibling", Sex.MALE): "brother",
           ("child", Sex.FEMALE): "daughter", ("child", Sex.MALE): "son",
           ("spouse", Sex.FEMALE): "wife", ("spouse", Sex.MALE): "husband"}


def _relation_word(relation: str, sex: Sex) -> str:
    """The label key (after "relation_") for a relative of this relation and sex."""
    return _BY_SEX.get((relation, sex), relation)
