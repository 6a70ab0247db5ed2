"""What an import says of a row (its warnings, and why it is not imported), each said in pieces
as the import report is (report.Said): the command line prints the English, the desktop its own
language."""

from __future__ import annotations

import json

from app.importing.pieces import Letter, Quoted, Said, Sentence, Word, joined

# Each template once; ui/import_report.py lists every one for translation
# (tests/test_import_report_text.py checks). %1 is the column's letter where a column is named
# (a pieces.Letter: the desktop says its header beside it).
BELOW_FOOTER = "below the line on row %1, which ends the list: check that this row is a person"
# a name under a signature, a stamp or a title, or alone under the total (footer.py): the
# signer's, perhaps; made a person only by a decision of its own (signed_below.py)
SIGNED_BELOW = ("below the line on row %1 (%2), which ends the list: the name of whoever signed "
                "it, perhaps, or a person named after its end; it waits for a decision of its own")
LOST_LETTERS = "column %1: %2 lost letters ('?') to the cp1256 encoding; the text is kept"
FAMILY_DOUBT = ("column %1: %2 read as %3; %4 may be a family name: it begins with the article "
                "(ال, al) but has no clan ending (-ي, -ية, -اني, -وي; -i)")
VILLAGE_AS_NAME = ("column %1: %2 is the name of a village; check that the name and the village "
                   "are not in each other's columns")
SEX_UNKNOWN = "column %1: sex %2 not recognised; left unknown"
SEX_FROM_STATUS = ("column %1: the status %2 is said only of a woman: read as female (the list "
                   "gives no sex)")
# A section heading that says a sex («الذكور», "Girls", headings.section_sexes): %1 the heading,
# %2 its row, %3 the sex (a Word), given to a row that says none; and where the row's own sex
# cell (or a status said only of a woman) says the other: %2 the cell, %3 its reading.
SEX_FROM_HEADING = "sex read as %3 from the section heading %1 of row %2 (the row gives no sex)"
SEX_AGAINST_HEADING = ("column %1: %2 is read as %3, but the section heading %4 of row %5 says "
                       "%6: the row's own is kept; check the row")
STATUS_UNKNOWN = ("column %1: status %2 not recognised; no status is set from it (the cell is "
                  "kept with the list's row)")
STATUS_FUTURE = "column %1: status date in %2 is in the future; the status is kept without it"
RESCUE_UNREAD = ("column %1: date rescued %2 is not a date that can be read (or lies in the "
                 "future); no rescue is taken from it (the cell is kept with the list's row)")
RESCUE_STATUS_UNKNOWN = ("column %1: date rescued %2 beside a status that was not recognised; no "
                         "rescue is taken from it")
RESCUE_BEFORE_ABDUCTION = "column %1: date rescued %2 is before the abduction (%3); check the row"
RESCUE_OTHER_DATE = ("column %1: date rescued %2 is not the date in the status (%3); the status's "
                     "own date is kept")
RESCUE_OTHER_STATUS = ("column %1: date rescued %2, but the status is %3; the date is not "
                       "imported (kept in the list's raw row)")
STATUS_DATE_UNREAD = ("column %1: status date %2 is not a date that can be read (or lies in the "
                      "future); the status is kept without it")
STATUS_DATE_NO_STATUS = ("column %1: status date %2, but the row gives no status that was read; "
                         "the date is not imported (kept in the list's raw row)")
STATUS_DATE_OTHER = ("column %1: status date %2 is not the date in the status (%3); the "
                     "status's own date is kept")
DATE_UNREAD = "column %1: %2 is not a date we can read; the text is kept"
DATE_FUTURE = "column %1: %2 lies in the future; the text is kept"
# %3 the year: 1999 typed into a cell formatted as a date, which Excel shows as 21/06/1905
YEAR_SHOWN_AS_DAY = ("column %1: %2 read as the year %3: the cell held the number %3 shown as a "
                     "date")
# %3 the day read day first, %4 read month first, %5 the year both share
DAY_OR_MONTH_FIRST = ("column %1: %2 may be %3 (day first) or %4 (month first), and this column "
                      "writes dates both ways: read as the year %5 only; check which is meant")
# %3 the day the abductions from Sinjar began (ABDUCTIONS_BEGAN_ON)
BEFORE_ABDUCTIONS = ("column %1: %2 is before %3, when the abductions from Sinjar began; check "
                     "the row")
# %3 the day the number would be as Excel counts days
SERIAL_UNLIKELY = ("column %1: %2 would be %3 as an Excel date number, which cannot be this "
                   "date; the text is kept, with no date read from it")
# %3 how the date was read, %4 the same date a century away (1916 for 2016)
TWO_DIGIT_YEAR = ("column %1: %2 gives the year in two digits and was read as %3, but it may be "
                  "%4; check which is meant")
# %3 the abduction as typed, in column %4 (said by an earlier version, which kept such a birth
# as read: a batch it staged holds it)
BORN_AFTER_ABDUCTION = ("column %1: %2 puts the birth after the abduction, %3 in column %4; check "
                        "the row")
# the birth stays as written (FuzzyDate with its text only): %3 the abduction as typed, in
# column %4
# (a child born in captivity is often listed with her mother's abduction date)
BORN_AFTER_UNREAD = ("column %1: %2 puts the birth after the abduction (%3 in column %4): the "
                     "birth is not read as a date, its text is kept; a child born in captivity "
                     "may be listed with the mother's abduction: check the row")
# A birth read from a date the row writes ("2018", "15" in a column of two-digit years), in a row
# with no abduction date, after the year of the abductions (%4, ABDUCTIONS_BEGAN): %3 the
# years it would be. The birth stays as written (FuzzyDate with its text only).
BORN_AFTER_2014 = ("column %1: %2 would put the birth in %3, after the abductions from Sinjar "
                   "in %4: the birth is not read as a date, its text is kept; a child born in "
                   "captivity may be listed so: check the row")
# A birth read as a day on or after the day the abductions began (%3, ABDUCTIONS_BEGAN_ON) in a
# row with no abduction date: most often that very day, the abduction typed under the birth.
# The birth stays as written (FuzzyDate with its text only).
BORN_ON_ABDUCTION_DAY = ("column %1: %2 is the day of the abduction (%3 in column %4): perhaps "
                         "the abduction date written twice; the birth is not read as a date, its "
                         "text is kept: check the row")
BORN_ON_ABDUCTIONS = ("column %1: %2 would put the birth on or after %3, the day the abductions "
                      "from Sinjar began: perhaps the abduction date, written under the birth; "
                      "the birth is not read as a date, its text is kept; a child born in "
                      "captivity may be listed so: check the row")
# a bare number in a birth column (app/importing/birth_numbers.py): %3 the birth the age gives
BIRTH_COLUMN_AGE = ("column %1: %2 is read as an age, as the column's numbers are ages, not "
                    "years: born %3; check the row")
# %3 the year read
BIRTH_COLUMN_YEAR = ("column %1: %2 is read as the year %3, as the column writes years in two "
                     "digits, but it may be an age; check the row")
AGE_OR_SHORT_YEAR = ("column %1: %2 may be an age or a year written short, and the "
                     "column does not say which: not read as a date, the text is kept; check "
                     "the row")
# %3 the birth the age gives, %4 the year the same digits would be
AGE_OR_YEAR = ("column %1: %2 is read as an age (born %3), but it may be the year %4; check the "
               "row")
# %3 the years of birth the age gives
AGE_IN_BIRTH = ("column %1: %2 is an age, not a date of birth: read as born %3 (the cell is kept "
                "with the list's row)")
# %3 the birth read from the year
YEAR_IN_AGE = ("column %1: %2 is a year, not an age: read as born %3 (the cell is kept with the "
               "list's row)")
AGE_UNREAD = ("column %1: age %2 is not an age (0 to %3); the birth is left blank (the cell is "
              "kept with the list's row)")
# A number with a word after it that is no word for years, months, weeks or days ("6 m"):
# never read as years, which made a baby of six months a girl of six.
AGE_UNIT_UNREAD = ("column %1: %2 is a number with a word not read as years, months, weeks or "
                   "days; the birth is left blank rather than guessed (the cell is kept with the "
                   "list's row)")
NO_GIVEN = ("column %1: no given name in this row; it names the person only by names that "
            "brothers and sisters share: check the row")
NOT_A_NAME = "column %1: %2 is not a name; not taken"
NOT_THE_NAME = "column %1: %2: %3 does not spell the name; it stays in the list's values only"
ALIAS_KEPT = "column %1: %2 holds two spellings; %3 is the name, %4 an alias"
SECOND_SPELLING = ("column %1: %2 holds two spellings; %3 is kept, %4 stays in the list's values "
                   "only")
# Two columns (Nav and Name, الاسم and ناو; mapping.TWICE) give one name part in one script and
# differ: %2 the other column's cell, %3 the first column's, kept, in column %4; %5 the part
OTHER_COLUMN_ALIAS = ("column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 "
                      "is kept as the %5, %2 as an alias")
# %6 the alias of the whole name that holds the other spelling (Zerin Khalaf)
OTHER_COLUMN_WHOLE = ("column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 "
                      "is kept as the %5, %2 inside an alias of the whole name, %6")
OTHER_COLUMN_ROW = ("column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 "
                    "is kept as the %5, %2 stays in the list's row only")
NOT_A_PHONE = ("column %1: %2 was not read as a telephone number (letters, or too few digits); "
               "no contact is made from it (the cell is kept with the list's row)")
# a date cell in a phone column (2014-08-03, 03/08/2014): its 8 digits are no number to call
DATE_NOT_A_PHONE = ("column %1: %2 is a date, not a telephone number; no contact is made from "
                    "it (the cell is kept with the list's row)")
CONTACT_WITHOUT_PHONE = ("column %1: %2 names whom to call, but the row gives no telephone "
                         "number; no contact is made (the cell is kept with the list's row)")
# A name cell that says her given name is not known («مجهولة الاسم بنت الياس», "Unknown
# daughter of Elias"): %3 the name parts read from the rest (app/importing/name_cells.py)
# %3 how it was split ("given name 'Xezal', father's name 'Xidir', ...")
WHOLE_NAME_IN_GIVEN = ("column %1: %2 is more than a given name, and the row has no father's, "
                       "grandfather's or family name: read as the whole name, %3; check the row")
GIVEN_UNKNOWN_READ = ("column %1: %2 says the given name is not known: read as %3, the given "
                      "name left blank")
# The list's case number column (the numbers this vault gave): %1 the number as typed
CASE_NO_UNKNOWN = "case number %1 is no record of this vault"
CASE_NO_OTHER = "case number %1 names another record than the names fit: asked"
CASE_NO_NOT_FITTING = "case number %1 names a record the names do not fit: read as a new person"
# A cell saying there is none or none is known («لا يوجد», «غير معروف», "N/A", "-"): not_known.py
NOT_KNOWN = "column %1: %2 says there is none or it is not known: left blank"
# "nan", "None", "null": what a program wrote for an empty cell (not_known.program_blank)
PROGRAM_BLANK = "column %1: %2 is what a program writes for an empty cell: left blank"
# "#REF!", "#N/A": a spreadsheet's error value (not_known.spreadsheet_error), in any column; as
# the only given or full name of the row, it holds the row (NAME_SPREADSHEET_ERROR)
SPREADSHEET_ERROR = ("column %1: %2 is a spreadsheet error (a broken formula in the sender's "
                     "file): left out; ask the sender for a copy with values")
NAME_SPREADSHEET_ERROR = ("column %1: %2 is a spreadsheet error (a broken formula in the "
                          "sender's file), not a name, and the row has no other name: not "
                          "imported; ask the sender for a copy with values")
# «متوفية» in a mother's column, «نازحة» in a village's: not_known.py
SAID_NOT_NAMED = ("column %1: %2 says what became of the person, not what the column holds: left "
                  "blank")
# A ditto mark ('"', '〃', '=', «نفسه», "ditto"): ditto.py. %3 the row above, %4 its value
DITTO_READ = "column %1: %2 repeats row %3: %4"
DITTO_FIRST_ROW = ("column %1: %2 repeats the cell above, but this is the list's first row: left "
                   "blank")
DITTO_BLANK_ABOVE = "column %1: %2 repeats row %3, whose cell is blank: left blank"
# a heading, a note or the header again above it («عائلة الياس حسن»): another family begins
DITTO_BELOW_HEADING = ("column %1: %2 repeats the row above, row %3, which is a heading, not a "
                       "person: left blank; check the row")
# a row read again alone, of a list imported before ditto marks were read
DITTO_ALONE = ("column %1: %2 repeats the row above, which this row, read again alone, does not "
               "have: left blank")
# under a given name, full name, nickname, other spelling or case number (ditto.NOT_FILLED)
DITTO_NOT_COPIED = ("column %1: %2 says the same as the row above, but who the person is (a name "
                    "of their own, a case number) is never copied from another row: it would make "
                    "a second record of the person above; left blank, check the row")
GIVEN_UNKNOWN_BLANK = ("column %1: %2 says the given name is not known; the given name is left "
                       "blank")
# %3 the name after «أم», Umm
KUNYA_READ = ("column %1: %2 is a kunya (mother of %3), not her given name: read as her nickname; "
              "her given name is not in the list")
# «زوجة جميل خلف», "wife of Jamil Khalaf": %3 the words that say "wife of", %4 the man's name
WIFE_READ = ("column %1: %2 names her as the wife of %4 (%3), not by her own name: read as her "
             "nickname; her given name is not in the list, and %4 is no name of hers or her father's")
# %3 the kunya at the end of a full name («جيهان قاسم خلف ام سعيد»), %4 the name after «أم»
KUNYA_AFTER = ("column %1: %2 ends with a kunya, %3 (mother of %4): read as her nickname, not as "
               "her family name")
# Another spelling inside a full name, in brackets or after a slash glued to the word
# («شيرين (شرين) حسين قاسم», "Şîrîn/Shirin Hisên Qasim"): %3 the spelling, %4 the word it spells,
# %5 the name read, %6 the alias kept (the spelling of a given name; the whole name spelt so for
# a forebear's or clan's) (app/importing/spelt_inside.py)
SPELT_INSIDE = ("column %1: %2 writes %3 inside the name as another spelling of %4: the name is "
                "read as %5, in the order written, and %6 is kept as an alias")
# "Suzan (سوزان) Khalaf Rasho": %3 the given name in the other script, %4 as the name writes it
SCRIPT_INSIDE = ("column %1: %2 writes %3 inside the name, the given name %4 in the other script: "
                 "the name is read as %5, in the order written, and %3 as the given name")
# «أمينة (ام سعيد) خلف رشو», "Amina Khalaf (aka Gulê)": a kunya or a name after "aka" in
# brackets, inside the name or after it: %3 the nickname, %4 the name read
NICKNAME_INSIDE = ("column %1: %2 writes %3 in brackets: read as the nickname; the name is read "
                   "as %4, in the order written")
# «شيرين (متوفية) حسين قاسم», "Gulistan (Gulê) Hesen": %3 what the brackets hold, %4 the name read
ASIDE_INSIDE = ("column %1: %2: %3, in brackets inside the name, does not spell the name; it stays "
                "in the list's values only, and the name is read as %4, in the order written")
# «نادية/شيرين الياس حسن», "Nadia/Shirin Elias Hasan": her two given names (her birth name and the
# one given in captivity, or a nickname) before her father's: %3 the first, read as her given
# name, %4 the other, kept as an alias, %5 the name read (spelt_inside.two_given)
TWO_GIVEN = ("column %1: %2 writes two given names, %3 and %4: %3 is read as the given name and %4 "
             "is kept as an alias; the name is read as %5, in the order written; check that the "
             "row is one person, not two sisters")
# "Amina Khalaf Rasho alias Umm Saeed", «... الملقبة ام سعيد», "bi navê": %3 the words that say
# it, %4 the name after them, %5 the name read (name_cells.nickname_after)
KNOWN_AS = ("column %1: %2 says by %3 that %4 is a name the person is known by: read as the "
            "nickname, not as a name part; the name is read as %5")
# «الملقبة ام سعيد امينة خلف», "aka Gulê, Amina Khalaf": %3 the words that say "known as", %4 the
# name she is known by, %5 her name as read
KNOWN_AS_FIRST = ("column %1: %2 begins with %3: %4 is read as a name the person is known by "
                  "(the nickname), not as a name part, and the name as %5")
# «الملقبة كولي امينة خلف»: the same where nothing shows where the name she is known by ends (one
# word taken)
KNOWN_AS_GUESS = ("column %1: %2 begins with %3: %4 is taken for a name the person is known by "
                  "(the nickname), and the rest, %5, for the name; the cell does not show where one "
                  "ends: check the row")
# «المدعوة نادية خلف رشو»: words first that say whom the row names; %4 the name read
KNOWN_AS_NAMED = ("column %1: %2 begins with %3, which says whom the row names (\"named\"): "
                  "the name is read as %4")
# «الملقبة كولي»: the same with nothing after the name she is known by
KNOWN_AS_ALONE = ("column %1: %2 begins with %3: %4 is read as a name the person is known by "
                  "(the nickname); the cell gives no other name of the person")
# «ليلى حسن/حسين علي», "Layla Hasan (Hussein) Ali": two names, not two spellings, for a forebear's
# or clan's name: %3 as written, %4 the first (read), %5 the other (not stored), %6 the name read
NAME_TWO_WAYS = ("column %1: %2 writes %3, two names where the name has one (the father's or "
                 "another forebear's): %4 and %5 are not two spellings of one name, and the list "
                 "does not say which is right. The first, %4, is read, and the name is read as %6, "
                 "in the order written; %5 is not stored as a name of the person (it stays in the "
                 "list's values): check the row")
# "Murad, Nadia": perhaps family name first, as some lists write it; read in the order written
NAME_COMMA = ("column %1: %2 holds a comma, which no name does: read without it, in the order "
              "written (given name first); check the row")
# "Al Haskani, Nadia Murad": %3 the family name (by its article), %4 the names after the comma
NAME_FAMILY_FIRST = ("column %1: %2 writes the family name %3 first, before a comma: read as %4 "
                     "and then %3; check the row")
# "Al-Ayoubi Nadia Khalil", «الأيوبي نادية خليل» (no comma): %3 the family name, %4 the names
# after it (names.family_leads)
NAME_FAMILY_LEADS = ("column %1: %2 begins with %3, which by its article is a family name: read "
                     "as %4 and then %3; check the row")
# %3 the initial ("M.")
NAME_INITIAL = ("column %1: %2 writes %3, an initial, not a whole name: it is kept as written; "
                "check the row")
# %1 the given name, %2 how many records of it agree with the rest of the row
# (blocking.BlockIndex.namesakes)
TOO_COMMON = ("only a given name, %1, and %2 records of that name agree with the rest of this "
              "row: too many to compare, so the row was compared with none of them; search by "
              "hand before it is added")
# %1 the given name and clan as the row writes them, %2 how many vault records of them nothing
# in the row disagrees with, %3 their case numbers (dedupe.RowMatcher.clan_namesakes)
CLAN_NAMESAKES = ("only a given and a family name, %1, no father's name, and %2 records of them "
                  "that nothing in this row disagrees with: %3; it was asked about none of them, "
                  "as it cannot be told which: check that it is none of them")
# why a row is not imported (a rejected row)
FOOTER_LINE = "%1 below the list is %2 line, not a person; not imported"
FOOTER_NUMBER = "%1 below the line on row %2 is a number, not a person; not imported"
NO_NAME = "no name in any name column"
# %1 the batch of the last import of the list, %2 its row: the person that row went to was
# deleted since, so the row is decided anew, by the names, as any row not seen before
PERSON_GONE = ("the same row as in the last import of this list (batch %1, row %2) went to a "
               "person deleted since: it is decided anew, as a row not seen before")
# %1 the batch of the last import of the list, %2 its row, %3 the record that row went to,
# %4 a record merged into %3 and split out since: the split could not tell which of the two
# that row is (app/split_rows.py), so the row is not taken for either without asking
SPLIT_SINCE = ("the same row as in the last import of this list (batch %1, row %2) went to %3, "
               "which %4 was merged into and split out of since, without telling which of the "
               "two the row is: it is decided anew, by the names, and asked")
# %1 the batch of an earlier version of the list, %2 its row: the lawyer skipped that row by
# hand (in review, or decided skip after withdrawing it), and this row is the same, cell for
# cell: her word stands, whatever the row fits now (skipped_then.py)
SKIPPED_THEN = ("the same row as one skipped by hand in an earlier version of this list (batch "
                "%1, row %2), cell for cell: skipped again (if it is a person, add the person "
                "by hand)")
# ... the row's cells changed since: it is not skipped, but asked about (it waits)
SKIPPED_THEN_CHANGED = ("a row of these names was skipped by hand in an earlier version of this "
                        "list (batch %1, row %2); its cells changed since: it waits for a "
                        "decision")
# %1 a row of %2, an imported list, withdrawn since: it had created the record this row of a
# list waiting for review was matched to, and that record was deleted with it
# (withdraw_staged.py); her case number is not said, a deletion may be made to protect her
RECORD_WITHDRAWN = ("the record this row was matched to was deleted when row %1 of import batch "
                    "%2 was withdrawn from it: matched again against the vault as it is now; "
                    "decide again")
# A row of a list not imported that was taken for a person deleted since (matched to her, or
# going where a row of hers goes): its values were erased with her record (app/erasure.py),
# and it stands among the rejected rows, so that the list's counts still add up
ERASED_WITH_RECORD = ("taken for a person whose record was deleted since: the row's values were "
                      "erased with that record; not imported (the list's file still holds the "
                      "row)")
# A name cell that is not one person's name (app/importing/name_cells.py): held, not cut into
# name parts. %3 and %4 the two names.
TWO_PERSONS = ("column %1: %2 names two persons, %3 and %4; not imported: split it into one row "
               "for each and import the list again")
# %3 the words that say it (طفلة, زوجة, baby, wife of)
NOT_HER_NAME = ("column %1: %2 is not one person's name: %3 says whose child, wife or mother the "
                "person is; not imported, so that no name is made of those words: check the row "
                "and import the list again")
# «kiçê Xelîl Şemo»: %3 kiçê first (a woman's name, and spoken keça), %4 the name after it
NAME_OR_DAUGHTER = ("column %1: %2 is not read: %3 may be her given name, or say that she is the "
                    "daughter of %4, her own name not given; not imported, so that no name is made "
                    "of those words: check the row and import the list again")
COUNT_LINE = "column %1: %2 is a count, not a person: a totals line; not imported"
# A full name typed over lines of its cell, read as one name (convert._unwrapped)
NAME_LINES_JOINED = ("column %1: %2 is written over several lines: read as one name, %3; check "
                     "the row")
# Rows inside a list that are no person (headings.py)
HEADER_AGAIN = "the row repeats the list's column headings (%1), not a person; not imported"
HEADING_ACROSS = "%1 fills the whole row: a heading, not a person; not imported"
HEADING_LINE = ("column %1: %2 stands alone on its row and reads as a heading or a note, not a "
                "person; not imported (if it is a name, add the person by hand)")
NAME_NUMBER = ("column %1: %2 holds a number, which no name does; not imported: check the row and "
               "import the list again")
NAME_LOST_LETTERS = ("column %1: %2 lost letters ('?'): the file was saved as Windows Arabic "
                     "(cp1256), which cannot hold Sorani letters; import a UTF-8 copy of the "
                     "list")
NAME_LOST_KURMANJI = ("column %1: %2 lost letters ('?'): the file was saved as Windows Arabic "
                      "(cp1256), which cannot hold the Kurmanji letters ş and Ş; import a UTF-8 "
                      "copy of the list")
MOTHER_LOST_KURMANJI = ("column %1: %2 lost letters ('?'): the file was saved as Windows "
                        "Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; the "
                        "mother's name is left out (the row keeps it as written): a UTF-8 copy "
                        "of the list gives it")
NAME_LOST_SCRIPT = ("column %1: %2 lost its letters ('?'): the file was saved as Windows Turkish "
                    "(cp1254), which cannot hold Arabic script; import a UTF-8 copy of the list")
SCRIPT_LOST = ("column %1: %2 lost its letters ('?'): the file was saved as Windows Turkish "
               "(cp1254), which cannot hold Arabic script; left out (the row keeps it as "
               "written)")
# Her mother's name is no name she is found by: the row is imported without it, not lost.
MOTHER_LOST_LETTERS = ("column %1: %2 lost letters ('?'): the file was saved as Windows Arabic "
                       "(cp1256), which cannot hold Sorani letters; the mother's name is left "
                       "out (the row keeps it as written): a UTF-8 copy of the list gives it")
# A cell that sets something of her, whose letters cp1256 lost: not read (the row is imported,
# her name whole; rejecting it would lose her for the sake of one cell), said so that she is
# set right by hand or by a UTF-8 copy. %3 (PLACE_LOST_LETTERS) the field left out.
STATUS_LOST_LETTERS = ("column %1: status %2 lost letters ('?'): the file was saved as Windows "
                       "Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; no "
                       "status is set from "
                       "it (the cell is kept with the list's row): set the status by hand, or "
                       "import a UTF-8 copy of the list")
SEX_LOST_LETTERS = ("column %1: sex %2 lost letters ('?'): the file was saved as Windows Arabic "
                    "(cp1256), which cannot hold Sorani letters or the Kurmanji ş; the sex is "
                    "left unknown (the "
                    "cell is kept with the list's row): set it by hand, or import a UTF-8 copy "
                    "of the list")
PLACE_LOST_LETTERS = ("column %1: %2 lost letters ('?'): the file was saved as Windows Arabic "
                      "(cp1256), which cannot hold Sorani letters or the Kurmanji ş; the %3 is "
                      "left out (the cell "
                      "is kept with the list's row): set it by hand, or import a UTF-8 copy of "
                      "the list")
# Two rows of one list asked about one vault person, with the same names, that the importer
# does not take for one woman (same_woman.kept_apart): %1 the earlier row, %2 how many years
# apart the births are, or (KEPT_APART) the fields they disagree on.
KEPT_APART_BIRTHS = ("row %1 of this list gives the same names, but the birth years are %2 years "
                     "apart: not taken for the same woman unasked; decide each row on its own")
KEPT_APART = ("row %1 of this list gives the same names, but the two disagree on %2: not taken "
              "for the same woman unasked; decide each row on its own")
# Earlier wordings of templates, as rows staged or imported before still hold them: read back
# in today's words, so that the desktop finds them translated (they said "her" of men too).
_SAID_BEFORE = (
    (RESCUE_BEFORE_ABDUCTION, "the abduction (", "her abduction ("),
    (BORN_AFTER_UNREAD, "the mother's", "her mother's"),
    (AGE_UNREAD, "the birth is", "her birth is"),
    (NO_GIVEN, "it names the person only by names that brothers and sisters share",
     "she is known here by her other names only, which her sisters share"),
    (WHOLE_NAME_IN_GIVEN, "the whole name", "her whole name"),
    (GIVEN_UNKNOWN_READ, "the given name", "her given name"),
    (GIVEN_UNKNOWN_BLANK, "the given name", "her given name"),
    (TOO_COMMON, "the row was compared with none of them; search by hand before it is added",
     "she was compared with none of them; search for her by hand before she is added"),
    (NOT_HER_NAME, "mother the person is", "mother she is"),
    (MOTHER_LOST_LETTERS, "the mother's", "her mother's"),
)
REWORDED = {t.replace(now, then): t for t, now, then in _SAID_BEFORE}
TEMPLATES = (BELOW_FOOTER, SIGNED_BELOW, LOST_LETTERS, MOTHER_LOST_LETTERS, FAMILY_DOUBT, VILLAGE_AS_NAME,
             SEX_UNKNOWN, SEX_FROM_STATUS, STATUS_UNKNOWN, STATUS_FUTURE, RESCUE_UNREAD,
             RESCUE_STATUS_UNKNOWN,
             RESCUE_BEFORE_ABDUCTION, RESCUE_OTHER_DATE, RESCUE_OTHER_STATUS, STATUS_DATE_UNREAD,
             STATUS_DATE_NO_STATUS, STATUS_DATE_OTHER, DATE_UNREAD,
             DATE_FUTURE, SERIAL_UNLIKELY, YEAR_SHOWN_AS_DAY, DAY_OR_MONTH_FIRST,
             BEFORE_ABDUCTIONS, TWO_DIGIT_YEAR, BORN_AFTER_ABDUCTION, AGE_OR_YEAR,
             AGE_UNREAD, AGE_UNIT_UNREAD, YEAR_IN_AGE, AGE_IN_BIRTH, BORN_AFTER_UNREAD, BORN_AFTER_2014,
             BORN_ON_ABDUCTIONS, BORN_ON_ABDUCTION_DAY,
             BIRTH_COLUMN_AGE,
             BIRTH_COLUMN_YEAR, AGE_OR_SHORT_YEAR,
             NOT_A_NAME, NOT_THE_NAME, ALIAS_KEPT, SECOND_SPELLING, OTHER_COLUMN_ALIAS,
             OTHER_COLUMN_WHOLE, OTHER_COLUMN_ROW, FOOTER_LINE, FOOTER_NUMBER,
             NO_NAME, PERSON_GONE, SPLIT_SINCE, SKIPPED_THEN, SKIPPED_THEN_CHANGED,
             RECORD_WITHDRAWN, ERASED_WITH_RECORD,
             NAME_LOST_LETTERS, NAME_LOST_KURMANJI,
             MOTHER_LOST_KURMANJI, NAME_LOST_SCRIPT, SCRIPT_LOST, NO_GIVEN, NOT_A_PHONE,
             DATE_NOT_A_PHONE,
             CONTACT_WITHOUT_PHONE, GIVEN_UNKNOWN_READ, GIVEN_UNKNOWN_BLANK, KUNYA_READ, WIFE_READ,
             TWO_PERSONS, NOT_HER_NAME, NAME_OR_DAUGHTER, COUNT_LINE, HEADER_AGAIN, HEADING_ACROSS,
             HEADING_LINE, NAME_LINES_JOINED, NAME_NUMBER, TOO_COMMON, CLAN_NAMESAKES,
             WHOLE_NAME_IN_GIVEN, KUNYA_AFTER, NAME_COMMA, NAME_INITIAL,
             NAME_FAMILY_FIRST, NAME_FAMILY_LEADS, NOT_KNOWN, SAID_NOT_NAMED,
             SPELT_INSIDE, SCRIPT_INSIDE, NICKNAME_INSIDE, ASIDE_INSIDE, TWO_GIVEN, KNOWN_AS,
             KNOWN_AS_FIRST, KNOWN_AS_ALONE, KNOWN_AS_GUESS, KNOWN_AS_NAMED, DITTO_READ,
             DITTO_FIRST_ROW, DITTO_BLANK_ABOVE, DITTO_BELOW_HEADING, DITTO_ALONE,
             DITTO_NOT_COPIED,
             NAME_TWO_WAYS,
             PROGRAM_BLANK, SPREADSHEET_ERROR, NAME_SPREADSHEET_ERROR,
             CASE_NO_UNKNOWN, CASE_NO_OTHER,
             CASE_NO_NOT_FITTING, SEX_FROM_HEADING, SEX_AGAINST_HEADING, KEPT_APART_BIRTHS,
             KEPT_APART, STATUS_LOST_LETTERS, SEX_LOST_LETTERS, PLACE_LOST_LETTERS)


class Note(Sentence):
    """One warning, or why a row is not imported: a sentence of one template and its values."""

    said: Said

    def __new__(cls, template: str, *values: object) -> Note:
        return super().__new__(cls, Said(template, *values))


def parts_read(parts: dict) -> list:
    """"given name 'خليل', father's name 'الياس'": how a full name was split, in pieces."""
    return joined([[Word("part", str(part)), " ", Quoted(word)] for part, word in parts.items()])


def dumps(notes: list[str]) -> str:
    """A row's warnings as stored: the pieces of each, and its English."""
    return json.dumps([encoded(n) for n in notes], ensure_ascii=False) if notes else "[]"


def loads(stored: str) -> list[str]:
    """Stored warnings back, each a Note again (a row staged by an earlier version holds the
    English sentence only, and stays so)."""
    return [decoded(item) for item in json.loads(stored or "[]")]


def stored(n: str) -> str:
    """One note (why a row is not imported) as a column holds it: its pieces and English as
    JSON, or plain text."""
    e = encoded(n)
    return json.dumps(e, ensure_ascii=False) if isinstance(e, dict) else e


def restored(text: str) -> str:
    """A note stored so back (a Note); plain text, as an earlier version stored it, as it is."""
    if text.startswith("{"):
        try:
            return decoded(json.loads(text))
        except ValueError:
            pass
    return text


def encoded(n: str) -> dict | str:
    """A warning, or any sentence of one template (a read issue), as JSON holds it: its pieces
    and its English; plain text when it has none."""
    if not (isinstance(n, Sentence) and isinstance(n.said, Said)):
        return str(n)
    return {"said": n.said.template, "values": [_value_in(v) for v in n.said.values],
            "text": str(n)}


def decoded(item: object) -> str:
    """A warning from JSON: a Note when it was stored in pieces, else its text."""
    if not isinstance(item, dict):
        return str(item)
    try:
        return Note(_today(item["said"]), *(_value_out(v) for v in item["values"]))
    except (KeyError, TypeError, ValueError):
        return str(item.get("text", ""))


def _today(template: str) -> str:
    return REWORDED.get(template, template)


def _value_in(v: object) -> object:
    if isinstance(v, Letter):
        return {"column": [str(v), v.header]}
    if isinstance(v, Said):
        return {"said": v.template, "values": [_value_in(x) for x in v.values]}
    if isinstance(v, Quoted):
        return {"quoted": v.value}
    if isinstance(v, Word):
        return {"word": [v.kind, v.key]}
    if isinstance(v, list):
        return {"pieces": [_value_in(x) for x in v]}
    return v


def _value_out(v: object) -> object:
    if isinstance(v, dict):
        if "said" in v:
            return Said(_today(v["said"]), *(_value_out(x) for x in v["values"]))
        if "quoted" in v:
            return Quoted(v["quoted"])
        if "word" in v:
            return Word(*v["word"])
        if "column" in v:
            return Letter(*v["column"])
        return [_value_out(x) for x in v["pieces"]]
    return v
