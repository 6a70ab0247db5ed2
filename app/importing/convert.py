"""One table row into a Person under a mapping, with every doubt recorded as a row problem."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from app.domain.fuzzydate import (
    ABDUCTIONS_BEGAN,
    ABDUCTIONS_BEGAN_ON,
    DIGITS,
    MAX_AGE,
    FuzzyDate,
    SerialSlip,
    about_a_number,
    not_before_abductions,
    serial_reading,
    two_digit_year,
    without_float_tail,
    year_shown_as_day,
)
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.script import has_arabic, is_arabic_script
from app.importing import notes
from app.importing.ages import (
    about_age,
    age_in_year,
    looks_like_age,
    read_age,
    says_age,
    unknown_unit,
)
from app.importing.birth_numbers import (
    AGES,
    YEAR_FROM,
    YEARS,
    bare_number,
    column_kinds,
    only_a_year,
)
from app.importing.csvread import LOST_LATIN, LOST_LETTER, LOST_SCRIPT
from app.importing.date_order import DAY_FIRST, Order, column_orders
from app.importing.date_order import read as read_in_order
from app.importing.ditto import ALONE, FILLED, Ditto, known, resolved
from app.importing.fields import DATE_FIELDS, Field, names_age, names_four_parts
from app.importing.footer import find_footer, is_number
from app.importing.headings import (
    Section,
    heading_note,
    numbering_columns,
    section_sexes,
    writes_kurmanji,
)
from app.importing.mapping import FIRST_AGE_YEAR, NAME_FIELDS, Mapping
from app.importing.name_cells import (
    COMMA,
    GUESS,
    KUNYA,
    NAME_OR_DAUGHTER,
    NAMED,
    TWO_PERSONS,
    UNKNOWN_GIVEN,
    WIFE,
    KnownAsFirst,
    Reading,
    family_first,
    has_digit,
    is_count,
    is_kunya,
    known_as_first,
    kunya_after,
    nickname_after,
    read_cell,
    two_names,
)
from app.importing.names import (
    FAMILY,
    family_leads,
    forebear_name,
    list_evidence,
    reading,
    split_full_names,
)
from app.importing.new_year import NewYears, column_new_years, is_new_year
from app.importing.not_known import CHECKED, not_said, program_blank, spreadsheet_error
from app.importing.notes import Note
from app.importing.phones import is_date, phone_key, split_phones
from app.importing.pieces import Letter, Quoted, Word
from app.importing.serial_columns import column_typed_numbers, is_typed
from app.importing.spelt_inside import (
    Inside,
    alias_of,
    one_before_slash,
    read_inside,
    two_given,
)
from app.importing.staged import ListedPerson
from app.importing.table import Row, Table
from app.importing.values import (
    known_place,
    said_of_a_woman,
    sex_of,
    status_and_date_of,
    village_key,
    village_map,
)
from app.name_spellings import FOREBEARS, HER_OWN, whole_name
from app.text.normalize import kinship_key, slash_kinship, without_invisibles

_PART = {Field.GIVEN: NamePart.GIVEN, Field.FATHER: NamePart.FATHER,
         Field.GRANDFATHER: NamePart.GRANDFATHER, Field.FAMILY: NamePart.FAMILY,
         Field.MOTHER: NamePart.MOTHER, Field.NICKNAME: NamePart.NICKNAME}

# The name parts after her given name: a row with none of them may hold her whole name in
# the given name's column.
_OTHER_NAMES = (Field.FULL_NAME, Field.FATHER, Field.GRANDFATHER, Field.FAMILY)
# The columns that may carry on a man's name chain after a «زوجة جميل» (his father, grandfather,
# family) or name another woman (a mother): beside any of them filled, "wife of" is held.
_CHAIN = (Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.MOTHER)
# Columns whose cell may say whose child she is before the name: «بنت سمير», keça Samir.
_FOREBEARS = (NamePart.FATHER, NamePart.GRANDFATHER)
# The names that are hers alone, not her sisters' too: a row with none of them is no one found.
_OWN_NAMES = (Field.GIVEN, Field.FULL_NAME, Field.NICKNAME, Field.ALIAS)
# Columns whose whole numbers a CSV may write as decimals ("1998.0", as pandas and Kobo do): read
# as the number a workbook's cell gives (1998). Phones and ages read their own decimals.
_WHOLE_NUMBERS = frozenset({*DATE_FIELDS, Field.AGE})


# How many name cells, readings and dates one list's converter keeps (see Converter.__init__):
# a list of whole names in one column writes each but once, and keeping them all would cost
# memory for nothing.
_REMEMBERED = 50_000


@lru_cache(maxsize=100_000)
def _slot(text: str) -> str:
    return "original" if is_arabic_script(text) else "latin"


def _birth_unread(out, born: tuple[str, str], template: str, *said) -> FuzzyDate:
    """A birth not read (born: its column and text): kept as written, what was said of its
    reading dropped, and why it is not read said instead."""
    out.warnings[:] = [w for w in out.warnings
                       if not (isinstance(w, Note) and w.said.values[:2]
                               == (born[0], Quoted(born[1])))]
    out.warnings.append(Note(template, born[0], Quoted(born[1]), *said))
    return FuzzyDate(text=born[1])


def _heading_text(note: Note | None) -> str | None:
    """The text of a heading's row (its note's last value: the cell, or the row's one text)."""
    return None if note is None else note.said.values[-1].value


def _family_first_column(cells: list[str]) -> bool:
    names = [" ".join(c.split()) for c in cells if len(c.split()) >= 2]
    return bool(names) and 2 * sum(family_leads(n) is not None for n in names) >= len(names)


def _folded(text: str) -> str:
    """A name's text as two cells are compared for being the same: its case and spaces aside
    (Zerin is another spelling of Zêrîn, ZERIN is not)."""
    return " ".join(text.split()).casefold()


def _put(name: NameText, text: str) -> None:
    """NameText.put, with the script decision remembered (names repeat across a list)."""
    setattr(name, _slot(text), text)


@dataclass
class ConvertedRow:
    """A row as a person, its raw values (label -> text) and what was doubtful or wrong."""

    row: int
    person: Person | None
    raw: dict[str, str]
    warnings: list[str] = field(default_factory=list)  # each a notes.Note
    rejected: str = ""  # reason (a notes.Note); a rejected row is reported, never imported


class Converter:
    """Converts the rows of one table; village spellings are unified across the whole file."""

    def __init__(self, table: Table, mapping: Mapping,
                 vault_villages: dict[str, int] | None = None,
                 known_orders: dict[str, str] | None = None,
                 known_new_years: set[str] | None = None,
                 known_typed_numbers: dict[str, frozenset[str]] | None = None,
                 known_bare_births: dict[str, str] | None = None,
                 known_dittos: dict[str, dict[str, list]] | None = None) -> None:
        """vault_villages: the vault's village values and their record counts, so a list's
        spelling of a place the vault knows is kept as the vault writes it. known_orders: each date
        column's order as the whole list told it ({label: kind}, the batch's mapping): for a
        row read again alone, whose own cells cannot tell it; known_new_years likewise, the
        columns whose 1 January the whole list read as the year only, known_typed_numbers
        the columns whose numbers it kept as typed (serial_columns.py), and known_bare_births
        the way the whole list read each birth column's bare numbers ({label: kind}), and
        known_dittos what each of its ditto marks was read as (ditto.batch_dittos)."""
        self.table, self.mapping = table, mapping
        self._cells: tuple[str, ...] = ()
        self._row: Row | None = None
        self.by_field: dict[Field, list[int]] = {}
        for i, col in enumerate(table.columns):
            f = mapping.columns.get(col.label, Field.IGNORE)
            self.by_field.setdefault(f, []).append(i)
        self.footer = find_footer(table)
        # A total or signature line below the list is no person: its words ("مدير الدائرة")
        # are no village spelling, place or name evidence, and are not offered as such.
        written = [r for r in table.rows if r.number not in self.footer.lines]
        self.labels = [c.label for c in table.columns]
        self.field_of = [mapping.columns.get(c.label, Field.IGNORE) for c in table.columns]
        # A ditto mark ('"', «نفسه») holds the value of the cell above it (ditto.py): the rows
        # as read. How a column writes its dates and numbers is told by the cells as written
        # (a copy is no more evidence than its cell), as the batch stores it for a row read again.
        # each with its header, which the desktop says beside the letter in a row's warnings
        self.letters = [Letter(c.letter, c.label if c.header else "") for c in table.columns]
        # A list that writes Kurmanji letters writes the name Jîn so: its "Jin" alone heads
        # its women (headings.py).
        names = [i for i, f in enumerate(self.field_of) if f in NAME_FIELDS]
        self.kurmanji = writes_kurmanji(r.text(i) for r in written for i in names)
        # An unheaded column of the list's running number: no part of a heading's row.
        self.numbering = numbering_columns((r.texts() for r in written), self.field_of)
        # The rows that are a heading, a note or the header again (heading_note), asked once of
        # each row: convert asks again only a row whose cells it read otherwise.
        self._headings = headings = {r.number: note for r in written if (note := heading_note(
            r.texts(), self.field_of, self.letters, self.kurmanji, self.numbering)) is not None}
        self._asked = frozenset(r.number for r in written)
        self.people_rows, self.dittos = (
            resolved(written, self.field_of, lambda r: r.number in headings)
            if known_dittos is None
            else known(written, self.labels, self.field_of, known_dittos))
        # A heading of women or of men («الإناث», "Boys") says the sex of the rows below it
        # (headings.section_sexes); a row read again alone has none above it.
        self.sections = section_sexes(((r.number, _heading_text(headings.get(r.number)))
                                       for r in written if headings.get(r.number) is None
                                       or headings[r.number].said.template != notes.HEADER_AGAIN),
                                      self.kurmanji)
        self._section_notes: dict[Section, Note] = {}
        self._resolved = {r.number: r for r in self.people_rows if r.number in self.dittos}
        villages = [t for r in self.people_rows for i in self.by_field.get(Field.VILLAGE, [])
                    if not_said(t := r.text(i), Field.VILLAGE) is None
                    and not spreadsheet_error(t) and not program_blank(t)]
        self.villages = village_map(villages, vault_villages)
        # A name cell that holds a place this list or the vault names as a village: the name and
        # the village may have been typed in each other's columns.
        self.places = {village_key(v) for v in (*villages, *(vault_villages or ()))
                       if v.strip()}
        # Where a doubtful name word (الياس, الخطيب) stands in the other rows tells what it is.
        self.name_evidence = list_evidence(
            [r.text(i) for r in self.people_rows for i in self.by_field.get(Field.FULL_NAME, [])])
        # The given names the list writes (a full name's first word): «وشيرين» after «نادية» is
        # «و» and a second sister when the list knows «شيرين» as a given name (name_cells.py).
        self.known_given = {kinship_key(first[0]) for r in self.people_rows
                            for f in (Field.FULL_NAME, Field.GIVEN)
                            for i in self.by_field.get(f, []) if (first := r.text(i).split())}
        # Under 'الاسم الرباعي' a full name's fourth word is her great-grandfather's (names.py).
        self.four_parts = any(names_four_parts(self.labels[i])
                              for i in self.by_field.get(Field.FULL_NAME, ()))
        self._by_field_row: dict[Field, list[tuple[str, str]]] = {}
        # The full-name columns that write the family name first (family_leads) in half their
        # names of two words or more at least: a list's convention, not one odd cell, for
        # "NADIA Khalil" in a list of given names first is her given name in capitals.
        self.family_first = {self.letters[i] for i in self.by_field.get(Field.FULL_NAME, ())
                             if _family_first_column([r.text(i) for r in self.people_rows])}
        # "Date of birth / Age", "التولد / العمر": a birth column that also takes ages, where 23
        # is an age, not the year 2023.
        self.birth_or_age = {self.letters[i] for i in self.by_field.get(Field.BIRTH, ())
                             if names_age(table.columns[i].label)}
        # How each other birth column's bare numbers ('12') are read, from its cells: ages, two-
        # digit years, or neither (birth_numbers.py); as the whole list read them, if told.
        kinds = column_kinds(written, self.labels, self.field_of)
        kinds.update((k, v) for k, v in (known_bare_births or {}).items() if k in kinds)
        self.bare_births = {self.letters[i]: kinds[label]
                            for i, label in enumerate(self.labels) if label in kinds}
        self._dates: dict[str, FuzzyDate | None] = {}  # lists repeat the same dates thousands of times
        # Lists repeat the same names and dates thousands of times: a name cell's spellings
        # (_pieces), a name cell's reading (_reading) and a date cell's date (_date) kept by
        # what they are read from, each only where reading it said nothing (no note, nothing
        # put on the person), and never changed after (tuples, frozen dates and readings).
        self._plain_pieces: dict[tuple, tuple[str, ...]] = {}
        self._readings: dict[tuple[str, bool, int], Reading | None] = {}
        self._plain_dates: dict[tuple, FuzzyDate] = {}
        # The row's name slots with the column that filled each, and the other columns' names
        # for a slot already filled (_put_name): read anew for each row by _names.
        self._held: dict[tuple[NamePart, str], tuple[str, str]] = {}
        self._others: list[tuple[NamePart, str, str, str]] = []
        # the row's cell read as "wife of" (column, text): she is a woman (_attributes)
        self._wife: tuple[str, str] | None = None
        # Read per list, not once per process: the desktop program can stay open past midnight.
        self.today = date.today()
        # How each date column writes day and month, from its cells: a list saved from US
        # English Excel writes 8/15/2014, and its 8/3/2014 is 3 August, not 8 March.
        orders = column_orders(written, self.field_of)
        if known_orders is not None:  # as the whole list told them, not this row alone
            orders = {i: Order(kind) for i, f in enumerate(self.field_of) if f in DATE_FIELDS
                      and (kind := known_orders.get(self.labels[i], DAY_FIRST)) != DAY_FIRST}
        self.date_orders: dict[str, Order] = {self.labels[i]: o for i, o in orders.items()}
        self._orders = {self.letters[i]: o for i, o in orders.items()}
        # A column that writes 01/01/1998 when only the year is known (new_year.py): its
        # 1 January is the year only, not a day a court would read as her birthday.
        if known_new_years is not None:  # as the whole list told them
            new_years = {i: NewYears(0, 0, "") for i, f in enumerate(self.field_of)
                         if f in DATE_FIELDS and self.labels[i] in known_new_years}
        else:
            new_years = column_new_years(written, self.field_of)
        self.new_years: dict[str, NewYears] = {self.labels[i]: n for i, n in new_years.items()}
        self._new_years = {self.letters[i] for i in new_years}
        # A column of years and dates written out whose one cell is 20014: a slip for 2014,
        # not Excel's number for 1954-10-17 (serial_columns.py).
        if known_typed_numbers is not None:  # as the whole list told them
            typed = {i: t for i, label in enumerate(self.labels)
                     if (t := known_typed_numbers.get(label))}
        else:
            typed = column_typed_numbers(written, self.field_of)
        self.typed_numbers = {self.labels[i]: t for i, t in typed.items()}
        self._typed_numbers = {self.letters[i]: t for i, t in typed.items()}

    def value_mappings(self) -> dict[str, dict[str, str]]:
        """{field: {as typed: as kept}} for sex, status and village: shown before importing."""
        from app.importing.values import value_summary

        def column(f: Field) -> list[str]:  # not "#REF!" nor "nan", which no row reads
            return [t for r in self.people_rows for i in self.by_field.get(f, [])
                    if not spreadsheet_error(t := r.text(i)) and not program_blank(t)]

        out = {}
        if Field.SEX in self.by_field:
            out["sex"] = value_summary(column(Field.SEX),
                                       lambda v: sex_of(v, self.mapping.values.get("sex")))
        if Field.STATUS in self.by_field:
            out["status"] = value_summary(column(Field.STATUS), lambda v: _status_shown(
                *status_and_date_of(v, self.mapping.values.get("status"))))
        if Field.VILLAGE in self.by_field:
            # a village its rows leave out (lost letters) is not said kept here: '?', not read
            out["village"] = {typed: "?" if self._village_left_out(typed) else kept
                              for typed, kept in sorted(self.villages.items())}
        return out

    def _village_left_out(self, text: str) -> bool:
        """A village value that lost letters, which each row holding it leaves out
        (_lost_letters): the values table says it as not read, as it says a damaged status."""
        return self.table.encoding == "cp1256" and "?" in text \
            and (LOST_LETTER.search(text) or LOST_LATIN.search(text)) is not None \
            and self._place_lost(Field.VILLAGE, text)

    def convert(self, row: Row) -> ConvertedRow:
        # the list's values as the cells say them (a ditto as a ditto), for provenance
        texts = row.texts()
        raw = dict(zip(self.labels, texts, strict=True))
        out = ConvertedRow(row.number, None, raw)
        if row.number in self.footer.lines:
            out.rejected = self.footer.lines[row.number]
            return out
        if row.number in self._resolved:  # read with the values its ditto marks repeat
            row = self._resolved[row.number]
            out.warnings += [self._ditto_note(d) for d in self.dittos[row.number]]
            texts = row.texts()
        p = ListedPerson()
        cells = self._read_cells(texts, out)
        if out.rejected:
            return out
        self._cells, self._row = cells, row
        self._by_field_row = by = {}
        for i, text in enumerate(cells):
            if text:
                by.setdefault(self.field_of[i], []).append((self.letters[i], text))
        if (heading := self._headings.get(row.number)
                if row.number in self._asked and cells == tuple(raw.values())
                else heading_note(cells, self.field_of, self.letters, self.kurmanji,
                                  self.numbering)) is not None:
            out.rejected = heading
            return out
        if self._not_a_name(cells, out):
            return out
        if self.table.encoding == "cp1254" and self._script_lost(by, out):
            return out
        self._left_blank(by, out)
        if self.table.encoding == "cp1256" and Field.MOTHER in by:
            self._mother_lost_letters(by, out)
        self._names(row, p, out)
        if out.rejected:
            return out
        if all(nt.is_blank for nt in p.names.values()):
            out.rejected = Note(notes.NO_NAME)
            return out
        given = self.by_field.get(Field.GIVEN)
        if given and p.names.get(NamePart.GIVEN, NameText()).is_blank \
                and p.names.get(NamePart.NICKNAME, NameText()).is_blank and not p.aliases:
            # Her father's and family names alone: a new person no search for her name finds,
            # and her sisters, who share them, look alike.
            out.warnings.append(Note(notes.NO_GIVEN, self.letters[given[0]]))
        if row.number in self.footer.below:  # a person, perhaps: one to check
            out.warnings.append(Note(notes.BELOW_FOOTER, self.footer.below[row.number]))
        if (line := self.footer.held.get(row.number)) is not None:  # the signer, perhaps
            out.warnings.append(Note(notes.SIGNED_BELOW, line[0], Quoted(line[1])))
        if self.table.encoding == "cp1256" and self._lost_letters(cells, out):
            return out
        self._attributes(row, p, out)
        out.person = p
        return out

    def _ditto_note(self, d: Ditto) -> Note:
        """What a ditto mark was read as (ditto.py)."""
        col, said = self.letters[d.index], Quoted(d.said)
        if d.value:
            return Note(notes.DITTO_READ, col, said, d.row, Quoted(d.value))
        if self.field_of[d.index] not in FILLED:
            return Note(notes.DITTO_NOT_COPIED, col, said)
        if d.row is None:
            return Note(notes.DITTO_FIRST_ROW, col, said)
        if d.row == ALONE:
            return Note(notes.DITTO_ALONE, col, said)
        if d.heading:
            return Note(notes.DITTO_BELOW_HEADING, col, said, d.row)
        return Note(notes.DITTO_BLANK_ABOVE, col, said, d.row)

    def _read_cells(self, cells: tuple[str, ...], out: ConvertedRow) -> tuple[str, ...]:
        """The row's cells as read (the list's row keeps them as written): a spreadsheet's error
        value ("#REF!") and a program's word for an empty cell ("nan", "None") blank, and said,
        in every column read; a whole number written as a decimal in a date or age column
        ("1998.0") its digits. A row whose given or full name is only an error value, with no
        other name of her own, is held (out.rejected): made without it, she would be a new
        person under names her sisters share, and the sender's copy with values gives it."""
        read = list(cells)
        errors = []
        for i, text in enumerate(cells):
            f = self.field_of[i]
            if not text or f is Field.IGNORE:
                if spreadsheet_error(text):  # no column read: nothing said, nor a heading's
                    read[i] = ""
                continue
            if spreadsheet_error(text):
                errors.append(i)
                read[i] = ""
            elif program_blank(text):
                out.warnings.append(Note(notes.PROGRAM_BLANK, self.letters[i], Quoted(text)))
                read[i] = ""
            elif f in _WHOLE_NUMBERS:
                read[i] = without_float_tail(text)
        names = [i for i in errors if self.field_of[i] in (Field.GIVEN, Field.FULL_NAME)]
        if names and not any(read[i] for f in _OWN_NAMES for i in self.by_field.get(f, ())):
            out.rejected = Note(notes.NAME_SPREADSHEET_ERROR, self.letters[names[0]],
                                Quoted(cells[names[0]]))
        out.warnings += [Note(notes.SPREADSHEET_ERROR, self.letters[i], Quoted(cells[i]))
                         for i in errors if i not in names or not out.rejected]
        return tuple(read)

    def _left_blank(self, by: dict, out: ConvertedRow) -> None:
        """Cells that say there is none, none is known, or what became of the person are left
        out of by, and said (not_known.py). A given name's «مجهولة» is read_cell's to say."""
        for f in [f for f in by if f in CHECKED]:
            kept = []
            for col, text in by[f]:
                said = not_said(text, f)
                if said is None or f in (Field.GIVEN, Field.FULL_NAME) \
                        and self._reading(text) is not None:
                    kept.append((col, text))
                else:
                    out.warnings.append(Note(said, col, Quoted(text)))
            if kept:
                by[f] = kept
            else:
                del by[f]

    def _script_lost(self, by: dict, out: ConvertedRow) -> bool:
        """Cells of a Windows Turkish (cp1254) file where Arabic script became '???': said,
        and read without it ("Şîrîn / ?????" as Şîrîn), never as "not known". Her given (or
        full) name or her father's name lost whole, with no other cell of it in the row, holds
        the row back (out.rejected): made without it, she would be a new person under names
        her sisters share. Any other cell lost whole is left out."""
        lost: list[tuple[Field, str, str]] = []
        for f in list(by):
            kept = []
            for col, text in by[f]:
                if not LOST_SCRIPT.search(text):
                    kept.append((col, text))
                    continue
                rest = _SEPARATORS.sub(" / ", _EMPTY_BRACKETS.sub(" ", LOST_SCRIPT.sub(
                    " ", text))).strip(" /|-–،,")
                # A lost word before another word of one name ("????? Xelîl Murad") leaves
                # the others out of their places (Xelîl read as her given name): the name is
                # lost whole. A lost spelling beside another ("Şîrîn / ????? ????", "Şîrîn
                # (?????)") or after the name leaves the name whole.
                if any(c.isalpha() for c in rest) and not (f in _NAME_CELLS
                                                           and _lost_before_a_word(text)):
                    kept.append((col, " ".join(rest.split())))
                lost.append((f, col, text))
            if kept:
                by[f] = kept
            else:
                del by[f]
        for fields in ((Field.GIVEN, Field.FULL_NAME), (Field.FATHER,)):
            whole = [(col, text) for f, col, text in lost if f in fields]
            if whole and not any(f in by for f in fields):
                out.rejected = Note(notes.NAME_LOST_SCRIPT, whole[0][0], Quoted(whole[0][1]))
                return True
        out.warnings += [Note(notes.SCRIPT_LOST, col, Quoted(text)) for _f, col, text in lost]
        return False

    def _is_place(self, text: str) -> bool:
        return village_key(text) in self.places

    def _no_name_line(self, line: str) -> bool:
        """A line of a full name's cell that says something else: a status (متوفية, "missing
        2017"), a place this list, the vault or the known villages name («سنجار», «من
        كوجو»), a kinship («أختها ليلى», "Dayik: Şemê"), or a given name the list writes
        first in its names (a sister's)."""
        words = line.split()
        return self._is_place(line) or (words[0] in _FROM and self._is_place(
            " ".join(words[1:]))) or known_place(line) or status_and_date_of(
            line, self.mapping.values.get("status"))[0] is not None or said_of_a_woman(line) \
            or self._reading(line) is not None \
            or kinship_key(words[0]) in self.known_given \
            or kinship_key(words[0]) in _KINSHIP_WORDS

    def _mother_lost_letters(self, by: dict, out: ConvertedRow) -> None:
        """Her mother's name with letters cp1256 lost (ڤيان saved as ?يان) is left out, and
        said: a wrong name there would set her apart from the record of her that has it right,
        and rejecting the row would lose her for the sake of her mother's name."""
        kept = []
        for col, text in by[Field.MOTHER]:
            if "?" in text and LOST_LETTER.search(text):
                out.warnings.append(Note(notes.MOTHER_LOST_LETTERS, col, Quoted(text)))
            elif "?" in text and LOST_LATIN.search(text):
                out.warnings.append(Note(notes.MOTHER_LOST_KURMANJI, col, Quoted(text)))
            else:
                kept.append((col, text))
        if kept:
            by[Field.MOTHER] = kept
        else:
            del by[Field.MOTHER]

    def _arabic_name(self, cells: tuple[str, ...]) -> bool:
        """The row's given or full name in Arabic script, whole (no '?')."""
        return any(self.field_of[i] in (Field.GIVEN, Field.FULL_NAME) and has_arabic(t)
                   and "?" not in t for i, t in enumerate(cells))

    def _lost_letters(self, cells: tuple[str, ...], out: ConvertedRow) -> bool:
        """A Sorani letter that cp1256 could not hold became '?'. A name with holes would make a
        person nobody finds under her real name, so the row is rejected; other values warn
        (her mother's name is left out before: _mother_lost_letters)."""
        for i, text in enumerate(cells):
            if "?" not in text:
                continue
            arabic = LOST_LETTER.search(text) is not None
            if not arabic and not LOST_LATIN.search(text):
                continue
            col = self.letters[i]
            if self.field_of[i] in (Field.MOTHER, Field.STATUS, Field.SEX):
                continue  # said where it is read: left out, or read as the mapping says
            if self._place_lost(self.field_of[i], text):
                # a place with holes would be set on her record as a place no one knows,
                # and set her apart from the record of her that has it right
                f = self.field_of[i]
                self._by_field_row[f] = [(c, t) for c, t in self._by_field_row[f] if t != text]
                out.warnings.append(Note(notes.PLACE_LOST_LETTERS, col, Quoted(text),
                                         Word("field", _PLACES[f])))
                continue
            if self.field_of[i] in NAME_FIELDS and (arabic or not self._arabic_name(cells)):
                # Kurmanji ş, Ş typed in Latin letters are lost as Sorani letters are; with
                # her name whole in Arabic script beside it, that spelling finds her: warned
                out.rejected = Note(notes.NAME_LOST_LETTERS if arabic
                                    else notes.NAME_LOST_KURMANJI, col, Quoted(text))
                return True
            out.warnings.append(Note(notes.LOST_LETTERS, col, Quoted(text)))
        return False

    def _place_lost(self, f: Field, text: str) -> bool:
        """A place cell that lost letters, not read by the mapping as a known place."""
        if f not in _PLACES:
            return False
        written = text.strip()
        return f != Field.VILLAGE or self.villages.get(written, written) == written

    def texts(self, row: Row, f: Field) -> list[tuple[str, str]]:
        """(column letter, text) of the non-blank cells of this row that feed field f."""
        if row is self._row:
            return self._by_field_row.get(f, ())
        cells = row.texts()
        return [(self.letters[i], cells[i]) for i in self.by_field.get(f, ()) if cells[i]]

    def _not_a_name(self, cells: tuple[str, ...], out: ConvertedRow) -> bool:
        """A name cell with a number in it, which no name holds: a totals line («Kom: 4», «عدد
        المخطوفات 4», a colon before a number) when the row holds no other words, else a name
        no one can read ("نادية2", "1- نادية"). Either is not imported (out.rejected). A note
        beside the name ("Nadia (15 سنة)") is no part of it: _name_pieces says so."""
        for i, text in enumerate(cells):
            if self.field_of[i] not in _NAME_CELLS or not text or not has_digit(text):
                continue
            pieces = [x for x in _SPELLINGS.split(text) if x and any(c.isalpha() for c in x)]
            if not any(has_digit(x) for x in pieces[:1] + [
                    x for x in pieces[1:] if _spelling_of(pieces[0], x)]):
                continue
            alone = all(is_number(t) or not t for j, t in enumerate(cells) if j != i)
            total = any(is_count(x) for x in pieces) and (
                alone or any(c in text for c in ":："))
            out.rejected = Note(notes.COUNT_LINE if total else notes.NAME_NUMBER,
                                self.letters[i], Quoted(" ".join(text.split())))
            return True
        return False

    def _reading(self, text: str, only_name: bool = True, after: int = 0) -> Reading | None:
        """read_cell of a name cell's text with the list's given names (kept: see __init__)."""
        key = (text, only_name, after)
        if key in self._readings:
            return self._readings[key]
        said = read_cell(text, self.known_given, only_name, after)
        if len(self._readings) < _REMEMBERED:
            self._readings[key] = said
        return said

    def _pieces(self, col: str, text: str, out: ConvertedRow, person: Person | None = None,
                no_name: Callable[[str], bool] | None = None,
                whole_of: Person | None = None) -> list[str]:
        """_name_pieces, kept by the cell and which of person, no_name and whole_of are given
        where it said nothing: what it puts on a person it says in a note (an alias, a
        nickname), and no_name is this list's (_no_name_line)."""
        key = (col, text, person is None, no_name is None, whole_of is None)
        if (got := self._plain_pieces.get(key)) is not None:
            return list(got)
        said = len(out.warnings)
        pieces = _name_pieces(col, text, out, person, no_name, whole_of)
        if len(out.warnings) == said and len(self._plain_pieces) < _REMEMBERED:
            self._plain_pieces[key] = tuple(pieces)
        return pieces

    def _read_cell(self, col: str, text: str, out: ConvertedRow, only_name: bool,
                   after: int) -> Reading | None:
        """What a full or given name's cell says when it is no name chain (name_cells.py); a
        cell that cannot be read so holds the row (out.rejected). only_name: no father's,
        grandfather's, family or mother's cell in the row; after: the names those but the
        mother's give (read_cell)."""
        said = self._reading(text, only_name, after)
        if said is None or said.kind in (UNKNOWN_GIVEN, KUNYA, WIFE):
            if said is not None and said.kind == WIFE:
                self._wife = (col, text)
            return said
        if said.kind == TWO_PERSONS:
            out.rejected = Note(notes.TWO_PERSONS, col, Quoted(text), *map(Quoted, said.said))
        elif said.kind == NAME_OR_DAUGHTER:
            out.rejected = Note(notes.NAME_OR_DAUGHTER, col, Quoted(text), *map(Quoted, said.said))
        else:
            out.rejected = Note(notes.NOT_HER_NAME, col, Quoted(text),
                                Quoted(" ".join(said.said)))
        return said

    def _names_after(self, row: Row) -> int:
        """How many names the row's father's and grandfather's cells (a word each) and family
        cells (one each: "Al Haskani") give after her given name: «kiçê Xelîl» with «Şemo» in
        the grandfather's column may say "daughter of Xelîl Şemo" (read_cell)."""
        return sum(len(text.split()) for f in (Field.FATHER, Field.GRANDFATHER)
                   for _col, text in self.texts(row, f)) + len(self.texts(row, Field.FAMILY))

    def _names(self, row: Row, p: ListedPerson, out: ConvertedRow) -> None:
        self._held, self._others = {}, []
        self._wife = None
        only_name = not any(self.texts(row, f) for f in _CHAIN)
        after = self._names_after(row)
        full = []  # (column, text split, the cell when it says her given name is unknown)
        families: list[str] = []  # family names a full name wrote first (family_leads)
        for col, text in self.texts(row, Field.FULL_NAME):
            for piece in self._pieces(col, text, out, no_name=self._no_name_line, whole_of=p):
                # ... but a clan after the dash ("Nadia Murad - Al Haskani") is her name
                if (dash := _DASH_NOTE.match(piece)) and not has_digit(piece) \
                        and reading(dash[2].split()[-1]) != FAMILY:
                    out.warnings.append(Note(notes.NOT_THE_NAME, col, Quoted(piece),
                                             Quoted(dash[2])))
                    piece = dash[1]
                said = self._read_cell(col, piece, out, only_name, after)
                if out.rejected:
                    return
                if said is None and (aka := _known_as(col, piece, p, out)):
                    piece = aka
                if said is None and col in self.family_first and (lead := family_leads(piece)):
                    # "AYOUBI Nadia Khalil": her family name, put there after the rest is split
                    out.warnings.append(Note(notes.NAME_FAMILY_LEADS, col, Quoted(piece),
                                             Quoted(lead[0]), Quoted(lead[1])))
                    families.append(lead[0])
                    piece = lead[1]
                if said is None and (kunya := kunya_after(piece)):
                    self._put_name(p, NamePart.NICKNAME, col, kunya[1])
                    out.warnings.append(Note(notes.KUNYA_AFTER, col, Quoted(piece),
                                             Quoted(kunya[1]), Quoted(kunya[2])))
                    full.append((col, kunya[0], ""))
                elif said is None:
                    full.append((col, piece, ""))
                elif said.kind in (KUNYA, WIFE):
                    self._put_name(p, NamePart.NICKNAME, col, said.rest)
                    out.warnings.append(_nickname_read(col, piece, said))
                elif said.rest:
                    # her father's name first: split after a stand-in for her given name, which
                    # is then left out
                    full.append((col, f"{STAND_IN[_slot(said.rest)]} {said.rest}", piece))
                else:
                    out.warnings.append(Note(notes.GIVEN_UNKNOWN_BLANK, col, Quoted(piece)))
        # The cells of one row (Arabic and Latin) are split together: one may settle the other.
        splits = split_full_names([t for _, t, _ in full], self.name_evidence, self.four_parts)
        for (col, text, unknown), split in zip(full, splits, strict=True):
            if unknown:
                del split.parts[NamePart.GIVEN]
                text = unknown
                out.warnings.append(Note(notes.GIVEN_UNKNOWN_READ, col, Quoted(text),
                                         notes.parts_read(split.parts)))
            for part, word in split.parts.items():
                self._put_name(p, part, col, word, split=True)
            if split.doubt and not families:
                out.warnings.append(Note(notes.FAMILY_DOUBT, col, Quoted(text),
                                         notes.parts_read(split.parts), Quoted(split.doubt)))
            if split.great_grandfather:  # counted once for the list, not warned of each row
                p.great_grandfathers.append((col.header or str(col), split.great_grandfather))
        for family in families:  # after the names that followed it, whatever their number
            name = p.name(NamePart.FAMILY)
            had = getattr(name, _slot(family))
            _put(name, f"{had} {family}" if had else family)
        # No father's, grandfather's or family name in the row: a given name's cell of more
        # words than a name is her whole name typed in the first column ("Xezal Xidir Reşo").
        # A cell saying the father is not known («لا يوجد», left blank) still says the given
        # name's cell holds her given name alone.
        cells = self._cells if row is self._row else row.texts()
        whole_in_given = not any(cells[i] for f in _OTHER_NAMES for i in self.by_field.get(f, ()))
        for f, part in _PART.items():
            for col, text in self.texts(row, f):
                for piece in self._pieces(col, text, out, p if part == NamePart.GIVEN else None):
                    if part == NamePart.GIVEN and (
                            said := self._read_cell(col, piece, out, only_name, after)):
                        if out.rejected or self._given_cell(col, piece, said, p, out):
                            return
                        continue
                    if part == NamePart.GIVEN and (aka := _known_as(col, piece, p, out)):
                        piece = aka
                    if part == NamePart.GIVEN and whole_in_given and \
                            self._whole_name_in_given(col, piece, p, out):
                        continue
                    self._put_name(p, part, col,
                                   forebear_name(piece) if part in _FOREBEARS else piece)
        for _, text in self.texts(row, Field.ALIAS):
            p.aliases.extend(a for a in (without_invisibles(x).strip() for x in
                                         text.replace("؛", ";").split(";")) if a)
        for f in (Field.FULL_NAME, Field.GIVEN):
            for col, text in self.texts(row, f):
                if self._is_place(text):
                    out.warnings.append(Note(notes.VILLAGE_AS_NAME, col, Quoted(text)))
        self._other_spellings(p, out)

    def _put_name(self, p: ListedPerson, part: NamePart, col: str, text: str,
                  split: bool = False) -> None:
        """A name part's text into the slot of its script, unless a column before gave that
        slot already: then it is another spelling, or another name, of the same part (Nav and
        Name, الاسم and ناو; mapping.TWICE), kept by _other_spellings. Put over it, the later
        column's cell took the first one's place, and a name the list gave was lost. But the
        part's own column is put over a word a whole name was split into (split): the list's
        Father or Clan column says that part, where a split only guesses it ("Layla Hasan"
        beside Father "Hussein"; "Nadia Khalaf Rasho Haji" beside Clan "Haskani")."""
        slot, name = _slot(text), p.name(part)
        had = getattr(name, slot)
        if not had or not split and self._held.get((part, slot), ("", "", False))[2]:
            setattr(name, slot, text)
            self._held[(part, slot)] = (col, text, split)
        elif _folded(had) != _folded(text):
            self._others.append((part, slot, col, text))

    def _other_spellings(self, p: ListedPerson, out: ConvertedRow) -> None:
        """Where two columns (or cells) give one name part in one script and differ, the first
        stays the name and the other is kept where an import's update keeps another spelling
        (app/name_spellings.py): her own name's as an alias, a forebear's or clan's inside her
        whole name as the other columns write it (Zerin Khalaf), a mother's in the list's row
        only; each said on the row. The second columns of a row count as one whole name: the
        list's Latin name in English beside its Kurmanji one."""
        ranks: list[dict[tuple[NamePart, str], tuple[str, str]]] = []
        for part, slot, col, text in self._others:
            rank = next((r for r in ranks if (part, slot) not in r), None)
            if rank is None:
                ranks.append(rank := {})
            rank[(part, slot)] = (col, text)
        for rank in ranks:
            other = Person(names={k: NameText(v.original, v.latin) for k, v in p.names.items()})
            for (part, slot), (_col, text) in rank.items():
                setattr(other.name(part), slot, text)
            for (part, slot), (col, text) in rank.items():
                first_col, first, _ = self._held.get((part, slot),
                                                     (col, getattr(p.name(part), slot), False))
                said = (col, Quoted(text), Quoted(first), first_col, Word("part", part.value))
                if part in HER_OWN:
                    self._alias(p, text)
                    out.warnings.append(Note(notes.OTHER_COLUMN_ALIAS, *said))
                elif part in FOREBEARS and getattr(p.name(NamePart.GIVEN), slot):
                    whole = whole_name(p, other, slot)
                    self._alias(p, whole)
                    out.warnings.append(Note(notes.OTHER_COLUMN_WHOLE, *said, Quoted(whole)))
                else:  # her mother's name: no name of hers holds it
                    out.warnings.append(Note(notes.OTHER_COLUMN_ROW, *said))

    @staticmethod
    def _alias(p: ListedPerson, text: str) -> None:
        if text and all(_folded(a) != _folded(text) for a in p.aliases):
            p.aliases.append(text)

    def _whole_name_in_given(self, col: str, text: str, p: ListedPerson,
                             out: ConvertedRow) -> bool:
        """A given name's cell read as her whole name, as a full name's column is read
        (compounds such as Abd al-Karim stay one name), and said; False when it is one name."""
        if len(text.split()) < 2:
            return False
        (split,) = split_full_names([text], self.name_evidence, self.four_parts)
        if len(split.parts) < 2:
            return False
        for part, word in split.parts.items():
            self._put_name(p, part, col, word, split=True)
        out.warnings.append(Note(notes.WHOLE_NAME_IN_GIVEN, col, Quoted(text),
                                 notes.parts_read(split.parts)))
        return True

    @staticmethod
    def _given_cell(col: str, text: str, said: Reading, p: ListedPerson,
                    out: ConvertedRow) -> bool:
        """A given name's cell that says it is unknown (blank, said), or a kunya (her
        nickname); True when the row is held: an unknown name with more after it, in a column
        of given names, is no reading to make safely."""
        if said.kind in (KUNYA, WIFE):
            _put(p.name(NamePart.NICKNAME), said.rest)
            out.warnings.append(_nickname_read(col, text, said))
        elif said.rest:
            out.rejected = Note(notes.NOT_HER_NAME, col, Quoted(text),
                                Quoted(" ".join(said.said)))
            return True
        else:
            out.warnings.append(Note(notes.GIVEN_UNKNOWN_BLANK, col, Quoted(text)))
        return False

    def _attributes(self, row: Row, p: Person, out: ConvertedRow) -> None:
        values = self.mapping.values
        for col, text in self.texts(row, Field.SEX):
            sex = sex_of(text, values.get("sex"))
            if sex is None:
                out.warnings.append(Note(notes.SEX_LOST_LETTERS if _lost(text)
                                         else notes.SEX_UNKNOWN, col, Quoted(text)))
            p.sex = sex or Sex.UNKNOWN
            # the cell as written: a Kurmanji M is mê (female), and whatever says what the list
            # gave quotes the cell with its reading, never the letter it was read as
            p.sex_written = text.strip()
        if self._wife and p.sex is Sex.UNKNOWN and not self.texts(row, Field.SEX):
            # «زوجة جميل»: a woman. Left unknown, the man himself (M) stayed her candidate.
            p.sex, p.sex_written = Sex.FEMALE, self._wife[1]
        born = abducted = None  # (column, text) each date was read from
        dated = False  # the birth read from a date the cell writes, not worked out from an age
        for col, text in self.texts(row, Field.BIRTH):
            dated = False
            if col in self.birth_or_age and looks_like_age(text):
                p.birth = self._age(col, text, out)
                self._age_or_year(col, text, p.birth, out)
            elif says_age(text):
                # "12 سنة", "عمر 7" under المواليد or التولد: an age that says so, however the
                # column is headed. Kept as a date nobody can read, she had no age for the
                # filters, and it stood against every later list's year.
                p.birth = self._age(col, text, out)
                if not p.birth.is_blank:
                    out.warnings.append(Note(notes.AGE_IN_BIRTH, col, Quoted(text),
                                             p.birth.display()))
            elif (digits := bare_number(text)) is not None and col in self.bare_births:
                p.birth, dated = self._bare_birth(col, text, digits, row, out)
            elif (digits := about_a_number(text)) is not None:
                p.birth, dated = self._about_birth(col, text, digits, row, out)
            elif (aged := age_in_year(text, self.today)) is not None:
                # "age 12 in 2014", «عمرها 12 سنة عام 2014»: her age in the year the cell says
                p.birth = aged[0].birth(aged[1], self.today)
                out.warnings.append(Note(notes.AGE_IN_BIRTH, col, Quoted(text),
                                         p.birth.display()))
            else:
                p.birth = self._date(col, text, row, out, since=self.today.year - MAX_AGE,
                                     birth=True)
                dated = True
            born = col, text
        for col, text in self.texts(row, Field.AGE):
            if p.birth.is_blank:
                if self._holds_a_birth_year(text) and read_age(text) is None \
                        and age_in_year(text, self.today) is None:
                    # "1990", "حوالي 1992" under العمر or Temen: her year of birth, as lists
                    # often write it there; read as a birth column reads it, and said so.
                    p.birth = self._date(col, text, row, out,
                                         since=self.today.year - MAX_AGE, birth=True)
                    dated = True
                    if not p.birth.is_blank:
                        out.warnings.append(Note(notes.YEAR_IN_AGE, col, Quoted(text),
                                                 p.birth.display()))
                else:
                    p.birth = self._age(col, text, out)
                born = col, text
        for col, text in self.texts(row, Field.ABDUCTION_DATE):
            p.abduction_date = self._date(col, text, row, out)
            abducted = col, text
        if born and abducted and p.birth.earliest and p.abduction_date.latest and (
                p.birth.earliest > p.abduction_date.latest):
            # Born after she was taken: one of the two is mistyped (an age read as a year,
            # «16» as 2016), or the list gives a child born in captivity her mother's
            # abduction. Never stored so: a court paper would say she was born after it. The
            # birth stays as written, unread, and what was said of its reading goes with it.
            p.birth = _birth_unread(out, born, notes.BORN_AFTER_UNREAD, Quoted(abducted[1]),
                                    abducted[0])
        elif born and abducted and p.birth.earliest is not None \
                and p.birth.earliest == p.birth.latest == p.abduction_date.earliest \
                == p.abduction_date.latest:
            # Born the very day she was taken (3/8/2014 under both): the abduction written
            # twice far more often than a birth; a court paper must not say so. Kept as
            # written, unread, and said, as a birth after the abduction is.
            p.birth = _birth_unread(out, born, notes.BORN_ON_ABDUCTION_DAY, Quoted(abducted[1]),
                                    abducted[0])
        elif born and dated and p.birth.earliest and p.birth.earliest.year > ABDUCTIONS_BEGAN \
                and not (abducted and p.abduction_date.latest):
            # No abduction date in the row: she was taken in 2014, as every woman a list of
            # the abducted names whose day it does not give, and a year it writes after that
            # ("2018", "about 20" where the column writes its years in two digits) is a slip
            # or an age, never her birth. Kept as written, unread, as a birth after the
            # abduction is; what was said of its reading goes with it. An age read as one
            # ("6 أشهر" in a list of 2024: a child born in captivity) is what the list says.
            p.birth = _birth_unread(out, born, notes.BORN_AFTER_2014, p.birth.display(),
                                    ABDUCTIONS_BEGAN)
        elif born and dated and p.birth.earliest and p.birth.earliest >= ABDUCTIONS_BEGAN_ON \
                and not (abducted and p.abduction_date.latest):
            # A day in 2014 from the first day of the abductions on («3/8/2014», an Excel
            # date of that day), in a row with no abduction date: her abduction written
            # under her birth far more often than a birth; a court paper must not say she was
            # born the day she was taken. Kept as written, unread, and said, as above.
            p.birth = _birth_unread(out, born, notes.BORN_ON_ABDUCTIONS,
                                    ABDUCTIONS_BEGAN_ON.isoformat())
        for _, text in self.texts(row, Field.VILLAGE):
            written = text.strip()
            p.origin_village = self.villages.get(written, written)
            # read as another spelling (not merely with its spaces squeezed): kept as written too
            p.village_written = written if p.origin_village != " ".join(written.split()) else ""
        simple = {Field.DISTRICT: "origin_district", Field.GOVERNORATE: "origin_governorate",
                  Field.ABDUCTION_PLACE: "abduction_place", Field.NOTES: "notes",
                  Field.CASE_NO: "case_no", Field.LAST_KNOWN_LOCATION: "last_known_location"}
        for f, attr in simple.items():
            for _, text in self.texts(row, f):
                setattr(p, attr, text)
        for col, text in self.texts(row, Field.STATUS):
            status, when = status_and_date_of(text, values.get("status"))
            if status is None:
                out.warnings.append(Note(notes.STATUS_LOST_LETTERS if _lost(text)
                                         else notes.STATUS_UNKNOWN, col, Quoted(text)))
            else:
                if when.in_future(self.today):
                    # "freed 2099": dated so, it would stay her current status for ever.
                    out.warnings.append(Note(notes.STATUS_FUTURE, col, Quoted(text)))
                    when = FuzzyDate()
                # The list's own word, quoted («ناجية»): a note readable in every language of
                # the dossiers, where an English "as listed:" stood out in an Arabic page.
                p.status_events.append(StatusEvent(status, when, note=f"«{text}»"))
                if p.sex == Sex.UNKNOWN and not self.texts(row, Field.SEX) \
                        and said_of_a_woman(text):
                    # مفقودة, ناجية: the list's own word says she is a woman. Quoted as the
                    # cell it was read from wherever her sex is said to be the list's.
                    p.sex, p.sex_written = Sex.FEMALE, text.strip()
                    # said on every row of a list the user called all women, the note only
                    # hid the warnings that matter
                    if self.mapping.new_persons.sex is not Sex.FEMALE:
                        out.warnings.append(Note(notes.SEX_FROM_STATUS, col, Quoted(text)))
        if (section := self.sections.get(row.number)) is not None:
            self._section_sex(row, section, p, out)
        for col, text in self.texts(row, Field.STATUS_DATE):
            self._status_dated(col, text, row, p, out)
        for col, text in self.texts(row, Field.RESCUE_DATE):
            self._rescued_on(col, text, row, p, out)
        self._contacts(row, p, out)

    def _section_sex(self, row: Row, section: Section, p: ListedPerson, out: ConvertedRow) -> None:
        """The sex of the section heading above the row («الذكور»), where the row says none:
        hers for matching too (a boy is not his sister), and the list-wide --new-sex yields to
        it. A row whose sex cell holds text, read or not, keeps what it says; where what the
        row says is the other sex, that is said."""
        heading, sex = Quoted(section.heading), Word("sex", section.sex.value)
        if p.sex is Sex.UNKNOWN and not self.texts(row, Field.SEX):
            # quoted as the text it was read from wherever her sex is said to be the list's
            p.sex, p.sex_written = section.sex, section.heading
            # one note for every row of the section: saying it in English costs 20 µs a row
            if (said := self._section_notes.get(section)) is None:
                said = self._section_notes[section] = Note(notes.SEX_FROM_HEADING, heading,
                                                           section.row, sex)
            out.warnings.append(said)
            return
        if p.sex not in (Sex.UNKNOWN, section.sex):
            # the cell it was read from: a sex cell, or a status said only of a woman
            col, text = next(((c, t) for f in (Field.SEX, Field.STATUS)
                              for c, t in self.texts(row, f) if t.strip() == p.sex_written),
                             self._wife if self._wife and self._wife[1] == p.sex_written
                             else ("", p.sex_written))
            out.warnings.append(Note(notes.SEX_AGAINST_HEADING, col, Quoted(text),
                                     Word("sex", p.sex.value), heading, section.row, sex))

    def _contacts(self, row: Row, p: ListedPerson, out: ConvertedRow) -> None:
        """The numbers of the row's phone columns, each once, and whom they reach: her family
        contacts once committed. A piece that is no number is said, never made one."""
        seen: set[str] = set()
        for col, text in self.texts(row, Field.PHONE):
            numbers, others = split_phones(text)
            for piece in others:
                out.warnings.append(Note(notes.DATE_NOT_A_PHONE if is_date(piece)
                                         else notes.NOT_A_PHONE, col, Quoted(piece)))
            for number in numbers:
                if (key := phone_key(number)) not in seen:
                    seen.add(key)
                    p.reached().phones.append(number)
        for f, attr in ((Field.CONTACT_NAME, "name"), (Field.CONTACT_RELATION, "relation")):
            cells = self.texts(row, f)
            if said := " ".join(" ".join(t.split()) for _, t in cells):
                setattr(p.reached(), attr, said)
            if cells and not p.phones and f is Field.CONTACT_NAME:
                out.warnings.append(Note(notes.CONTACT_WITHOUT_PHONE, cells[0][0],
                                         Quoted(cells[0][1])))

    def _status_dated(self, col: str, text: str, row: Row, p: ListedPerson,
                      out: ConvertedRow) -> None:
        """A list's own column for the date of the status the row gives ("Status date"): it
        dates that status, as a rescue-date column dates "rescued". Unread, her status was
        dated the import day, years after the list said it."""
        if text.strip().casefold() in _NO_DATE:
            return
        said = p.status_events[-1] if p.status_events else None
        if said is None:
            # said first: "the status is kept without it" where the row has none was untrue
            out.warnings.append(Note(notes.STATUS_DATE_NO_STATUS, col, Quoted(text)))
            return
        when = self._date(col, text, row, out, said_unread=False)
        if (when.earliest is None and when.latest is None) or when.in_future(self.today):
            out.warnings.append(Note(notes.STATUS_DATE_UNREAD, col, Quoted(text)))
        elif said.date.is_blank:
            said.date = when
        elif said.date.display() != when.display():
            out.warnings.append(Note(notes.STATUS_DATE_OTHER, col, Quoted(text), (
                said.date.text or said.date.display())))

    def _rescued_on(self, col: str, text: str, row: Row, p: ListedPerson,
                    out: ConvertedRow) -> None:
        """A list's own column for the rescue date: it dates the row's "rescued"; with no
        status in the row it is what the list says of her (rescued on that day)."""
        if text.strip().casefold() in _NO_DATE:
            return  # "-", "لا", "not yet": the list says no rescue date, which is no rescue
        when = self._date(col, text, row, out, said_unread=False)
        if when.earliest is None and when.latest is None:
            # Unread, it must not make her rescued: a woman still held would be listed so.
            out.warnings.append(Note(notes.RESCUE_UNREAD, col, Quoted(text)))
            return
        said = p.status_events[-1] if p.status_events else None
        if said is None and self.texts(row, Field.STATUS):
            # A status the list gives but no one could read ("still with ISIS"): the date
            # must not make her rescued.
            out.warnings.append(Note(notes.RESCUE_STATUS_UNKNOWN, col, Quoted(text)))
            return
        if p.abduction_date.earliest and when.latest and when.latest < p.abduction_date.earliest:
            out.warnings.append(Note(notes.RESCUE_BEFORE_ABDUCTION, col, Quoted(text), (
                p.abduction_date.text or p.abduction_date.display())))
        if said is None:
            p.status_events.append(StatusEvent(Status.RESCUED, when, note=f"«{text}»"))
        elif said.status is Status.RESCUED and said.date.is_blank:
            said.date = when
        elif said.status is Status.RESCUED:
            if said.date.display() != when.display():
                out.warnings.append(Note(notes.RESCUE_OTHER_DATE, col, Quoted(text), (
                    said.date.text or said.date.display())))
        elif said.status is Status.REUNITED:
            # Dated, a "rescued" would outrank her undated reunion; the date goes in its note,
            # and an update holds it against the rescue the vault knows.
            said.note = f"{said.note} ({text})".strip()
            p.rescued_on = when
        else:
            out.warnings.append(Note(notes.RESCUE_OTHER_STATUS, col, Quoted(text),
                                     Word("status", said.status.value)))

    def _date(self, col: str, text: str, row: Row, out: ConvertedRow,
              said_unread: bool = True, since: int = FIRST_AGE_YEAR,
              birth: bool = False) -> FuzzyDate:
        """_date_read, kept by the cell (its text and value) and the reading asked for where
        it said nothing: the rest it reads is the list's (its columns' orders, typed numbers,
        new years, today)."""
        value = row.values[self.letters.index(col)]
        key = (col, text, type(value), value, said_unread, since, birth)
        if (got := self._plain_dates.get(key)) is not None:
            return got
        said = len(out.warnings)
        got = self._date_read(col, text, row, out, said_unread, since, birth)
        if len(out.warnings) == said and len(self._plain_dates) < _REMEMBERED:
            self._plain_dates[key] = got
        return got

    def _date_read(self, col: str, text: str, row: Row, out: ConvertedRow,
                   said_unread: bool = True, since: int = FIRST_AGE_YEAR,
                   birth: bool = False) -> FuzzyDate:
        """The date of a cell, its doubts in out. said_unread=False: the caller says itself
        what a date that cannot be read (or lies in the future) means for the row. birth: the
        cell is her birth, not an abduction or rescue (the days an Excel number can be)."""
        value = row.values[self.letters.index(col)]
        order = self._orders.get(col)
        reading = read_in_order(text, order.kind, birth) if (
            order is not None and isinstance(value, str)) else None
        if reading is not None:
            parsed = reading.date
            if reading.either:
                # A column written both ways, a cell both ways can read: never a day picked.
                out.warnings.append(Note(notes.DAY_OR_MONTH_FIRST, col, Quoted(text),
                                         *(d.display() for d in reading.either),
                                         parsed.display()))
        elif isinstance(value, str):
            if text not in self._dates:
                try:
                    self._dates[text] = FuzzyDate.parse(text)
                except ValueError:
                    self._dates[text] = None
            parsed = self._dates[text]
        else:
            try:
                parsed = FuzzyDate.parse(value)
            except ValueError:
                parsed = None
        if parsed is not None and is_typed(value, self._typed_numbers.get(col, frozenset())):
            parsed = None  # a number among dates written out: typed, no Excel day
        if parsed is None:
            if said_unread:
                out.warnings.append(Note(notes.DATE_UNREAD, col, Quoted(text)))
            return FuzzyDate(text=text)
        if parsed.in_future(self.today):
            # A typing slip (2099 for 1999): as a range it would mislead matching and ages.
            if said_unread:
                out.warnings.append(Note(notes.DATE_FUTURE, col, Quoted(text)))
            return FuzzyDate(text=text)
        if parsed.earliest and parsed.earliest == parsed.latest and (year := year_shown_as_day(
                parsed.earliest, birth, self.today, self.table.date1904)):
            # 1999 typed into a cell formatted dd/mm/yyyy: Excel keeps the number and shows
            # 21/06/1905, a day no living woman was born on and no abduction fell on.
            out.warnings.append(Note(notes.YEAR_SHOWN_AS_DAY, col, Quoted(text), year))
            return FuzzyDate.year_range(year, year, str(year))
        if two_digit_year(value) and (other := _other_century(parsed, since, self.today)):
            # '16' is 2016 by the reader's rule, not by the list, and a birth in 1916 is as
            # possible: both said. Not '98' (2098 is to come), nor an abduction's '3/8/14'
            # (1914 is before any of them: since).
            out.warnings.append(Note(notes.TWO_DIGIT_YEAR, col, Quoted(text), parsed.display(),
                                     other.display()))
        try:
            # Excel's number for a day (41854): shown as that day; the number stays in the
            # list's row.
            if day_read := serial_reading(value, birth, self.today):
                return day_read
        except SerialSlip as slip:
            # 365 as a birth (1900-12-30), 20014 as an abduction (1954-10-17): a slip, not a
            # day. As a range it would mislead matching and ages; the text is kept.
            out.warnings.append(Note(notes.SERIAL_UNLIKELY, col, Quoted(text), slip.day.isoformat()))
            return FuzzyDate(text=text)
        if col in self._new_years and is_new_year(parsed):
            # a list that writes 1 January where it knows the year only: the year, the cell
            # kept as written (FuzzyDate.as_typed prints the year); 01/01/2014 so written is no
            # abduction before the attack
            year = parsed.earliest.year
            return FuzzyDate.year_range(year, year, text)
        if not birth and parsed.latest and parsed.latest < ABDUCTIONS_BEGAN_ON:
            # An abduction or rescue before the attack on Sinjar: a slip in the day, the month
            # or the year. Imported as the list says; the lawyer checks it.
            out.warnings.append(Note(notes.BEFORE_ABDUCTIONS, col, Quoted(text),
                                     ABDUCTIONS_BEGAN_ON.isoformat()))
        # read month first, its day is its text: '8/3/2014' would read as 8 March elsewhere
        read = reading.date if reading is not None else FuzzyDate(parsed.earliest,
                                                                  parsed.latest, text)
        # 'about 08/2014' reaches back no further than the attack, as typed (typed_date)
        return read if birth else not_before_abductions(read)

    def _bare_birth(self, col: str, text: str, digits: str, row: Row,
                    out: ConvertedRow) -> tuple[FuzzyDate, bool]:
        """A bare number in a birth column ('12'), read as its column's numbers are read
        (bare_births): an age, a two-digit year, or, where the column does not say which and
        it could be an age, not at all. With whether it was read as a date (a year)."""
        kind = self.bare_births[col]
        if kind == AGES and not digits.startswith("0"):  # no age is written '05': 2005
            # the age's years as every age of a list: in the year its ages were given, else
            # from the abductions to today (FuzzyDate.of_age)
            birth = self._age(col, text, out)
            if only_a_year(digits):
                self._age_or_year(col, text, birth, out)
            elif birth.earliest:
                out.warnings.append(Note(notes.BIRTH_COLUMN_AGE, col, Quoted(text),
                                         birth.display()))
            return birth, False
        if kind == YEARS or only_a_year(digits):
            birth = self._date(col, text, row, out, since=self.today.year - MAX_AGE, birth=True)
            if birth.earliest and not only_a_year(digits):
                out.warnings.append(Note(notes.BIRTH_COLUMN_YEAR, col, Quoted(text),
                                         birth.display()))
            return birth, True
        out.warnings.append(Note(notes.AGE_OR_SHORT_YEAR, col, Quoted(text)))
        return FuzzyDate(text=text), False

    def _about_birth(self, col: str, text: str, digits: str, row: Row,
                     out: ConvertedRow) -> tuple[FuzzyDate, bool]:
        """A number after a word for "about" in a birth column ('about 20', 'حوالي ٢٠'): her
        age, two years either side, and said so; read as a date it was the year 2018 to 2022,
        a birth after her abduction. "About" goes with an age, where a year is written whole
        (about 1998), so beside four-digit years too; but a column that writes its years in two
        digits reads it as one (and a year after 2014 is then not taken: _attributes), and
        digits no age is written as ('about 98', 'حوالي 05') are the year. With whether it was
        read as a date."""
        if only_a_year(digits) or self.bare_births.get(col) == YEARS:
            birth = self._date(col, text, row, out, since=self.today.year - MAX_AGE, birth=True)
            if birth.earliest and not only_a_year(digits):
                out.warnings.append(Note(notes.BIRTH_COLUMN_YEAR, col, Quoted(text),
                                         birth.display()))
            return birth, True
        birth = about_age(text).birth(self.mapping.age_year, self.today)
        out.warnings.append(Note(notes.AGE_IN_BIRTH, col, Quoted(text), birth.display()))
        return birth, False

    def _age_or_year(self, col: str, text: str, birth: FuzzyDate, out: ConvertedRow) -> None:
        """'98' in a 'Date of birth / Age' column is read as an age; as old as that, few of
        the abducted were, and 1970 to 1999, the same digits as a year, are when most of the
        women were born: the row says it may be the year."""
        digits = text.strip().translate(DIGITS)
        if birth.earliest and re.fullmatch(r"\d\d", digits) and int(digits) >= YEAR_FROM:
            year = FuzzyDate.parse(digits).year  # as a birth column reads it
            out.warnings.append(Note(notes.AGE_OR_YEAR, col, Quoted(text), birth.display(),
                                     year))

    def _holds_a_birth_year(self, text: str) -> bool:
        """Whether an age cell holds a year someone alive was born in (1990, about 1990)."""
        years = re.findall(r"(?<!\d)\d{4}(?!\d)", text.translate(DIGITS))
        return len(years) == 1 and self.today.year - MAX_AGE <= int(years[0]) <= self.today.year

    def _age(self, col: str, text: str, out: ConvertedRow) -> FuzzyDate:
        age = read_age(text) or about_age(text)  # "في حدود 20": two words for "about"
        if age is None and (aged := age_in_year(text, self.today)) is not None:
            return aged[0].birth(aged[1], self.today)  # "12 in 2014": the cell's own year
        if age is None:
            # "-3" is no age of three, and "250" no age at all: her birth stays blank
            # rather than hold a wrong year or a nonsense one (the cell stays in the raw row).
            # "6 m" may be months: the number is not taken for years behind a word we do
            # not know (six months read as six years made a baby a girl taken in 2014).
            out.warnings.append(Note(notes.AGE_UNIT_UNREAD, col, Quoted(text))
                                if unknown_unit(text) else
                                Note(notes.AGE_UNREAD, col, Quoted(text), MAX_AGE))
            return FuzzyDate()
        # An age range ("20-25") widens the years, as it says; the words are read back alike
        # when typed (FuzzyDate.parse_birth). An age in months is the months before the year
        # it was given in, its text the cell's.
        return age.birth(self.mapping.age_year, self.today)


def _other_century(d: FuzzyDate, since: int, today: date) -> FuzzyDate | None:
    """The date read a century earlier or later (_century chose one of the two), when it too
    would lie between the year since and today; else None."""
    year = d.year
    if year is None or d.earliest is None or d.latest is None:
        return None
    shift = -100 if year >= 2000 else 100
    if not since <= year + shift <= today.year:
        return None
    try:
        return FuzzyDate(d.earliest.replace(year=d.earliest.year + shift),
                         d.latest.replace(year=d.latest.year + shift))
    except ValueError:  # 29 February in a year without one (2000 and 1900): the year alone
        return FuzzyDate.year_range(d.earliest.year + shift, d.latest.year + shift)


# Cells of a person's names, in which a number is no part of a name (_not_a_name).
# What sets a name's spellings apart in one cell ("Şîrîn / ?????", "Şîrîn (?????)")
_SPELLING_SEP = re.compile(r"[/|()،,\-–]")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


# The places a row sets on her record, by the field her record keeps each in.
_PLACES = {Field.VILLAGE: "origin_village", Field.DISTRICT: "origin_district",
           Field.GOVERNORATE: "origin_governorate", Field.ABDUCTION_PLACE: "abduction_place",
           Field.LAST_KNOWN_LOCATION: "last_known_location"}


def _lost(text: str) -> bool:
    """Letters cp1256 could not hold became '?' in this cell (Sorani, or Kurmanji ş)."""
    return "?" in text and (LOST_LETTER.search(text) is not None
                            or LOST_LATIN.search(text) is not None)


def _lost_before_a_word(text: str) -> bool:
    """In one spelling of the cell, a word of '???' with a word of letters after it."""
    for spelling in _SPELLING_SEP.split(text):
        words = spelling.split()
        lost = next((i for i, w in enumerate(words) if LOST_SCRIPT.fullmatch(w)), None)
        if lost is not None and any(c.isalpha() for w in words[lost + 1:] for c in w):
            return True
    return False


# Spellings' separators left side by side once a lost spelling between them is taken out
_SEPARATORS = re.compile(r"\s*[/|]\s*(?:[/|]\s*)+")
_NAME_CELLS = {Field.FULL_NAME, Field.GIVEN, Field.FATHER, Field.GRANDFATHER, Field.FAMILY,
               Field.MOTHER, Field.NICKNAME}
# A plain given name split before her father's name where a cell says hers is not known, and
# then left out: the name after it is read as a father's, as in any name chain.
STAND_IN = {"original": "فلانة", "latin": "Fulana"}


# What lists write in a date column for "none": a dash, a zero, no, not yet.
_NO_DATE = {"-", "--", "—", "–", "/", "0", "x", "no", "none", "n/a", "na", "not yet", "nil",
            "لا", "لا يوجد", "لم", "لم تنج", "لم تنجو", "بعد", "نەخێر", "نا", "na hatiye",
            "tune", "ne"}
# Two spellings in one cell: "خليل / Khalil", "ليلى⏎ليلا", "Nadia (نادية)", "Khalil | خليل".
_SPELLINGS = re.compile(r"\s*(?:\n|/|\||\\)\s*|\s*[(\[]\s*|\s*[)\]]\s*")
# A full name, a dash between spaces, and a note: «نادية مراد - كوجو», "... - متوفية". Only
# after a name of two words or more, in a cell with no digit: "Al - Haskani" is one name, and
# "المجموع - 2" a subtotal (name_cells.is_count).
_DASH_NOTE = re.compile(r"^([^\s\-–—]\S*(?:\s+[^\s\-–—]\S*)+?)\s+[-–—]+\s+(.*[^\W\d_].*)$")
# "Murad, Nadia"; an initial: "Nadia M. Taha", "M Taha" is no initial (one letter, no dot)

_INITIAL = re.compile(r"(?<!\S)[^\W\d_]\.(?!\S)")


def _name_pieces(col: str, text: str, out: ConvertedRow,
                 person: Person | None = None,
                 no_name: Callable[[str], bool] | None = None,
                 whole_of: Person | None = None) -> list[str]:
    """The spellings a name cell holds: one per script, each read as the name in that script.

    A second spelling in the same script is her alias when person is given (her own name),
    else it stays in the list's values only and the row says so. A cell without a letter
    ("123") is no name. no_name, for a full name's cell: a line that is no part of a name
    (a status, a village, another woman); lines of such a cell may be one name (_unwrapped).
    whole_of, for a full name's cell, and person: whom a spelling, kunya or note written inside
    the name is said of (spelt_inside.py), the words around it read as the name.
    """
    text = without_invisibles(text)  # a direction mark or tatweel is no part of her name
    if (owner := whole_of or person) is not None:
        text = _known_as_each(col, text, owner, out)
    if "\n" in text and no_name is not None:
        joined = _unwrapped(text, no_name)
        if joined != text:
            out.warnings.append(Note(notes.NAME_LINES_JOINED, col, Quoted(text),
                                     Quoted(joined.replace("\n", " / "))))
            text = joined
    if "/" in text:  # d/o, s/o: "daughter of", not two spellings cut at the slash
        text = " ".join(slash_kinship(text).split())
    # two names each side of it are two persons: the comma stays for read_cell to say so
    if ("," in text or "،" in text) and (first := family_first(text)):
        # "Al Haskani, Nadia Murad": an article makes the family name plain, so it goes last
        out.warnings.append(Note(notes.NAME_FAMILY_FIRST, col, Quoted(text), Quoted(first[0]),
                                 Quoted(first[1])))
        text = f"{first[1]} {first[0]}"
    elif ("," in text or "،" in text) and not two_names(text):
        said = text
        text = " ".join(COMMA.sub(" ", text).split())
        if any(ch.isalpha() for ch in text):
            out.warnings.append(Note(notes.NAME_COMMA, col, Quoted(said)))
    if "." in text and (initial := _INITIAL.search(text)):
        out.warnings.append(Note(notes.NAME_INITIAL, col, Quoted(text), Quoted(initial.group())))
    cell = text  # as the notes quote it
    other_script: list[str] = []  # a given name in the other script inside the name
    if (owner := whole_of or person) is not None and ("(" in text or "[" in text or "/" in text):
        text = "\n".join(_inside_read(col, cell, line, owner, other_script, out)
                         for line in text.split("\n"))
    pieces = _spelt_pieces(col, cell, text, out, person)
    return pieces + [x for x in other_script if _slot(x) not in {_slot(y) for y in pieces}]


def _spelt_pieces(col: str, cell: str, text: str, out: ConvertedRow,
                  person: Person | None) -> list[str]:
    """_name_pieces of a cell once what is written inside its name is read."""
    if not _SPELLINGS.search(text) and (runs := _script_runs(text)) is not None:
        # "شيرين الياس Shereen Elias": her name in each script, nothing between them; read as
        # one name, the Latin words had become her grandfather and clan. Only in a cell that
        # holds no separator: one whose lines or slashes part its spellings is read by them.
        text = "\n".join(runs)
    if not _SPELLINGS.search(text):  # nearly every cell: one spelling, split no further
        one = " ".join(text.split())
        if any(ch.isalpha() for ch in one):
            return [one]
    pieces = [" ".join(x.split()) for x in _SPELLINGS.split(text)]
    pieces = [x for x in pieces if x]
    if len(pieces) == 1 and any(ch.isalpha() for ch in pieces[0]):
        return pieces
    kept: dict[str, str] = {}
    for piece in pieces:
        if not any(ch.isalpha() for ch in piece):
            out.warnings.append(Note(notes.NOT_A_NAME, col, Quoted(piece)))
            continue
        slot = _slot(piece)
        if kept and not _spelling_of(next(iter(kept.values())), piece):
            # "Murad (متوفى)", "نادية (مفقودة)": a note beside the name, not another spelling.
            out.warnings.append(Note(notes.NOT_THE_NAME, col, Quoted(cell), Quoted(piece)))
        elif slot not in kept:
            kept[slot] = piece
        elif person is not None:
            person.aliases.append(piece)
            out.warnings.append(Note(notes.ALIAS_KEPT, col, Quoted(cell), Quoted(kept[slot]),
                                     Quoted(piece)))
        else:
            out.warnings.append(Note(notes.SECOND_SPELLING, col, Quoted(cell), Quoted(kept[slot]),
                                     Quoted(piece)))
    return list(kept.values())


def _inside_read(col: str, cell: str, line: str, p: Person, other_script: list[str],
                 out: ConvertedRow) -> str:
    """A line of a name cell with what is written inside the name (another spelling, a kunya,
    a note) taken out, kept where the record has a place for it, and said; the line as it is
    when nothing is (spelt_inside.read_inside)."""
    line = one_before_slash(line) or line
    line, others = two_given(line) or (line, ())
    inside: Inside | None = read_inside(line)
    # the name the notes say: before a note or another spelling after it ("... (متوفية)")
    name = inside.name if inside else " ".join(_SPELLINGS.split(line)[0].split())
    _two_given_said(col, cell, others, name, p, out)
    if inside is None:
        return line
    words = inside.name.split()
    for index, spelling in inside.spellings:
        alias = alias_of(inside, index, spelling)
        if alias not in p.aliases:
            p.aliases.append(alias)
        out.warnings.append(Note(notes.SPELT_INSIDE, col, Quoted(cell), Quoted(spelling),
                                 Quoted(words[index]), Quoted(inside.name), Quoted(alias)))
    _two_names_said(col, cell, inside, out)
    if inside.other_script:
        other_script.append(inside.other_script)
        out.warnings.append(Note(notes.SCRIPT_INSIDE, col, Quoted(cell),
                                 Quoted(inside.other_script), Quoted(words[0]),
                                 Quoted(inside.name)))
    if inside.nickname:
        _put(p.name(NamePart.NICKNAME), inside.nickname)
        out.warnings.append(Note(notes.NICKNAME_INSIDE, col, Quoted(cell), Quoted(inside.nickname),
                                 Quoted(inside.name)))
    for aside in inside.asides:
        out.warnings.append(Note(notes.ASIDE_INSIDE, col, Quoted(cell), Quoted(aside),
                                 Quoted(inside.name)))
    return f"{inside.name} {inside.tail}".strip()


# Between two spellings of her name on one line or two: "Amina Khalaf Rasho / «الملقبة ...»".
_SPELLING_APART = re.compile(r"(\s*(?:\n|/|\||\\)\s*)")


def _known_as_each(col: str, text: str, p: Person, out: ConvertedRow) -> str:
    """The cell with "known as" words read at the head of each spelling of her name in it (the
    cell's own head, or after a line break or slash): the second spelling's «الملقبة ام سعيد
    امينة خلف رشو» became her given name «الملقبة», her father «ام», silently."""
    if (first := known_as_first(text)) is not None:
        text = _known_as_first(col, text, first, p, out)
    if not _SPELLING_APART.search(text):
        return text  # nearly every cell
    parts = _SPELLING_APART.split(text)
    for i in range(2, len(parts), 2):
        if (first := known_as_first(parts[i])) is not None:
            parts[i] = _known_as_first(col, parts[i], first, p, out)
    return "".join(parts)


def _known_as_first(col: str, text: str, first: KnownAsFirst, p: Person,
                    out: ConvertedRow) -> str:
    """A cell that begins with "known as" or "named" (name_cells.known_as_first): the name she
    is known by her nickname, said; her name returned. A kunya alone is returned as the kunya,
    which a row of a kunya alone is read as (kunya rows); a nickname alone leaves no name."""
    name, nickname, phrase, how = first
    if how == NAMED:
        out.warnings.append(Note(notes.KNOWN_AS_NAMED, col, Quoted(text), Quoted(phrase),
                                 Quoted(name)))
        return name
    if not name:
        out.warnings.append(Note(notes.KNOWN_AS_ALONE, col, Quoted(text), Quoted(phrase),
                                 Quoted(nickname)))
        if is_kunya(nickname):
            return nickname
    else:
        said = notes.KNOWN_AS_GUESS if how == GUESS else notes.KNOWN_AS_FIRST
        out.warnings.append(Note(said, col, Quoted(text), Quoted(phrase), Quoted(nickname),
                                 Quoted(name)))
    _put(p.name(NamePart.NICKNAME), nickname)
    return name


def _two_names_said(col: str, cell: str, inside: Inside, out: ConvertedRow) -> None:
    """A forebear's name written two ways («حسن/حسين»): the first is her name's, the other no
    alias (it would be her cousin's name); said, for the lawyer to check."""
    words = inside.name.split()
    for index, other, written in inside.two_names:
        out.warnings.append(Note(notes.NAME_TWO_WAYS, col, Quoted(cell), Quoted(written),
                                 Quoted(words[index]), Quoted(other), Quoted(inside.name)))


def _two_given_said(col: str, cell: str, others: tuple[str, ...], name: str, p: Person,
                    out: ConvertedRow) -> None:
    """Her other given names, written after her first one and a slash (spelt_inside.two_given),
    each kept as her alias and said: the name alone, as another spelling of her given name is
    kept, for scoring takes an alias that is a record's given name word for word as her given
    name (beside شيرين الياس حسن: 0.97, given match); her whole name so spelt agrees with a
    given name only partly (0.88)."""
    for other in others:
        if other not in p.aliases:
            p.aliases.append(other)
        out.warnings.append(Note(notes.TWO_GIVEN, col, Quoted(cell), Quoted(name.split()[0]),
                                 Quoted(other), Quoted(name)))


def _known_as(col: str, text: str, p: Person, out: ConvertedRow) -> str:
    """A name with a name she is known by after "aka", «الملقبة», "bi navê": that name her
    nickname, said; the name before it returned ("" when there is none such)."""
    if (aka := nickname_after(text)) is None:
        return ""
    _put(p.name(NamePart.NICKNAME), aka[2])
    out.warnings.append(Note(notes.KNOWN_AS, col, Quoted(text), Quoted(aka[1]), Quoted(aka[2]),
                             Quoted(aka[0])))
    return aka[0]


def _nickname_read(col: str, text: str, said: Reading) -> Note:
    """The note of a name cell read as her nickname: a kunya («أم خالد») or "wife of" a man
    («زوجة جميل خلف»), her own name not in the list."""
    if said.kind == KUNYA:
        return Note(notes.KUNYA_READ, col, Quoted(text), Quoted(said.said[-1]))
    man = " ".join(said.rest.split()[len(said.said):])
    return Note(notes.WIFE_READ, col, Quoted(text), Quoted(" ".join(said.said)), Quoted(man))


# Before a place: «من كوجو», "from Kocho", Kurmanji ji, Sorani لە.
_FROM = frozenset({"من", "from", "ji", "لە"})
# A line that begins with one says who someone is to her (her sister, mother, husband): no
# part of her own name.
_KINSHIP_WORDS = frozenset(kinship_key(w) for w in (
    "أختها", "اختها", "أخوها", "اخوها", "أمها", "امها", "والدتها", "ابنتها", "بنتها", "ابنها",
    "زوجها", "خالتها", "عمتها", "sister", "brother", "mother", "husband", "daughter", "son",
    "dayik", "dayika", "xwişk", "xwuşk", "xuşk", "bira", "mêr", "keç", "kur", "خوشکی", "دایکی",
    "برای", "مێردی", "کچی"))


def _unwrapped(text: str, no_name: Callable[[str], bool]) -> str:
    """A name typed over several lines of a full name's cell (Alt+Enter) joined into one line:
    her given name alone on the first line («خالدة» over «الياس خديدة»), or one word a line
    ("Basma", "Hasan", "Ali"). Only so: «نادية مراد» over «ليلى مراد» is two sisters, over
    «شمي» her mother, and stays as the lines were (the second line said and kept apart). A
    line joins when it is in the first line's script, no spelling of it (Nadia over Nadya),
    four words at most in all, holds no digit or separator, and is no place, status, kinship
    or other woman's name (no_name)."""
    lines = [" ".join(x.split()) for x in text.split("\n")]
    lines = [x for x in lines if x]
    one_a_line = all(len(x.split()) == 1 for x in lines)
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        if last and (len(last.split()) == 1 or one_a_line) \
                and len(last.split()) + len(line.split()) <= 4 \
                and _slot(line) == _slot(last) \
                and not _spelling_of(last.split()[0], line.split()[0]) \
                and not has_digit(line) and not _SPELLINGS.search(line) and ":" not in line \
                and not no_name(line):
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _script_runs(text: str) -> tuple[str, str] | None:
    """A cell's words in Arabic script, then in Latin letters (or the other way round), with a
    letter in each and no separator between them: the two spellings of one name, when each
    run is of two words or more, or the runs begin with one name ("Nadia نادية", «نادية مراد
    Nadia»). None for any other cell (nearly all: one script), and for «نادية Murad Basi»,
    whose Latin words go on from her given name."""
    words = text.split()
    if len(words) < 2:
        return None
    arabic = [is_arabic_script(w) for w in words]
    if all(arabic) or not any(arabic) or not all(any(c.isalpha() for c in w) for w in words):
        return None
    cut = next(i for i in range(1, len(words)) if arabic[i] != arabic[0])
    if len(set(arabic[cut:])) != 1:
        return None
    if (cut < 2 or len(words) - cut < 2) and not _one_name(words[0], words[cut]):
        return None
    return " ".join(words[:cut]), " ".join(words[cut:])


def _one_name(name: str, other: str) -> bool:
    """Two words one name in two scripts (نادية, Nadia 0.97), not a name and its masculine or
    feminine (خالدة, Khalid 0.89: a sister's and a brother's)."""
    from app.matching.namesim import text_sim

    return text_sim(name, other) >= 0.93


def _spelling_of(name: str, other: str) -> bool:
    from app.matching.namesim import text_sim

    return text_sim(name, other) >= 0.6


def _status_shown(status: Status | None, when: FuzzyDate) -> str | None:
    """'rescued' or 'rescued, 2017' for the dry run's list of values."""
    if status is None:
        return None
    return f"{status}, {when.display()}" if not when.is_blank else str(status)
