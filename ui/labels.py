"""Translated names for the domain's enumerations (statuses, sex, name parts, relations).

Each string is a literal QCoreApplication.translate call so that pyside6-lupdate finds it.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication

from app.domain.errors import WRITING_ELSEWHERE, BackupWrongSecret, WrongSecret
from app.domain.fuzzydate import FuzzyDate, SerialSlip, plain_text
from app.domain.person import Person
from app.domain.person import name_shown as app_name_shown
from app.domain.records import SOURCE_CODE_EXAMPLES, SOURCE_CODE_LONGEST, source_code_problem
from app.importing.ages import read_age
from app.importing.changed_since import CHANGED
from app.importing.dedupe import (
    BIRTH_ALONE,
    BY_HAND_THEN,
    CASE_NO_NAMES,
    GIVEN_PARTLY_BIRTHS_APART,
    NAMELESS,
    NAMES_ALIKE,
    NAMES_NEARLY,
    TIED,
    asked_again_from,
    case_no_other_from,
    more_tied_with,
    respelt_from,
    same_row_from,
    tied_with,
)
from app.importing.list_wide import WHOLE_LIST_NOTE
from app.importing.merge import note_beside_status
from app.importing.withdrawn_then import withdrawn_from
from app.matching.blocking import merged_found_from
from app.matching.given_clan import GIVEN_AND_FAMILY, ONLY_ONE
from app.matching.score import (
    CLAN_AS_GRANDFATHER,
    GIVEN_ALONE,
    GRANDFATHER_AS_FAMILY,
    LEFT_OUT,
    SAME_HUSBAND,
    SAME_HUSBAND_TITLED,
    SAME_KUNYA,
    SWAPPED,
    births_apart_from,
)
from app.reports.places import place_written
from app.typed_birth import AgeOrYear
from app.typed_date import typed_date
from app.vault_lock import BUSY_ELSEWHERE, OPEN_ELSEWHERE
from ui.bidi import FSI, PDI, Phrase, file_path, filled, isolated, led_by
from ui.i18n import interface_language, list_comma


def status_names() -> dict[str, str]:
    return {
        "missing": QCoreApplication.translate("Status", "Missing"),
        "sighted": QCoreApplication.translate("Status", "Sighted"),
        "located": QCoreApplication.translate("Status", "Located"),
        "in_negotiation": QCoreApplication.translate("Status", "In negotiation"),
        "rescued": QCoreApplication.translate("Status", "Rescued"),
        "reunited": QCoreApplication.translate("Status", "Reunited"),
        "deceased": QCoreApplication.translate("Status", "Deceased"),
        "unknown": QCoreApplication.translate("Status", "Unknown"),
    }


def male_status_names() -> dict[str, str]:
    """The statuses said of a man: Arabic gives them a masculine form (مفقود, not مفقودة);
    the comment tells the translator which form is wanted."""
    return {
        "missing": QCoreApplication.translate("Status", "Missing", "of a man"),
        "sighted": QCoreApplication.translate("Status", "Sighted", "of a man"),
        "located": QCoreApplication.translate("Status", "Located", "of a man"),
        "in_negotiation": QCoreApplication.translate("Status", "In negotiation", "of a man"),
        "rescued": QCoreApplication.translate("Status", "Rescued", "of a man"),
        "reunited": QCoreApplication.translate("Status", "Reunited", "of a man"),
        "deceased": QCoreApplication.translate("Status", "Deceased", "of a man"),
        "unknown": QCoreApplication.translate("Status", "Unknown", "of a man"),
    }


def unrecorded_status_names() -> dict[str, str]:
    """The statuses said of a person whose sex is not recorded: of either, as her papers say
    them (Arabic مفقود/ة; Kurmanji wî/wê), not as of a woman beside a neutral "known as".
    The comment is written out each time: lupdate reads only a literal one."""
    return {
        "missing": QCoreApplication.translate(
            "Status", "Missing", "of a person whose sex is not recorded"),
        "sighted": QCoreApplication.translate(
            "Status", "Sighted", "of a person whose sex is not recorded"),
        "located": QCoreApplication.translate(
            "Status", "Located", "of a person whose sex is not recorded"),
        "in_negotiation": QCoreApplication.translate(
            "Status", "In negotiation", "of a person whose sex is not recorded"),
        "rescued": QCoreApplication.translate(
            "Status", "Rescued", "of a person whose sex is not recorded"),
        "reunited": QCoreApplication.translate(
            "Status", "Reunited", "of a person whose sex is not recorded"),
        "deceased": QCoreApplication.translate(
            "Status", "Deceased", "of a person whose sex is not recorded"),
        "unknown": QCoreApplication.translate(
            "Status", "Unknown", "of a person whose sex is not recorded"),
    }


def merged_record_header() -> str:
    """The column that names, on a row of her page, the record merged into hers it came with."""
    return QCoreApplication.translate("MergedRecord", "Merged record")


def from_merged(what: str, case_no: str) -> str:
    """A case number or caption with the record merged into another it belongs to:
    "SNJ-00007 (from SNJ-00008)" (a report about the record now part of SNJ-00007)."""
    return filled(QCoreApplication.translate("MergedRecord", "%1 (from %2)"), what, case_no)


def credibility_names() -> dict[int, str]:
    """A report's credibility, 1 to 6, in words: the standard scale, as
    app.domain.records.CREDIBILITY and the papers say it."""
    return {
        1: QCoreApplication.translate("Credibility", "confirmed by other sources"),
        2: QCoreApplication.translate("Credibility", "probably true"),
        3: QCoreApplication.translate("Credibility", "possibly true"),
        4: QCoreApplication.translate("Credibility", "doubtful"),
        5: QCoreApplication.translate("Credibility", "improbable"),
        6: QCoreApplication.translate("Credibility", "truth cannot be judged"),
    }


def source_code_said(code: str) -> str:
    """Why code (as kept: upper case, no spaces around it) is no source code, said exactly in
    the interface's words, or "" (the rule is the service's, source_code_problem). "نجمة-7"
    was told "a source code holds a digit, e.g. S-469", which it does."""
    problem = source_code_problem(code)
    if problem is None:
        return ""
    kind, detail = problem
    if kind == "letters":
        space = QCoreApplication.translate("ReportsTab", "a space")
        # the ranges as values, isolated: "0-9" in an Arabic sentence read "9-0"
        return filled(QCoreApplication.translate(
            "ReportsTab", "A source code holds only Latin letters %1, digits %2 and %3 (e.g. "
                          "%4); %5 holds %6."),
            "A-Z", "0-9", "'-'", SOURCE_CODE_EXAMPLES, code, Phrase(list_comma().join(
                isolated(run.strip()) if run.strip() else space
                for run in detail.split("\n"))))
    if kind == "long":
        return filled(QCoreApplication.translate(
            "ReportsTab", "A source code is at most %1 characters long (e.g. %2); %3 has %4."),
            SOURCE_CODE_LONGEST, SOURCE_CODE_EXAMPLES, code, detail)
    if kind == "dash":
        return filled(QCoreApplication.translate(
            "ReportsTab", "A source code begins with a Latin letter or a digit, not %1 (e.g. "
                          "%2)."), "'-'", SOURCE_CODE_EXAMPLES)
    return filled(QCoreApplication.translate(
        "ReportsTab", "A source code holds at least one digit (e.g. %1): a name is not a code, "
                      "and papers print it; who a code stands for is not kept in CaseKeeper."),
        SOURCE_CODE_EXAMPLES)


def credibility_said(value: int | None) -> str:
    """A report's credibility as a table shows it, its number with its meaning ("2 – probably
    true"): a bare 2 does not say whether 1 is best. Blank where it was not judged."""
    return "" if value is None else f"{value} – {credibility_names()[value]}"


def sex_names() -> dict[str, str]:
    return {
        "F": QCoreApplication.translate("Sex", "Female"),
        "M": QCoreApplication.translate("Sex", "Male"),
        "U": QCoreApplication.translate("Sex", "Unknown"),
    }


def name_shown(name: str, given_unknown: bool, given_across: str = "") -> str:
    """A full name as a list, a page or a card shows it, marked where her given name is
    unknown: "مراد الياس مندكاني" alone reads as a man named Murad (app.domain.person); led
    by her given name where it is written only in the other script (given_across, the rule
    of app.domain.person.name_shown): "Xezal الياس حيدر", not a man named Elias. The whole is
    read in the direction of the name's own script, her given name at its start: in a
    right-to-left cell Xezal stands at the right, and in a left-to-right one too."""
    if not name:
        return name
    if given_unknown:
        return filled(QCoreApplication.translate("Names", "(given name unknown) %1"), name)
    if not given_across:
        return name
    return led_by(name, app_name_shown(name, False, given_across=FSI + given_across + PDI))


def names_shown(row) -> tuple[str, str]:
    """A list's row (name_original, name_latin, given_unknown, given_across) as its two name
    columns show it, each by name_shown: app.domain.person.names_shown in the interface's words,
    isolated; the same pair, "" where a script has no name."""
    given = getattr(row, "given_across", ("", ""))
    return (name_shown(row.name_original, row.given_unknown, given[0]),
            name_shown(row.name_latin, row.given_unknown, given[1]))


def person_names_shown(p: Person) -> tuple[str, str]:
    """Her full names in Arabic script and in Latin letters, each by name_shown ("" where she has
    none in a script): app.domain.person.person_names_shown in the interface's words, isolated.
    One way for every screen that names a person, so that none shows her father's name as hers."""
    return names_shown(SimpleNamespace(
        name_original=p.full_name("original"), name_latin=p.full_name("latin"),
        given_unknown=p.given_unknown, given_across=p.given_across))


def known_as_said(p: Person) -> str:
    """Where no part of her full name is known, what she is known as in the interface's words
    ("known as أم خالد", the nickname isolated); "(no name)" where nothing is known to call her
    by. Arabic says it of a man in the masculine."""
    return known_as_words(p.known_as(), p.sex.value)


def known_as_words(known: str, sex: str) -> str:
    """known_as_said of what a person of that sex (F, M, U) is known as, where the caller has
    it without her record (a duplicate pair's side: Proposal.known_as)."""
    if not known:
        return QCoreApplication.translate("Names", "(no name)")
    # Arabic words it by sex; of a person whose sex is not recorded, in both forms, as the
    # papers do (app/reports/labels.py): a boy of unrecorded sex was «المعروفة»
    template = QCoreApplication.translate("Names", "known as %1", "of a man") if sex == "M" \
        else QCoreApplication.translate("Names", "known as %1") if sex == "F" \
        else QCoreApplication.translate("Names", "known as %1", "of a person of unrecorded sex")
    return filled(template, known)


def one_name(p: Person) -> str:
    """A person's name where one line names her (a relative's row, a rescue's woman): her full
    name in Arabic script, else in Latin letters, as person_names_shown shows it (marked where her
    given name is unknown, led by it where it is written only in the other script: "Xezal الياس
    حيدر", not a man named Elias); else what she is known as (known_as_said)."""
    original, latin = person_names_shown(p)
    return original or latin or known_as_said(p)


def sex_words() -> dict[str, str]:
    """A sex as a sentence says it, what a list's sex cell was read as ("N, read as male"): a
    list's own letters mean other things (a Kurmanji M is mê, female)."""
    return {
        "F": QCoreApplication.translate("Sex", "female"),
        "M": QCoreApplication.translate("Sex", "male"),
        "U": QCoreApplication.translate("Sex", "unknown"),
    }


def sharing_names() -> dict[str, str]:
    """Who may receive her record (app.domain.person.SharingLevel), in the words the printed
    dossier uses (app/reports/labels.py sharing_*): the stored key was shown as it is."""
    return {
        "internal": QCoreApplication.translate("SharingLevel", "Internal only"),
        "ngo": QCoreApplication.translate("SharingLevel", "NGO"),
        "court": QCoreApplication.translate("SharingLevel", "Court"),
        "family": QCoreApplication.translate("SharingLevel", "Family"),
        "public": QCoreApplication.translate("SharingLevel", "Public appeal"),
    }


def name_part_names() -> dict[str, str]:
    return {
        "given": QCoreApplication.translate("NamePart", "Given name"),
        "father": QCoreApplication.translate("NamePart", "Father"),
        "grandfather": QCoreApplication.translate("NamePart", "Grandfather"),
        "family": QCoreApplication.translate("NamePart", "Family / clan"),
        "mother": QCoreApplication.translate("NamePart", "Mother"),
        "nickname": QCoreApplication.translate("NamePart", "Nickname"),
    }


def relation_names() -> dict[str, str]:
    return {
        "mother": QCoreApplication.translate("Relation", "mother"),
        "father": QCoreApplication.translate("Relation", "father"),
        "child": QCoreApplication.translate("Relation", "child"),
        "sibling": QCoreApplication.translate("Relation", "sibling"),
        "spouse": QCoreApplication.translate("Relation", "spouse"),
        "child_born_in_captivity": QCoreApplication.translate("Relation",
                                                              "child born in captivity"),
        # a mother or father whose sex the vault does not know
        "parent": QCoreApplication.translate("Relation", "parent"),
        "other": QCoreApplication.translate("Relation", "other"),
    }


def verdict_names() -> dict[str, str]:
    return {
        "match": QCoreApplication.translate("Verdict", "match"),
        "partial": QCoreApplication.translate("Verdict", "partial"),
        "mismatch": QCoreApplication.translate("Verdict", "mismatch"),
        "blank": QCoreApplication.translate("Verdict", "blank"),
    }


def feminine_verdict_names() -> dict[str, str]:
    """The verdicts said of a field whose name is a feminine word in the interface's language
    (Arabic الولادة مختلفة، القرية متطابقة): "الولادة مختلف" did not agree."""
    return {  # the disambiguation a literal: lupdate reads it as the message's comment
        "match": QCoreApplication.translate("Verdict", "match", "of a feminine word"),
        "partial": QCoreApplication.translate("Verdict", "partial", "of a feminine word"),
        "mismatch": QCoreApplication.translate("Verdict", "mismatch", "of a feminine word"),
        "blank": QCoreApplication.translate("Verdict", "blank", "of a feminine word"),
    }


# The fields a match names whose names are feminine words, by interface language: in Arabic the
# birth الولادة, the village القرية, the governorate المحافظة, the status الحالة, the nickname
# الكنية, another spelling تهجئة, the mother أم. Sorani and Kurmanji adjectives do not agree in
# gender.
_FEMININE_FIELDS = {"ar": frozenset({"birth", "village", "governorate", "status", "nickname",
                                     "alias", "aliases", "mother"})}


def verdict_said(field: str, verdict: str) -> str:
    """A field's verdict in the interface's words, agreeing with the field's name."""
    if field in _FEMININE_FIELDS.get(interface_language(), ()):
        return feminine_verdict_names().get(verdict, verdict)
    return verdict_names().get(verdict, verdict)


def outcome_names() -> dict[str, str]:
    """What the import check found for a row."""
    return {
        "new": QCoreApplication.translate("Outcome", "new person"),
        "certain": QCoreApplication.translate("Outcome", "already known"),
        "probable": QCoreApplication.translate("Outcome", "probable match"),
        "rejected": QCoreApplication.translate("Outcome", "rejected"),
    }


def status_label(status: str, sex: str = "F") -> str:
    """A status in the interface's words, for a person of that sex (F, M, U): a person whose
    sex is not recorded, of either (as her printed papers say it)."""
    names = (male_status_names() if sex == "M" else unrecorded_status_names() if sex == "U"
             else status_names())
    return names.get(status, status)


def status_note(status: str, note: str, sex: str = "F") -> str:
    """A status's note as her timeline shows it, isolated; blank where it is only the list's
    word for the status beside it. An import keeps the list's word as the note («located»):
    beside حُدد مكانها that is the same status repeated in English, and beside the interface's
    own word («مفقودة» beside مفقودة) it repeats it. A word that says more («seen in Raqqa»,
    «محررة» beside أُنقذت, «freed 2017») is shown; a note typed by hand always is. Both
    forms of the interface's word: a list's «مفقود» says nothing more of her than مفقودة."""
    if note == WHOLE_LIST_NOTE:  # given to everyone a list added: no cell of her row said it
        # worded by the person's sex (F, M; else of anyone), as the papers word it
        return QCoreApplication.translate("Status", "said of the whole list, not in her row") \
            if sex == "F" else QCoreApplication.translate(
                "Status", "said of the whole list, not in his row") if sex == "M" \
            else QCoreApplication.translate("Status",
                                            "said of the whole list, not in this person's row")
    names = (male_status_names().get(status, status), status_names().get(status, status))
    return isolated(note_beside_status(status, note, names))


def field_names() -> dict[str, str]:
    """Import mapping fields and the fields a match explanation names."""
    return {
        "full_name": QCoreApplication.translate("Field", "full name"),
        "given": QCoreApplication.translate("Field", "given name"),
        "father": QCoreApplication.translate("Field", "father"),
        "grandfather": QCoreApplication.translate("Field", "grandfather"),
        "family": QCoreApplication.translate("Field", "family / clan"),
        "mother": QCoreApplication.translate("Field", "mother"),
        "nickname": QCoreApplication.translate("Field", "nickname"),
        "alias": QCoreApplication.translate("Field", "other spelling"),
        # a match compares her nickname and other spellings together (score.py "aliases")
        "aliases": QCoreApplication.translate("Field", "nickname / other spellings"),
        "sex": QCoreApplication.translate("Field", "sex"),
        "birth": QCoreApplication.translate("Field", "born"),
        "age": QCoreApplication.translate("Field", "age"),
        "village": QCoreApplication.translate("Field", "village"),
        "district": QCoreApplication.translate("Field", "district"),
        "governorate": QCoreApplication.translate("Field", "governorate"),
        "abduction_date": QCoreApplication.translate("Field", "abduction date"),
        "abduction": QCoreApplication.translate("Field", "abduction date"),
        "abduction_place": QCoreApplication.translate("Field", "abduction place"),
        "status": QCoreApplication.translate("Field", "status"),
        "rescue_date": QCoreApplication.translate("Field", "date rescued"),
        "status_date": QCoreApplication.translate("Field", "status date"),
        "last_known_location": QCoreApplication.translate("Field", "last known location"),
        "notes": QCoreApplication.translate("Field", "notes"),
        "case_no": QCoreApplication.translate("Field", "case number"),
        # a list's numbers to call about her, and whom they reach: her family contacts
        "phone": QCoreApplication.translate("Field", "phone (a family contact)"),
        "contact_name": QCoreApplication.translate("Field", "whom the phone reaches (name)"),
        "contact_relation": QCoreApplication.translate("Field",
                                                       "whom the phone reaches (relation)"),
        "serial": QCoreApplication.translate("Field", "serial number (kept, not imported)"),
        "ignore": QCoreApplication.translate("Field", "ignore this column"),
    }


def birth_said(text: str) -> str:
    """A birth as it was given, in the interface's words when the importer worked it out from
    an age ('age 23, year not given' is stored in English, whatever the language) or when it
    is approximate ('about 1978' reads 'حوالي 1978' in Arabic)."""
    said = _in_words(text)
    return text if said is None else said


def date_read(text: str, label: str, birth: bool = False) -> FuzzyDate:
    """A date typed in a box of the desktop, read as the command line reads a date option
    (app/cli/options.py fuzzy_date): ValueError names the box (label, in the interface's words)
    and says why, when it cannot be read or lies wholly in the future (2041 typed for 2014).
    Blank is no date. A birth may be an age ("age 12 in 2014", "عمر 12"); a bare number of
    one or two digits is refused as her age or a year (app/typed_birth.py)."""
    try:
        d = typed_date(text, birth)
    except AgeOrYear as e:
        raise ValueError(age_or_year_said(label, e)) from None
    except SerialSlip as e:
        raise ValueError(serial_slip_said(label, e)) from None
    except ValueError:
        raise ValueError(filled(QCoreApplication.translate(
            "DateField", "%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)"),
            label, text)) from None
    if d.in_future():
        raise ValueError(filled(QCoreApplication.translate("DateField", "%1: %2 is in the future"),
                                label, text))
    return d


def age_or_year_said(label: str, e: AgeOrYear) -> str:
    """Why a birth typed as a bare number is not taken, and how to type either reading."""
    return filled(QCoreApplication.translate(
        "DateField", "%1: %2 could be her age or a year. Type the year in full (e.g. 1998), "
        "or her age: age %3, or age %3 in 2014"), label, e.text, e.number)


def serial_slip_said(label: str, e: SerialSlip) -> str:
    """Why a number typed as a date is not taken: as an Excel date number it is a day the date
    cannot be (20014 for 2014 would be 1954-10-17), as an import says of the same cell."""
    return filled(QCoreApplication.translate(
        "DateField", "%1: %2 would be %3 as an Excel date number, which cannot be this date: "
        "type the date (e.g. 2014, 08/2014, 03/08/2014)"), label, e.text, e.day.isoformat())


# A day, a month or a year as FuzzyDate.plain writes it.
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)


def date_said(date: FuzzyDate) -> str:
    """A date in a column of the desktop's lists (the persons list, Reports, Rescues, the tabs
    of her page) as a narrow column of a printed paper has it (app/reports/selection.py
    date): a known date in one form whatever form it was typed in, a day 2014-08-03, a month
    2019-03, a year 1998 (FuzzyDate.plain), never the 3/5/98 that is 3 May to one reader and
    5 March to another; an approximate date or an age in the interface's words ("about 1998",
    "age 23 in 2019"); text no date was read from as typed, marked so (not_read_as_date)."""
    if date.earliest and _ISO.fullmatch(date.text) and date.text == date.plain():
        # typed in the very form shown (2014-08-03, 2019-03, 1998), as lists and dates picked
        # store it: said at once, for the ways of reading other forms below took the Reports
        # screen a third of a second for 940 reports
        return date.text
    if date.latest and not date.earliest and not date.text.strip():
        # known by that day, not since when: "≤ 2026-12-02" had its sign after the date in a
        # right-to-left line, and read the other way round; said as the dossier says it
        return filled(QCoreApplication.translate("Date", "by %1"), date.latest.isoformat())
    if around := date.approximated():  # "about 03/08/1998" is about 1998-08-03, as printed
        return filled(QCoreApplication.translate("Birth", "about %1"), plain_text(around))
    said = _in_words(date.text) if date.age_given() else None
    if said is not None:
        return said
    if not (date.earliest or date.latest):
        return not_read_as_date(date.text)
    typed, span = date.as_typed()
    if span and (age := read_age(typed)) is not None and age.in_months:
        # a baby's "6 أشهر": the months she was born in beside it, or years on the record
        # would still say "6 months" and nothing more
        return f"{isolated(plain_text(typed))} ({isolated(date.plain())})"
    # a text that does not say the range stored with it (set apart from it) is read alone,
    # as the papers read it
    return plain_text(typed) if span else date.plain()


def born_said(text: str) -> str:
    """A birth known by its text alone (a record's card: `person_card` keeps the text as
    typed) as the lists say a date (date_said): 3/5/98 is 1998-05-03, "about 1998" and an
    age in the interface's words, text that is no date as typed and marked so."""
    try:
        return date_said(FuzzyDate.parse_birth(text.strip()))
    except ValueError:
        return not_read_as_date(text)


def place_said(value: str) -> str:
    """A village (a place) as the persons list shows it in the interface's language: كوجو for
    Kocho in Arabic and Sorani, Koço in Kurmanji, a place not known as stored. One rule on
    every screen: the same woman's village read Kocho on some Arabic screens, كوجو on others."""
    return place_written(value, interface_language())


def card_born_said(card: dict) -> str:
    """A record card's birth (app/importing/review.py person_card) as the lists say a date:
    from its stored range where the card has it (01/01/1998 read as the year only is 1998,
    as her page and the papers print it), else from its text (born_said)."""
    stored = card.get("birth")
    if isinstance(stored, (list, tuple)) and len(stored) == 3:
        try:
            return date_said(FuzzyDate.from_row(*stored))
        except (TypeError, ValueError):
            pass  # a card of another shape: its text is still there
    return born_said(card.get("born") or "")


def not_read_as_date(text: str) -> str:
    """A date's text no date was read from ("20014" as an abduction, "صيف 2015") as written,
    marked so: shown bare it reads as a date; '' for no text."""
    if not text.strip():
        return ""
    return filled(QCoreApplication.translate("Date", "%1 (as written; not read as a date)"),
                  text)


def date_typed(date: FuzzyDate) -> str:
    """A stored date put back in a box to be changed: as it was typed, or as it reads."""
    return date.text or ("" if date.is_blank else date.display())


def _in_words(text: str) -> str | None:
    """An age or an approximate date in the interface's words; None for any other text."""
    said = FuzzyDate(text=text).age_given()
    if said is None:
        try:
            around = FuzzyDate.parse(text).approximated() if text else None
        except ValueError:
            around = None  # kept as typed: the text is all there is
        if around is None:
            return None
        # "about 1978", "حوالي ١٩٧٨", "qasî 1978": the interface's own word, as documents do;
        # the date isolated, or 1978-08-03 after حوالي is drawn 03-08-1978
        return filled(QCoreApplication.translate("Birth", "about %1"), around)
    age, year = said
    if year is not None:
        return QCoreApplication.translate("Birth", "age %1 in %2").replace(
            "%1", age).replace("%2", str(year))
    return QCoreApplication.translate("Birth", "age %1, year not given").replace("%1", age)


def explanation_text(why: str) -> str:
    """A match explanation as the matching engine writes it ("given match, father partial;
    another record fits as well: SNJ-00002 (score 0.996)") in the interface's words."""
    summary, *notes = why.split("; ")
    fields = field_names()
    parts = []
    for item in filter(None, summary.split(", ")):
        field, _, verdict = item.rpartition(" ")
        parts.append(f"{fields.get(field, field)} {verdict_said(field, verdict)}")
    sep = QCoreApplication.translate("Explanation", "; ")
    text = QCoreApplication.translate("Explanation", ", ").join(parts)
    return sep.join([text, *map(_note_text, notes)]) if notes else text


def note_text(note: str) -> str:
    """How a pair was read or why it is shown (score.GIVEN_ALONE), in the interface's words."""
    return _note_text(note)


def _withdrawn_text(took: dict) -> str:
    """A row withdrawn from a woman in an earlier version of the list (withdrawn_then.py)."""
    if took["case_no"]:
        said = QCoreApplication.translate(
            "Explanation", "withdrawn in an earlier version of this list (batch %1, row %2) from "
            "%3 on %4, put on no one since: it waits for a decision, also with --yes")
        values = (took["batch"], took["row"], took["case_no"], took["day"])
    else:  # the record the row had made was deleted with the withdrawal: not named
        said = QCoreApplication.translate(
            "Explanation", "withdrawn in an earlier version of this list (batch %1, row %2) on "
            "%3, put on no one since: it waits for a decision, also with --yes")
        values = (took["batch"], took["row"], took["day"])
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]), said)


def _note_text(note: str) -> str:
    """A note after the fields: the record a row fits as well, or a person added since."""
    other = tied_with(note)
    if other is not None:
        name = other["case_no"] or QCoreApplication.translate(
            "Explanation", "row %1").replace("%1", str(other["row"]))
        return QCoreApplication.translate(
            "Explanation", "another record fits as well: %1 (score %2)").replace(
            "%1", name).replace("%2", f"{other['score']:.3f}")
    if (then := respelt_from(note)) is not None:  # the person her row went to last time
        said = QCoreApplication.translate(
            "Explanation", "spelt otherwise in the last import of this list (batch %1, row %2), "
            "decided by hand then: %3") if then["how"] == BY_HAND_THEN else \
            QCoreApplication.translate(
                "Explanation", "spelt otherwise in the last import of this list (batch %1, row "
                "%2), created then: %3")
        return said.replace("%1", str(then["batch"])).replace(
            "%2", str(then["row"])).replace("%3", then["case_no"])
    if (took := withdrawn_from(note)) is not None:  # the lawyer took this row back once
        return _withdrawn_text(took)
    if (row := asked_again_from(note)) is not None:  # a row of her decided anew
        return QCoreApplication.translate(
            "Explanation", "asked again: row %1, the same woman by the names, has been decided "
            "anew").replace("%1", str(row))
    if (batch := same_row_from(note)) is not None:  # the person this row went to last time
        return QCoreApplication.translate(
            "Explanation", "the same row as in the last import of this list (batch %1)").replace(
            "%1", str(batch))
    if note == CASE_NO_NAMES:
        return QCoreApplication.translate("Explanation",
                                          "the list's case number names this record")
    if (case := case_no_other_from(note)) is not None:
        return QCoreApplication.translate(
            "Explanation", "the list's case number names %1, not this record").replace("%1", case)
    if note == TIED:  # staged before the other record was named
        return QCoreApplication.translate("Explanation", "another record fits as well")
    if note == LEFT_OUT:
        return QCoreApplication.translate("Explanation", "read as leaving out the father's name")
    if note == CLAN_AS_GRANDFATHER:
        return QCoreApplication.translate(
            "Explanation", "read with the family name in the grandfather's column")
    if note == SWAPPED:
        return QCoreApplication.translate(
            "Explanation", "read with the grandfather's and family names swapped")
    if note == GRANDFATHER_AS_FAMILY:
        return QCoreApplication.translate(
            "Explanation", "read with the grandfather's name in the family name's column")
    if more := more_tied_with(note):  # namesakes a given name alone fits as well
        return QCoreApplication.translate("Explanation", "more records fit as well: %1").replace(
            "%1", QCoreApplication.translate("Explanation", ", ").join(more))
    if note == GIVEN_ALONE:
        return QCoreApplication.translate(
            "Explanation", "only a given name on one side: asked because it and more agree")
    if note == GIVEN_AND_FAMILY:
        return QCoreApplication.translate(
            "Explanation", "only a given and a family name on one side, no father's name: asked "
            "because they and more agree")
    if note == ONLY_ONE:
        return QCoreApplication.translate(
            "Explanation", "only a given and a family name on one side, no father's name: the "
            "only record of them that nothing disagrees with, so asked")
    if note == NAMES_ALIKE:
        return QCoreApplication.translate(
            "Explanation", "the whole name agrees: asked although other fields disagree")
    if note == NAMES_NEARLY:
        return QCoreApplication.translate(
            "Explanation", "the given names partly agree and the rest of the name agrees: asked")
    if note == NAMELESS:
        return QCoreApplication.translate(
            "Explanation", "her given name is not known, and her father's and grandfather's "
            "names agree: asked")
    if note == SAME_KUNYA:
        return QCoreApplication.translate(
            "Explanation", "known by the same kunya, a given name not given: asked")
    if note == SAME_HUSBAND_TITLED:
        return QCoreApplication.translate(
            "Explanation", "known as the wife of a man of the same name, one written with a word "
            "more before his name: asked")
    if note == SAME_HUSBAND:
        return QCoreApplication.translate(
            "Explanation", "known as the wife of a man of the same name, a given name not given: "
            "asked")
    if (apart := births_apart_from(note)) is not None:  # births that disagree, by how much
        years, then = apart
        if then is None:
            return filled(QCoreApplication.translate(
                "Explanation", "the birth years are %1 years apart"), years)
        return filled(QCoreApplication.translate(
            "Explanation", "the birth years are %1 years apart, but agree if the age given in %2 "
            "was her age when taken in %3"), years, *then)
    if note == BIRTH_ALONE:
        return QCoreApplication.translate("Explanation",
                                          "nothing but the birth disagrees: asked")
    if note == GIVEN_PARTLY_BIRTHS_APART:
        return QCoreApplication.translate(
            "Explanation", "the given names only partly agree and the births disagree: sisters, "
            "or one woman whose birth was given differently: asked")
    if (found := merged_found_from(note)) is not None:  # her record merged into another
        return QCoreApplication.translate(
            "Explanation", "found as %1, a record merged into %2").replace(
            "%1", found[0]).replace("%2", found[1])
    if note == CHANGED:  # her record edited after the row was decided (changed_since.py)
        return QCoreApplication.translate("Explanation",
                                          "the record changed after this row was decided")
    if note == "added to the vault after this list was staged":
        return QCoreApplication.translate("Explanation",
                                          "added to the vault after this list was staged")
    return note


def profile_names() -> dict[str, str]:
    return {
        "internal": QCoreApplication.translate("Profile", "internal (the team)"),
        "court": QCoreApplication.translate("Profile", "court"),
        "family": QCoreApplication.translate("Profile", "family"),
        "public": QCoreApplication.translate("Profile", "public appeal"),
    }


_TOO_SHORT = re.compile(r"^the passphrase must have at least (\d+) characters$")
# app.backup's refusals of a backup, met at the door when restoring one
_NO_BACKUP = re.compile(r"^(.+) is no CaseKeeper backup: it holds no (\S+)$", re.DOTALL)
_COPY_DAMAGED = re.compile(r"^the copy in (.+) (?:is damaged|does not open): (.+)$", re.DOTALL)
_TRAIL_CUT = re.compile(r"^the audit trail in (.+) does not reach where it did when the backup "
                        r"was made", re.DOTALL)
_TRAIL_BROKEN = re.compile(r"^the audit trail of the backup (.+) is broken \((.+)\): it was "
                           r"not restored$", re.DOTALL)


def app_message(message: str) -> str:
    """A message of the program's core (which speaks English, as the command line does) in the
    interface's language, for the ones a person meets at the door: the rest as they are."""
    if message == str(WrongSecret()):
        return QCoreApplication.translate("AppMessage",
                                          "The passphrase or recovery code is not correct.")
    if message == BackupWrongSecret.MESSAGE:
        return QCoreApplication.translate(
            "AppMessage", "The passphrase or recovery code does not open this backup: a backup "
                          "opens with the passphrase the vault had when the backup was made, or "
                          "the recovery code of that time.")
    if message == OPEN_ELSEWHERE:
        return QCoreApplication.translate(
            "AppMessage", "The vault is open in another CaseKeeper window or command: close it "
                          "there first, then try again. Nothing was changed.")
    if message == BUSY_ELSEWHERE:
        return QCoreApplication.translate(
            "AppMessage", "Another CaseKeeper window or command is giving the vault a new key "
                          "or restoring it from a backup: wait until it finishes, then try "
                          "again. Nothing was changed.")
    if message == WRITING_ELSEWHERE:
        return QCoreApplication.translate(
            "AppMessage", "Another CaseKeeper window or command is writing to the vault (an "
                          "import being saved, or the first opening after an update): wait until "
                          "it finishes, then try again. Nothing was changed.")
    if m := _TOO_SHORT.match(message):
        return filled(QCoreApplication.translate(
            "AppMessage", "The passphrase must have at least %1 characters."), m[1])
    if m := _NO_BACKUP.match(message):
        return filled(QCoreApplication.translate(
            "AppMessage", "%1 is not a CaseKeeper backup: it holds no %2."),
            file_path(m[1]), m[2])
    if m := _COPY_DAMAGED.match(message):
        return filled(QCoreApplication.translate(
            "AppMessage", "The backup in %1 is damaged (%2). Nothing was restored: use another "
                          "backup."), file_path(m[1]), m[2])
    if m := _TRAIL_CUT.match(message):
        return filled(QCoreApplication.translate(
            "AppMessage", "The audit trail in %1 does not reach where it did when the backup "
                          "was made: entries were taken from it, or a file was changed. Nothing "
                          "was restored."), file_path(m[1]))
    if m := _TRAIL_BROKEN.match(message):
        return filled(QCoreApplication.translate(
            "AppMessage", "The audit trail of the backup %1 is broken (%2). Nothing was "
                          "restored."), file_path(m[1]), m[2])
    return message
