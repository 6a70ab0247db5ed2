"""Column mapping: suggestions from header names and from content, saved and loaded as JSON."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from app.domain.errors import InputFileError, ValidationError
from app.domain.fuzzydate import ABDUCTIONS_BEGAN, DIGITS, MAX_AGE, FuzzyDate
from app.domain.script import is_arabic_script
from app.importing import date_order, new_year
from app.importing import reasons as why
from app.importing.birth_header import BIRTH_YEARS, BY_VALUES, CHILDREN, birth_header, births_of
from app.importing.ditto import is_ditto
from app.importing.fields import (
    Field,
    by_order,
    field_for_header,
    fold_header,
    four_part_name,
    names_four_parts,
    names_informant,
    names_phone,
    not_a_field,
    ordinal,
    paired_field,
    written,
)
from app.importing.footer import find_footer
from app.importing.issues import AT
from app.importing.list_wide import ListWide
from app.importing.pieces import Quoted, Said, Sentence, Word, joined, pieces_of
from app.importing.refusals import (
    NOT_A_FIELD,
    NOT_A_MAPPING,
    NOT_A_YEAR,
    NOT_AN_AGE_YEAR,
    refused,
)
from app.importing.table import Table
from app.importing.values import checked_overrides, sex_of, status_and_date_of, status_of

NAME_FIELDS = {Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY,
               Field.MOTHER, Field.NICKNAME, Field.ALIAS}
SAMPLE = 300


@dataclass
class Mapping:
    """Which field each column feeds (by column label), why, and the user's value overrides."""

    columns: dict[str, Field] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)  # each a pieces.Sentence, as a rule
    # {"sex": {"X": "F"}, "status": {"freed 2017": "rescued"}}: values the user mapped by hand
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    # Columns the given or saved mapping names that this sheet lacks: shown, so a misspelt
    # header in a mapping file is seen, and kept when the mapping is saved again.
    absent: dict[str, Field] = field(default_factory=dict)
    # The year in which an age column's ages were given ("Age in 2014", or told by the user);
    # None when the list does not say: ages are then read as a range of birth years.
    age_year: int | None = None
    # Columns with values a saved mapping leaves out (ignore) that the importer would now
    # take, and as what: said before importing, never changed without the user.
    left_out: dict[str, Field] = field(default_factory=dict)
    # The sex and status the user says of everyone the list adds (list_wide.py): given at the
    # commit to the persons it creates whose rows say none, never to a woman it updates.
    new_persons: ListWide = field(default_factory=ListWide)
    # What the last list from the same sender was said to add (its saved mapping): shown as a
    # hint, never given to this list unless the user says it again. A blanket word is about
    # one list, not about a sender. Not saved (to_json saves what is said of this list).
    last_said: ListWide = field(default_factory=ListWide)

    def to_json(self) -> str:
        columns = {**{k: str(v) for k, v in self.absent.items()},
                   **{k: str(v) for k, v in self.columns.items()}}
        data: dict = {"columns": columns, "values": self.values}
        if self.age_year is not None:
            data["age_year"] = self.age_year
        if self.new_persons:
            data["new_persons"] = self.new_persons.to_json()
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str, origin: str | None = None) -> Mapping:
        """origin names the mapping in errors, and is each column's reason (a reasons.Sentence
        where the desktop shows it)."""
        origin = origin or why.reason(why.MAPPING)
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError('it holds no {"columns": {...}} object')
            for header, name in data.get("columns", {}).items():
                if name not in {f.value for f in Field}:
                    raise InputFileError(refused(origin, NOT_A_FIELD, Quoted(header),
                                                 Quoted(name), joined([f.value for f in Field])))
            columns = {str(k): Field(v) for k, v in data.get("columns", {}).items()}
            values = {str(k): {str(a): str(b) for a, b in v.items()}
                      for k, v in data.get("values", {}).items()}
            age_year = data.get("age_year")
            new_persons = data.get("new_persons")
        except (ValueError, AttributeError, TypeError) as exc:
            raise InputFileError(refused(origin, NOT_A_MAPPING, str(exc))) from None
        if age_year is not None:
            age_year = checked_age_year(age_year,
                                        Sentence(Said(AT, pieces_of(origin), '"age_year"')))
        try:
            said_of_all = ListWide.from_json(new_persons, str(origin))
        except ValidationError as exc:
            raise InputFileError(str(exc)) from None
        return cls(columns, {k: origin for k in columns},
                   checked_overrides(values, origin), age_year=age_year,
                   new_persons=said_of_all)

    def fields(self) -> set[Field]:
        return {f for f in self.columns.values() if f not in (Field.IGNORE, Field.SERIAL)}

    def describe(self) -> list[str]:
        ages = age_reading(self)
        return [f"{label} -> {f}  ({self.reasons.get(label, '')})"
                for label, f in self.columns.items()] + [
            f"{label} -> {f}  (in the mapping, but this sheet has no such column)"
            for label, f in self.absent.items()] + ([f"NOTE: {ages}"] if ages else []) + (
            [f"NOTE: {line}" for line in said_of_all(self.new_persons)])


@dataclass
class ColumnProfile:
    """What the values of one column look like, from a sample."""

    filled: int = 0
    arabic: float = 0.0
    words: float = 0.0
    dates: float = 0.0
    sexes: float = 0.0
    statuses: float = 0.0
    # values that say a status, alone or with its date or place ("rescued 2018-02-01")
    status_words: float = 0.0
    # values that are a number or a telephone number as typed (0751 333 4455, +964-750-...):
    # each value counted once, "07501234567" being both
    numbers: float = 0.0


_PHONE = re.compile(r"\+?[0-9٠-٩][0-9٠-٩ ()\-]{5,}")


# What a name cell writes beside the name: another spelling or a note in brackets, a name
# she is known by after aka («Gulê aka Dayka Seîd»): no words of her name to count (a Nav
# column of given names read as full names lost the Name column beside it).
_ASIDE = re.compile(r"[(\[（][^)\]）]*[)\]）]|\s(?:aka|a\.k\.a\.?|alias|also known as|known as|"
                    r"الملقبة|الملقب|المعروفة|المعروف|bi navê)\s.*$")


def profile(table: Table, i: int) -> ColumnProfile:
    # A ditto mark ('"', '=', «نفسه») says nothing of what the column holds: a father's column
    # of six sisters is one name in Arabic script and five marks, not 17% Arabic script.
    texts = [t for t in (r.text(i) for r in table.rows[:SAMPLE])
             if t and not is_ditto(t, Field.GIVEN)]
    if not texts:
        return ColumnProfile()
    n = len(texts)

    def share(pred) -> float:
        return sum(1 for t in texts if pred(t)) / n

    return ColumnProfile(
        filled=n, arabic=share(is_arabic_script),
        words=sum(len(_ASIDE.sub(" ", t).split()) for t in texts) / n,
        dates=share(_is_date), sexes=share(lambda t: sex_of(t) is not None),
        statuses=share(lambda t: status_of(t) is not None),
        status_words=share(lambda t: status_and_date_of(t)[0] is not None),
        numbers=share(lambda t: t.replace(".", "", 1).isdigit()
                      or _PHONE.fullmatch(t) is not None))


def _is_date(text: str) -> bool:
    try:
        FuzzyDate.parse(text)
    except ValueError:
        return False
    return not text.replace(".", "", 1).isdigit() or len(text) == 4


# How sure a suggestion is; when two columns claim one field, the surer claim keeps it.
SAVED, EXACT, PARTIAL, CONTENT = range(4)
# Name parts a column of unlabelled Arabic-script values could be taken for.
_NAMES = {Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY}


@dataclass
class _Claim:
    """One column's suggested field, how sure, and why."""

    index: int
    label: str
    field: Field
    reason: Sentence
    rank: int
    scripts: frozenset[str]
    # For a content claim on a name: its values spell the names a header gives, in the other
    # script (نادية beside Nadia), rather than being places or anything else in Arabic script.
    echoes: bool = False


def suggest(table: Table, saved: Mapping | None = None) -> Mapping:
    """A mapping for the table: saved choices first, then header names, then content.

    A header that is the field's name keeps the field from one that merely contains it, and
    content never takes a field a header names: a column of place names must not feed the
    given names because its values are Arabic script.
    """
    out = Mapping(values=dict(saved.values) if saved else {},
                  new_persons=saved.new_persons if saved else ListWide())
    claims: list[_Claim] = []
    beside = {hit[0] for c in table.columns if (hit := field_for_header(c.label))}
    for i, col in enumerate(table.columns):
        prof = profile(table, i)
        scripts = _scripts(prof)
        if saved and col.label in saved.columns:
            claims.append(_Claim(i, col.label, saved.columns[col.label],
                                 saved.reasons.get(col.label) or why.reason(why.SAVED), SAVED,
                                 scripts))
        elif informant := names_informant(col.label):
            # whoever reported the row: never her fields, never her family's contacts
            claims.append(_Claim(i, col.label, Field.IGNORE, why.reason(
                why.INFORMANT, why.header(col.label), why.header(informant)), EXACT, scripts))
        elif births := _birth_by_values(col.label, table, i):
            # as sure as its header's match would have been ("Sala zayînê" beside "Temen")
            exact = (named := field_for_header(col.label)) and fold_header(col.label) == named[1]
            claims.append(_Claim(i, col.label, *births, EXACT if exact else PARTIAL, scripts))
        elif hit := _from_header(col.label, prof):
            f, reason, exact = hit
            claims.append(_Claim(i, col.label, f, reason, EXACT if exact else PARTIAL, scripts))
        elif year := _year_of_birth(col.label, table, i):
            claims.append(_Claim(i, col.label, *year, PARTIAL, scripts))
        elif part := _numbered_part(col.label, prof, beside):
            claims.append(_Claim(i, col.label, *part, PARTIAL, scripts))
        elif what := not_a_field(col.label):
            claims.append(_Claim(i, col.label, Field.IGNORE,
                                 why.reason(why.NOT_A_FIELD, why.header(col.label),
                                            Word("not_a_field", what)), EXACT, scripts))
        else:
            f, reason = _from_content(prof)
            claims.append(_Claim(i, col.label, f, reason, CONTENT, scripts))
    _great_grandfather(claims)
    _mark_echoes(table, claims)
    for c in _resolve(claims):
        out.columns[c.label] = c.field
        out.reasons[c.label] = c.reason
    if saved:
        labels = {c.label for c in table.columns}
        out.absent = {k: f for k, f in saved.columns.items() if k not in labels}
    # What this list's header says beats what an earlier list of the source said.
    out.age_year = next((y for label, f in out.columns.items() if f == Field.AGE
                         and (y := age_year_in_header(label))), None) or (
        saved.age_year if saved else None)
    _read_kurmanji_letters(table, out)
    if saved:
        _left_out_by(saved, table, out)
    for label, f in out.columns.items():
        if f == Field.AGE:  # the desktop program shows the reasons beside the columns
            out.reasons[label] = (why.then(out.reasons[label], why.AGES_IN, out.age_year)
                                  if out.age_year else
                                  why.then(out.reasons[label], why.AGES_RANGE))
    for label, order in date_order.table_orders(table, out.columns).items():
        # 8/15/2014 beside 8/3/2014: said once here, as the converter reads the column
        first = pieces_of(out.reasons[label])
        said = date_order.said(order, table)
        out.reasons[label] = Sentence([*(first if isinstance(first, list) else [first]),
                                       Said("; "), *(said if isinstance(said, list) else [said])])
    for label, found in new_year.table_new_years(table, out.columns).items():
        # 01/01/1998 beside 01/01/2001 and 01/01/1995: said once here, as the converter reads it
        first = pieces_of(out.reasons[label])
        out.reasons[label] = Sentence([*(first if isinstance(first, list) else [first]),
                                       Said("; "), new_year.said(found)])
    return out


def without_informants(saved: Mapping) -> Mapping:
    """A sender's mapping saved by an earlier import, without the columns it took from whoever
    reported the row (an earlier version took "اسم المبلغ" for whom her number reaches): they
    are suggested afresh, as nothing. A mapping the user gives (a file, the wizard) stands."""
    for label in [k for k in saved.columns if names_informant(k)]:
        del saved.columns[label]
        saved.reasons.pop(label, None)
    return saved


def _left_out_by(saved: Mapping, table: Table, out: Mapping) -> None:
    """The columns with values the saved mapping ignores that the importer, asked afresh,
    would take ('Current location', saved before it was a field): each says so in its reason.
    Not a field another column already feeds, which the column could not take as well, but
    for a name part, which a second column may feed (TWICE)."""
    fresh = suggest(table)
    taken = set(out.columns.values())
    for i, col in enumerate(table.columns):
        f = fresh.columns.get(col.label, Field.IGNORE)
        if (saved.columns.get(col.label) == Field.IGNORE and out.columns.get(col.label)
                == Field.IGNORE and f not in (Field.IGNORE, Field.SERIAL)
                and (f not in taken or f in TWICE)  # Name beside Nav, saved before it was read
                and any(r.text(i).strip() for r in table.rows)):
            out.left_out[col.label] = f
            out.reasons[col.label] = why.then(out.reasons[col.label], why.LEFT_OUT, why.field(f))


def said_of_all(lw: ListWide) -> list[str]:
    """The list-wide values as the mapping shown before importing says them."""
    if not lw:
        return []
    words = ", ".join(f"{k} {v}" for k, v in lw.to_json().items())
    dated = ("; a status so given is known by the day the list is read, and is said of the "
             "whole list, not of its row" if lw.status is not None else "")
    return [f"everyone this list adds is: {words} (given to each new person whose row does "
            f"not say it{dated}; persons the list updates are not given it)"]


def age_reading(m: Mapping) -> str:
    """How the age column is read, for the mapping shown before importing ('' without one)."""
    if Field.AGE not in m.columns.values():
        return ""
    if m.age_year is not None:
        return f"ages are read as given in {m.age_year}"
    return (f"the list does not say in which year its ages were given: each age is read as a "
            f"birth year in a range ({FIRST_AGE_YEAR} to today, minus the age); "
            f"--age-year YEAR, or \"age_year\" in the mapping, reads them exactly")


FIRST_AGE_YEAR = ABDUCTIONS_BEGAN  # no list of the abducted is older
# "Age at abduction", "العمر عند الاختطاف", "تەمەن لە کاتی ڕفاندن", "temen dema revandinê"
_AT_ABDUCTION = re.compile(r"abduct|kidnap|captur|اختطاف|خطف|ڕفاندن|رفاندن|revandin|revand",
                           re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(20[0-9][0-9])(?!\d)")


def age_year_in_header(label: str) -> int | None:
    """The year an age column's header names: 'Age in 2019', 'العمر 2014', or the abduction
    (2014); None when it does not say."""
    digits = label.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    if m := _YEAR.search(digits):
        return int(m.group(1))
    return FIRST_AGE_YEAR if _AT_ABDUCTION.search(label) else None


def checked_age_year(value, origin: str) -> int:
    """A year ages were given in, from a mapping file or the command line."""
    from datetime import date

    try:
        year = int(str(value).strip())
    except ValueError:
        raise InputFileError(refused(origin, NOT_A_YEAR, repr(value))) from None
    if not FIRST_AGE_YEAR <= year <= date.today().year:
        raise InputFileError(refused(origin, NOT_AN_AGE_YEAR, year, FIRST_AGE_YEAR,
                                     date.today().year))
    return year


def _great_grandfather(claims: list[_Claim]) -> None:
    """The fourth part of a four-part name is her great-grandfather's, which a record has no
    place for: under 'الاسم الرباعي / 1' ... '/ 4' (given, father, grandfather and
    great-grandfather, as Iraqi usage has it), and in a name of five parts ('الاسم الرباعي
    واللقب / 1' ... '/ 5': the four-part name and the surname), whose fifth is her family
    name. Taken for her clan, a great-grandfather made sisters of one clan look like
    strangers to a known woman of it. That column is not imported, and says why (the dry
    run and the report name it with its cells; the list's rows keep it); a name that says
    nothing of its parts (Full name) keeps its fourth as her family name. A saved mapping's
    choice stands, and says what the column may be."""
    groups: dict[str, dict[int, _Claim]] = {}
    for c in claims:
        group, sep, part = c.label.rpartition(" / ")
        if sep and (nth := ordinal(part)) is not None:
            groups.setdefault(group, {})[nth] = c
    for group, parts in groups.items():
        fourth = parts.get(3)
        if not (fourth and fourth.field is Field.FAMILY and (
                4 in parts or four_part_name(group))):
            continue
        if fourth.rank == SAVED:
            # saved before the fourth part was read so: it stands, but says what it may be
            fourth.reason = why.then(fourth.reason, why.SAVED_FOURTH, why.header(group))
        else:
            fourth.field = Field.IGNORE
            fourth.reason = why.reason(why.GREAT_GRANDFATHER, why.header(fourth.label), 4,
                                       why.header(group))


def _mark_echoes(table: Table, claims: list[_Claim], sample: int = 40) -> None:
    """Which content claims on a name spell, row by row, a header-named name column's first
    word in the other script. A place (الموصل beside Nadia) does not."""
    from app.matching.namesim import text_sim

    named = [c for c in claims if c.rank < CONTENT and c.field in (Field.GIVEN, Field.FULL_NAME)]
    for c in claims:
        if c.rank != CONTENT or c.field not in _NAMES or not named:
            continue
        for n in named:
            pairs = [(r.text(c.index).split(), r.text(n.index).split())
                     for r in table.rows[:sample]]
            pairs = [(a[0], b[0]) for a, b in pairs if a and b]
            if pairs and sum(text_sim(a, b) >= 0.75 for a, b in pairs) >= 0.6 * len(pairs):
                c.echoes = True
                break


def _scripts(prof: ColumnProfile) -> frozenset[str]:
    """The name slot most of a column's values go to: original (Arabic script) or latin. By
    the majority: a name column of 70% Arabic script beside a 'Name (English)' column must not
    cost the 70% of rows their Latin spelling."""
    if not prof.filled:
        return frozenset()
    return frozenset({"original"} if prof.arabic >= 0.5 else {"latin"})


def _resolve(claims: list[_Claim]) -> list[_Claim]:
    """One column per field, surest claim first, except a name part given once in each script
    (الاسم + Name). Content takes no field a header or saved mapping gives, and no name at all
    when one does: a place overwriting a given name would be found nowhere. The losers are
    ignored (raw kept) with the reason. In column order."""
    kept: dict[Field, list[_Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.rank, c.index)):
        if c.field in (Field.IGNORE, Field.SERIAL, Field.ALIAS, Field.NOTES, Field.PHONE):
            continue  # several columns may feed these (a mother's phone, a brother's phone)
        named = [k for f in _NAMES for k in kept.get(f, []) if k.rank < CONTENT]
        holders = kept.get(c.field, [])
        if c.field == Field.GIVEN:
            # A full name begins with her given name: a column whose header only contains a
            # word for 'name' (ناوی ..., Name of ...) in the same script must not overwrite it.
            holders = holders + kept.get(Field.FULL_NAME, [])
        # Names in the other script, beside Latin name columns (No, Name, Arabic): welcome.
        other_script = (not any(k.scripts & c.scripts for k in named)
                        and len(_held_scripts(holders)) < 2 and (c.rank < CONTENT or c.echoes))
        if c.rank == CONTENT and c.field in _NAMES and named and not other_script:
            c.reason = why.reason(why.NAMES_ELSEWHERE, why.headers(
                [k.label for k in sorted(named, key=lambda k: k.index)]))
            c.field = Field.IGNORE
        elif holders and c.rank == CONTENT and not (c.field in _NAMES and other_script):
            c.reason = why.reason(why.LOOKS_LIKE_TAKEN, why.field(c.field),
                                  why.header(holders[0].label))
            c.field = Field.IGNORE
        elif (first := next((h for h in holders if h.scripts & c.scripts), None)) \
                and _second_in_script(c, holders):
            # Nav and Name, الاسم and ناو: the list's second column of the name part, as NGO
            # lists in Kurmanji and English (or Arabic and Sorani) write them. Ignored, the
            # name of every row whose first column is blank was lost (convert._put_name).
            c.reason = why.then(c.reason, SECOND_SAID.get(c.field, why.SECOND_OWN),
                                why.field(c.field), why.header(first.label))
            kept[c.field].append(c)
        elif holders and not (c.field in NAME_FIELDS and len(_held_scripts(holders)) < 2
                              and not any(h.scripts & c.scripts for h in holders)):
            taken = (why.TAKEN_EXACTLY if holders[0].rank == EXACT and c.rank == PARTIAL else
                     why.TAKEN_SAME_SCRIPT if c.field in NAME_FIELDS else why.TAKEN)
            c.reason = why.reason(taken, why.field(c.field), why.header(holders[0].label))
            c.field = Field.IGNORE
        else:
            kept.setdefault(c.field, []).append(c)
    return sorted(claims, key=lambda c: c.index)


# Name parts a second column may feed in the same script, and what becomes of its value where
# the first column holds another (convert._other_spellings): her own names' other spelling is an
# alias, a forebear's or clan's is kept inside her whole name as an alias, as an import's
# update keeps them (app/name_spellings.py); a mother's stays in the list's row.
TWICE = (Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY,
         Field.MOTHER, Field.NICKNAME)
SECOND_SAID = {Field.FATHER: why.SECOND_FOREBEAR, Field.GRANDFATHER: why.SECOND_FOREBEAR,
               Field.FAMILY: why.SECOND_FOREBEAR, Field.FULL_NAME: why.SECOND_FULL,
               Field.MOTHER: why.SECOND_MOTHER}


def _held_scripts(holders: list[_Claim]) -> set[str]:
    """The scripts the columns already feeding a field give it in: a name part is given once
    in each script, however many columns of one script feed it (Nav and Name)."""
    return {s for h in holders for s in h.scripts}


def _second_in_script(c: _Claim, holders: list[_Claim]) -> bool:
    """Whether c is a further column of a name part the holders give in its script, which
    it feeds too: its header names that part outright ('Name' beside 'Nav', 'ناوی باوک'
    beside 'اسم الاب'), or a saved mapping says so. A header that only contains a name's word
    ('Name of camp') or values alone never do."""
    if c.field not in TWICE or c.rank not in (SAVED, EXACT, PARTIAL) or not all(
            h.field is c.field and h.rank < CONTENT for h in holders):
        return False
    if c.rank == SAVED:
        return True
    hit = field_for_header(c.label)
    if hit is not None and c.field is Field.FULL_NAME and hit[0] is Field.GIVEN \
            and fold_header(c.label) in _GENERIC_NAME:
        return True  # "Name" read as full names by its values, beside "Nav" read so
    return hit is not None and hit[0] is c.field and fold_header(
        c.label.rpartition(" / ")[2]) == hit[1]


def _from_header(label: str, prof: ColumnProfile) -> tuple[Field, Sentence, bool] | None:
    """(field, reason, whether the header is the synonym itself rather than contains it)."""
    hit = field_for_header(label)
    if hit is None:
        return None
    f, syn = hit
    exact = fold_header(label) == syn
    script = _script_note(prof)
    word = why.header(written(syn, label))  # the synonym as written, not as compared
    if f in NAME_FIELDS and prof.filled and prof.numbers >= 0.5 and names_phone(label):
        # "Family phone", "رقم هاتف العائلة": the family's number to call, not her clan.
        return Field.PHONE, why.reason(why.NUMBERS_PHONE, why.header(label), word,
                                       why.share(prof.numbers)), exact
    if f in NAME_FIELDS and prof.filled and prof.numbers >= 0.5:
        # A column of numbers under "Family": a name slot must never take them.
        return Field.IGNORE, why.reason(why.NUMBERS, why.header(label), word,
                                        why.share(prof.numbers)), exact
    if f is Field.CONTACT_NAME and prof.filled and prof.numbers >= 0.5:
        # "Contact" over 0750 111 2233: the number to call, not whom it reaches.
        return Field.PHONE, why.reason(why.NUMBERS_TO_CALL, why.header(label),
                                       why.share(prof.numbers)), exact
    if f is Field.LAST_KNOWN_LOCATION and prof.filled and prof.statuses >= 0.8:
        # "Whereabouts: Missing, Rescued, Located": her status, which as a place would make
        # her location "Missing" and set no status.
        return Field.STATUS, why.reason(why.STATUSES, why.share(prof.statuses)), exact
    if f is Field.STATUS_DATE and prof.filled and prof.status_words >= 0.5 \
            and prof.status_words > prof.dates:
        # "Status date" over "rescued 2018-02-01": the status itself, with its date; read as a
        # date alone, the rescue was dropped. Only a column mostly of dates dates the row's
        # status: one "unknown" among dates must not make it the status column (every woman
        # then read "unknown", the real status column left out).
        return Field.STATUS, why.reason(why.STATUSES, why.share(prof.status_words)), exact
    if f is Field.STATUS and prof.filled and prof.dates >= 0.5 and prof.dates > prof.status_words \
            and (whole := field_for_header(label, joined=False)) is not None \
            and whole[0] is Field.STATUS_DATE:
        # "تاريخ الحالة (الحالة الحالية)", "Current status (date)" over dates: the status's date,
        # though the header names the status too; over "rescued 2018-02-01" it is the status.
        return Field.STATUS_DATE, Sentence([Said(why.HEADER, why.header(label),
                                                 why.header(written(whole[1], label)))]), exact
    # A column headed just "Name" holding two words a row (Jilan Khalaf) is her name in full,
    # not a given name of two words; "First name" keeps its word.
    generic = syn in _GENERIC_NAME
    if f is Field.GIVEN and prof.words >= (1.8 if generic else 2.5):
        return Field.FULL_NAME, Sentence([Said(why.FULL_NAME, why.header(label),
                                               f"{prof.words:.1f}"), *script]), exact
    group, sep, part = label.rpartition(" / ")
    if sep and (nth := ordinal(part)) is not None and syn == fold_header(part):
        # "الاسم الرباعي / 2": the word "2" matched says little; its place in the name says it.
        return f, Sentence([Said(why.PART_OF_GROUP, why.header(label), nth + 1,
                                 why.header(group)), *script]), exact
    if sep and paired_field(group, part) is f:
        # "Date / Abduction": neither word alone says it, so no synonym "matches"
        return f, why.reason(why.GROUP_AND_LABEL, why.header(label), why.field(f),
                             why.header(group), why.header(part)), exact
    matches = Said(why.HEADER, why.header(label), word)
    if f is Field.FULL_NAME and names_four_parts(label):
        # said once here, not on every row: the rows keep the great-grandfather's name
        script = [*script, Said(why.FOURTH_WORD)]
    return f, Sentence([matches, *script] if f in NAME_FIELDS else matches), exact


# A header that says only "year" (Kurmanji Sal, Sorani ساڵ, Arabic السنة) says not of what: of
# her birth only when its values are years people were born in, before the abductions. A year
# of abduction or rescue read as her birth would print a woman as born in 2017, and "Sal" over
# 27, 30 is her age in years (temen: 27 sal).
_YEAR_ALONE = {fold_header(w) for w in ("sal", "sala", "ساڵ", "سال", "ساڵی", "سنة", "السنة",
                                        "year")}
_FOUR_DIGITS = re.compile(r"\d{4}")


def _year_of_birth(label: str, table: Table, i: int) -> tuple[Field, Sentence] | None:
    """Birth, or left out, for a column headed only "year", by what its values are."""
    if fold_header(label) not in _YEAR_ALONE:
        return None
    texts = [t for t in (r.text(i) for r in table.rows[:SAMPLE]) if t]
    if not texts:
        return None
    share = sum(map(_born_in, texts)) / len(texts)
    if share >= BIRTH_YEARS:
        return Field.BIRTH, why.reason(why.YEAR_OF_BIRTH, why.header(label), why.share(share),
                                       ABDUCTIONS_BEGAN, why.field(Field.BIRTH))
    return Field.IGNORE, why.reason(why.YEAR_NOT_SAID, why.header(label), why.share(share))


def _born_in(text: str) -> bool:
    """Whether text is a year (or day) a person living could be born in before the abductions:
    1998, about 1998, 03/05/1998; not 98 (an age as much as a year), 2014 or later."""
    if not _FOUR_DIGITS.search(text.translate(DIGITS)):
        return False
    try:
        d = FuzzyDate.parse(text)
    except ValueError:
        return False
    return bool(d.earliest and d.latest and d.earliest.year >= date.today().year - MAX_AGE
                and d.latest.year < ABDUCTIONS_BEGAN)


def _birth_by_values(label: str, table: Table, i: int) -> tuple[Field, Sentence] | None:
    """Birth, or left out, for a column headed births of children (never hers), or only
    "Zayîn" or "Bûyîn" (birth, hers or a child's): by what its values are (birth_header), over
    the rows the converter reads as persons, as the import's report judges it."""
    kind = birth_header(label)
    if kind == CHILDREN:
        return Field.IGNORE, why.reason(why.CHILDRENS_BIRTHS, why.header(label))
    if kind != BY_VALUES:
        return None
    footer = find_footer(table).lines  # rows no person (totals, a signed date): the report's
    born, filled, ages = births_of(r.text(i) for r in table.rows if r.number not in footer)
    if not filled:
        return None
    share = born / filled
    if share >= BIRTH_YEARS:
        # "25 sal", a column of bare ages: said to be ages, not dates
        said = why.BIRTH_BY_AGES if 2 * ages > born else why.BIRTH_BY_VALUES
        return Field.BIRTH, why.reason(said, why.header(label), why.share(share), ABDUCTIONS_BEGAN,
                                       why.field(Field.BIRTH))
    return Field.IGNORE, why.reason(why.BIRTHS_NOT_HERS, why.header(label), why.share(share))


_SURROUNDING_PARTS = {Field.FATHER, Field.GRANDFATHER, Field.FAMILY}


def _numbered_part(label: str, prof: ColumnProfile, beside: set[Field]
                   ) -> tuple[Field, Sentence] | None:
    """'الاول' (the first), 'یەکەم', 'Second' heading a column alone: the part of her name at
    that place, when other headers name her father's, grandfather's or family name, as a name
    group over them would say. A bare number ('1') says nothing of a name."""
    f = by_order(label)
    if f is None or fold_header(label).isdigit() or not beside & _SURROUNDING_PARTS or (
            prof.filled and prof.numbers >= 0.5):
        return None
    return f, Sentence([Said(why.NUMBERED_PART, why.header(label), why.field(f)),
                        *_script_note(prof)])


_GENERIC_NAME = {fold_header(w) for w in ("name", "الاسم", "اسم", "nav", "navê", "ناو", "ناوی")}


def _script_note(prof: ColumnProfile) -> list[Said]:
    """Which of her name's scripts a name column feeds, said after its header's match."""
    if not prof.filled:
        return []
    if prof.arabic >= 0.8:
        return [Said(why.ARABIC_SCRIPT, why.share(prof.arabic))]
    if prof.arabic <= 0.2:
        return [Said(why.LATIN_LETTERS)]
    return [Said(why.MIXED, why.share(prof.arabic))]


def _from_content(prof: ColumnProfile) -> tuple[Field, Sentence]:
    if not prof.filled:
        return Field.IGNORE, why.reason(why.NO_VALUES)
    if prof.sexes >= 0.8:
        return Field.SEX, why.reason(why.SEXES, why.share(prof.sexes))
    if prof.statuses >= 0.8:
        return Field.STATUS, why.reason(why.STATUSES, why.share(prof.statuses))
    if prof.arabic >= 0.8:
        f = Field.FULL_NAME if prof.words >= 2.5 else Field.GIVEN
        return f, why.reason(why.ARABIC_NAMES, why.share(prof.arabic), f"{prof.words:.1f}",
                             why.field(f))
    if prof.dates >= 0.8:
        # Birth, abduction, rescue: a list's dates are of many kinds, and a rescue date read as
        # her birth would print a woman of 33 as born in 2017. Only a header says which.
        return Field.IGNORE, why.reason(why.DATES, why.share(prof.dates))
    return Field.IGNORE, why.reason(why.UNRECOGNISED)


# Kurmanji lists mark the sex with M (mê, female) and N (nêr, male): M means the opposite of
# the English M. A column of M and N without F is read so; so is one of M alone under a
# Kurmanji header (Zayend, Cins). A reading the user gave (a mapping's values) stands.
_KURMANJI_SEX_HEADERS = frozenset({"zayend", "cins"})


def _read_kurmanji_letters(table: Table, out: Mapping) -> None:
    if "sex" in out.values:
        return
    for i, col in enumerate(table.columns):
        if out.columns.get(col.label) != Field.SEX:
            continue
        seen: dict[str, set[str]] = {}
        for row in table.rows:
            text = row.text(i).strip()
            if text:
                seen.setdefault(fold_header(text), set()).add(text)
        letters = set(seen) - {"?", "u"}
        kurmanji_header = fold_header(col.label) in _KURMANJI_SEX_HEADERS
        if "m" in letters and "f" not in letters and ("n" in letters or (
                kurmanji_header and letters == {"m"})):
            out.values["sex"] = {**{t: "F" for t in seen["m"]},
                                 **{t: "M" for t in seen.get("n", ())}}
            out.reasons[col.label] = why.then(out.reasons[col.label], why.KURMANJI_LETTERS)
