"""Why the importer suggests a field for a list's column, in pieces as a row's warnings are."""

from __future__ import annotations

from app.importing.pieces import Quoted, Said, Sentence, Word, joined, pieces_of

# Each template once; ui/import_report.py lists every one for translation
# (tests/test_import_mapping_reasons.py checks). %1 is the column's header where one is named.
MAPPING = "mapping"
SAVED = "saved mapping"
SAVED_FOR = "saved mapping %1"
# no sender named: the one sender's saved mapping that names exactly this list's columns
SAVED_FOR_COLUMNS = "mapping saved for %1, whose columns this list has"
MAPPING_FILE = "mapping file %1"
HEADER = "header %1 matches %2"
NOT_A_FIELD = "header %1 names %2, which is not a field of the record; kept in provenance"
NUMBERS = ("header %1 matches %2, but %3 of its values are numbers, no names; kept in "
           "provenance")
# "Family phone" over telephone numbers: the family's number, not her clan
NUMBERS_PHONE = ("header %1 matches %2, but %3 of its values are numbers and it names a "
                 "telephone: phone")
# "Contact" over telephone numbers: the number to call about her, not whom it reaches
NUMBERS_TO_CALL = ("header %1 names a contact, but %2 of its values are telephone numbers: "
                   "phone")
# "Informant phone", "اسم المبلغ": whoever reported the row (%2 the word that says so)
INFORMANT = ("header %1 names who reported the row, not her (%2): left unmapped, never her "
             "fields nor her family's contacts (raw kept in provenance; map it by hand only if "
             "it is hers)")
FULL_NAME = "header %1 names a name, and the values hold %2 words on average: full name"
PART_OF_GROUP = "header %1: part %2 of the name under %3"
# a two-row header whose group and label name a field only together ("Date" over "Abduction")
GROUP_AND_LABEL = "header %1: %2, as the group %3 and the label %4 under it say together"
GREAT_GRANDFATHER = ("header %1: part %2 of the name under %3 is the great-grandfather's name, "
                     "which a record has no place for; not imported (kept with the list's rows)")
# said after a saved mapping's "family" for the fourth part of a four-part name (saved before
# the fourth was read as the great-grandfather): the saved choice stands until the user changes it
SAVED_FOURTH = ("; part 4 of the name under %1 is the great-grandfather's name as a four-part "
                "name is read now: if so, leave this column out")
# said after the reason of a full-name column headed as the four-part name (names.py)
FOURTH_WORD = ("; of a name of four words or more, the fourth is the great-grandfather's name, "
               "which a record has no place for: not imported (kept with the list's rows), "
               "unless it is written as only a clan name is (the article and -i, or -ani, -awi: "
               "الحسكاني, Haskani)")
NUMBERED_PART = ("header %1 numbers a part of the name, beside columns of the father's, "
                 "grandfather's or family name: %2")
# said after a name's header, in brackets: which of her name's scripts the column feeds
ARABIC_SCRIPT = " (%1 Arabic script: original script)"
LATIN_LETTERS = " (Latin letters)"
MIXED = " (mixed: %1 Arabic script; each value goes to its script's slot)"
NO_VALUES = "no header match and no values"
SEXES = "%1 of values are sexes (F, M, انثى, mê ...)"
STATUSES = "%1 of values are statuses"
ARABIC_NAMES = ("no header match; %1 of values are Arabic script with %2 words: %3 in original "
                "script")
DATES = ("no header match; %1 of values are dates, but the header does not say which (birth, "
         "abduction, rescue): left unmapped (raw kept in provenance; map it by hand)")
UNRECOGNISED = "no header match; values not recognised (kept in provenance)"
# a column headed only "year" (Sal, ساڵ, السنة), by its values (mapping._year_of_birth)
YEAR_OF_BIRTH = ("header %1 says a year but not of what; %2 of its values are years of birth "
                 "(before %3): %4")
YEAR_NOT_SAID = ("header %1 says a year but not of what, and only %2 of its values are years "
                 "of birth: left unmapped (raw kept in provenance; map it by hand)")
# a column headed birth, hers or a child's (Zayîn, Bûyîn, الولادة), by its values (birth_header)
BIRTH_BY_VALUES = ("header %1 says birth, hers or a child's; %2 of its values are dates or years "
                   "of birth (before %3): %4")
BIRTH_BY_AGES = ("header %1 says birth, hers or a child's; %2 of its values are ages or dates of "
                 "birth (before %3), most of them ages: %4")
BIRTHS_NOT_HERS = ("header %1 says birth, hers or a child's, and only %2 of its values are dates "
                   "or years of birth: it may be of children born in captivity, so it is not "
                   "read as her birth; left unmapped (raw kept in provenance; map it by hand if "
                   "it is hers)")
CHILDRENS_BIRTHS = ("header %1 is of children's births, births in captivity or a count of births: "
                    "never read as her birth, whatever its values; left unmapped (raw kept in "
                    "provenance; map it by hand if it is hers)")
NAMES_ELSEWHERE = ("no header match; the values are Arabic script like names, but the names "
                   "come from %1, so this column is left unmapped (raw kept in provenance; map "
                   "it by hand if it holds names)")
LOOKS_LIKE_TAKEN = ("no header match; the values look like %1, but %1 already comes from %2; "
                    "left unmapped (raw kept in provenance)")
TAKEN = "%1 already comes from %2; ignored (raw kept)"
TAKEN_EXACTLY = "%1 already comes from %2, whose header names it exactly; ignored (raw kept)"
TAKEN_SAME_SCRIPT = "%1 already comes from %2 in the same script; ignored (raw kept)"
# said after a header's match, of a second column of a name part in the same script as %2
# (Name beside Nav, ناو beside الاسم; mapping.TWICE): %1 the field, what its cells become
SECOND_OWN = ("; also %1, in the same script as %2: where %2 is blank this column gives it; "
              "where both hold one and they differ, the one in %2 is kept and this column's as an alias "
              "(said on the row)")
SECOND_FOREBEAR = ("; also %1, in the same script as %2: where %2 is blank this column gives "
                   "it; where both hold one and they differ, the one in %2 is kept and this "
                   "column's inside an alias of the whole name (said on the row)")
SECOND_FULL = ("; also %1, in the same script as %2: where %2 is blank this column gives the "
               "name; where both hold one, the parts in %2 are kept and this column's other "
               "spellings as aliases (said on the row)")
SECOND_MOTHER = ("; also %1, in the same script as %2: where %2 is blank this column gives it; "
                 "where both hold one and they differ, the one in %2 is kept and this "
                 "column's stays in the list's row only (said on the row)")
# said after a reason, of an age column or a column of sexes
AGES_IN = "; ages given in %1"
AGES_RANGE = "; the year of the ages is not given: read as a range"
# said after a saved mapping's "ignore" for a column the importer would now take (Current
# location, saved before it was a field): the saved choice stands until the user changes it
LEFT_OUT = ("; it leaves this column out, but it would now be taken as %1: choose that field "
            "to import it")
KURMANJI_LETTERS = "; M and N read as Kurmanji mê (female) and nêr (male)"
# how a date column writes day and month, judged from its cells (app/importing/date_order.py):
# said after the column's reason (after "; "), and over the rows of the wizard's preview
MONTH_FIRST = ("dates written month first (a possible day only when read so: %1, such as %2; "
               "only when read day first: none): each date of the column is read month first")
BOTH_WAYS = ("dates written both ways (a possible day only when read day first: %1, such as %2; "
             "only when read month first: %3, such as %4): each of those is read so, and a date "
             "both ways could read (%5) is read as its year only, its row saying so")
# a column none of whose dates says which way round it is, read as another column of its
# sheet proves (app/importing/date_order.sheet_wide): %3 that column, %4 its cell
MONTH_FIRST_LIKE = ("dates either order reads (%1, such as %2), none that only one does: read "
                    "month first, as %3 writes its dates (such as %4)")
# said after MONTH_FIRST where another column of the sheet proves day first: %1 that column
ORDERS_DISAGREE = ("; but %1 writes its dates day first (such as %2), and a list saved from one "
                   "program writes one order: check which of the two columns is read wrong")
# a date column whose 1 January is read as its year only (app/importing/new_year.py): said
# after the column's reason, and over the rows of the wizard's preview
NEW_YEAR = ("1 January is %1 of its %2 whole days (such as %3), as a list writes a date when only "
            "the year is known: each 1 January of the column is read as its year only, the cell "
            "kept as written")
# a mapping refused: columns of her father's, grandfather's or family name but none of her own
# (%1 the file and sheet, %2 those columns, %3 LEFT_UNMAPPED or nothing). Not in TEMPLATES: the
# desktop says it in words of its own, with no flag (ui/import_report._in_the_window).
NO_OWN_NAME = ("%1: columns %2 give her father's, grandfather's or family name, but no column "
               "gives her own name (given or full_name): every row would become a person "
               "without a given name, and sisters and repeated rows could not be told apart; "
               "nothing was staged. Map the column that holds her name to given or full_name "
               "(--mapping)%3")
LEFT_UNMAPPED = "; columns left unmapped: %1"
# the other refusals before any row is staged (%1 the file and sheet). The desktop says those
# that name a flag in words of its own (ui/import_report._in_the_window); the rest are in
# TEMPLATES.
EMPTY_SHEET = "%1: the sheet is empty; nothing to import"
NO_HEADER_ROW = ("%1: no header row (a row naming the columns: Name, الاسم, ناو, Nav ...) was "
                 "found, so nothing here reads as a list; %2")
ADD_A_HEADER = "add a header row above the names"
# a workbook none of whose sheets has a header row (%1 the file, %2 its sheets)
NO_SHEET_HEADED = ("%1: no sheet holds a header row naming its columns (Name, الاسم, ناو, Nav "
                   "...), so no sheet reads as a list (sheets: %2)")
OTHER_SHEETS = "the file has other sheets (%1): choose the one that holds the list (--sheet)"
# %2 the header row's number, %3 its headers, %4 OTHER_SHEETS
NO_NAME_COLUMN = ("%1: no column of this sheet reads as a name (header row %2: %3); map a "
                  "column to full_name or given (--mapping)")
NO_NAME_COLUMN_SHEETS = ("%1: no column of this sheet reads as a name (header row %2: %3); %4, "
                         "or map a column to full_name or given (--mapping)")
COLUMN_AT = "%1 (column %2)"  # a header, and its column's letter
TEMPLATES = (MAPPING, SAVED, SAVED_FOR, SAVED_FOR_COLUMNS, MAPPING_FILE, HEADER, NOT_A_FIELD, NUMBERS,
             NUMBERS_PHONE, NUMBERS_TO_CALL, INFORMANT, FULL_NAME,
             PART_OF_GROUP, GROUP_AND_LABEL, GREAT_GRANDFATHER, SAVED_FOURTH, FOURTH_WORD, NUMBERED_PART,
             ARABIC_SCRIPT, LATIN_LETTERS, MIXED, NO_VALUES, SEXES, STATUSES, ARABIC_NAMES, DATES,
             UNRECOGNISED, YEAR_OF_BIRTH, YEAR_NOT_SAID, BIRTH_BY_VALUES, BIRTH_BY_AGES, BIRTHS_NOT_HERS,
             CHILDRENS_BIRTHS,
             NAMES_ELSEWHERE, LOOKS_LIKE_TAKEN, TAKEN,
             TAKEN_EXACTLY, TAKEN_SAME_SCRIPT, SECOND_OWN, SECOND_FOREBEAR, SECOND_FULL,
             SECOND_MOTHER, AGES_IN, AGES_RANGE, LEFT_OUT, KURMANJI_LETTERS,
             MONTH_FIRST, BOTH_WAYS, MONTH_FIRST_LIKE, ORDERS_DISAGREE, NEW_YEAR, LEFT_UNMAPPED,
             COLUMN_AT, EMPTY_SHEET, ADD_A_HEADER)


def reason(template: str, *values: object) -> Sentence:
    """A reason of one template and its values."""
    return Sentence(Said(template, *values))


def then(first: str, template: str, *values: object) -> Sentence:
    """first, and what follows it ("; ages given in 2014")."""
    said = pieces_of(first)
    return Sentence([*(said if isinstance(said, list) else [said]), Said(template, *values)])


def field(f: str) -> Word:
    """A field a column feeds: the command line says its key (full_name), the desktop its name."""
    return Word("import_field", str(f))


def header(label: str) -> Quoted:
    return Quoted(label)


def headers(labels: list[str]) -> list:
    """'الاسم', 'اسم الاب': each header quoted on its own, so each keeps its letters' order."""
    return joined([Quoted(label) for label in labels])


def share(part: float) -> str:
    """A share of a column's values as the reasons say it: 100%."""
    return f"{part:.0%}"
