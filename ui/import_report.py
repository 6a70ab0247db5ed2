"""The import report, a row's warnings and why a column's field was suggested in the interface's
language: the pieces the importer says them in, each template translated and each value isolated."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.importing import reasons, refusals
from app.importing.merge import note_beside_status
from app.importing.pieces import WORDS, Letter, QuotedStatus, Sentence, joined
from app.importing.report import Line, Quoted, Said, Word, report_lines
from app.importing.table import letter_of_unheaded
from app.matching.blocking import DUPLICATE_THRESHOLD
from ui.bidi import FSI, LRI, PDI, RLI, Phrase, filled, in_interface_direction, isolated
from ui.import_names_kept import names_kept_advice
from ui.import_status_advice import status_advice
from ui.labels import (
    field_names,
    outcome_names,
    relation_names,
    sex_words,
    status_names,
)

# Every template the report says, as lupdate must see it (a literal in ui/): a template not
# listed would be shown in English (tests/test_import_report_text.py checks the list).
TEMPLATES = frozenset((
    QT_TRANSLATE_NOOP("ImportReport", "Import batch %1 (%2): %3"),
    QT_TRANSLATE_NOOP("ImportReport", ", sheet %1"),
    QT_TRANSLATE_NOOP("ImportReport", ", source %1"),
    QT_TRANSLATE_NOOP("ImportReport", "file SHA-256 %1"),
    QT_TRANSLATE_NOOP("ImportReport", "rows read %1 (blank rows skipped: %2)"),
    QT_TRANSLATE_NOOP("ImportReport", "matching: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "decisions: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "result: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "counts reconciled: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "sex said of everyone this list adds: %1, given to %2 new "
                      "person(s) whose rows did not say it"),
    QT_TRANSLATE_NOOP("ImportReport", "status said of everyone this list adds: %1, given to %2 "
                      "new person(s) whose rows did not say it"),
    QT_TRANSLATE_NOOP("ImportReport", "sex said of everyone this list adds not given to %1 new "
                      "person(s) under a section heading that says the other sex (%2): given "
                      "the heading's, as each row says"),
    QT_TRANSLATE_NOOP("ImportReport", "sex not given to %1 new person(s) whose row's sex cell "
                      "says something not read as a sex: left unknown, the cell kept with the "
                      "list's row"),
    QT_TRANSLATE_NOOP("ImportReport", "status not given to %1 new person(s) whose row's status "
                      "cell says something not read as a status: left unknown, the cell kept "
                      "with the list's row"),
    QT_TRANSLATE_NOOP("ImportReport", "status not given to %1 probable match(es) made new persons in "
                      "bulk (rows %2): the record each resembles is rescued, reunited or "
                      "deceased, and she may be that woman, whom the list's status would count "
                      "among the held a second time; given the sex; a row decided a new person "
                      "by hand is given the status"),
    QT_TRANSLATE_NOOP("ImportReport", "not given to %1 probable match(es) made new persons in bulk "
                      "(rows %2): each may be a woman the vault knows, listed as a possible "
                      "duplicate; a row decided a new person by hand is given them"),
    QT_TRANSLATE_NOOP("ImportReport", "yes"),
    QT_TRANSLATE_NOOP("ImportReport", "NO"),
    QT_TRANSLATE_NOOP("ImportReport", "file: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1, %2 number that is not this vault's "
                      "case number (%3): kept with the list's rows only, not on the record, and "
                      "not found by search"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1, %2 numbers that are not this "
                      "vault's case numbers (such as %3): kept with the list's rows only, not on "
                      "the records, and not found by search"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1, %2 cell with a value (kept with the "
                      "list's rows)"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1, %2 cells with a value (kept with the "
                      "list's rows)"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: the fourth name under %1, the "
                      "great-grandfather's, in %2 row (kept in the list's row only)"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: the fourth name under %1, the "
                      "great-grandfather's, in %2 rows (kept in the list's rows only)"),
    QT_TRANSLATE_NOOP("ImportReport", "rejected row %1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "warning row %1: %2"),
    # one warning said of many rows: "warning rows 2-18 (17 rows): ..."
    QT_TRANSLATE_NOOP("ImportReport", "warning %1 (%2 rows): %3"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more warnings (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more rejected rows (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more skipped rows (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "skipped row %1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (row %2)"),
    QT_TRANSLATE_NOOP("ImportReport", "possible duplicate row %1: created %2, a probable match with "
                      "%3 (score %4)"),
    # a pair the merge it would be joined by refuses: why, not a merge (report.py)
    QT_TRANSLATE_NOOP("ImportReport", "possible duplicate row %1: created %2, a probable match with "
                      "%3 (score %4); a merge refuses: they disagree on %5"),
    # a pair merged since the import: said so, no merge suggested again (report.py)
    QT_TRANSLATE_NOOP("ImportReport", "possible duplicate row %1: created %2, a probable match with "
                      "%3 (score %4); the two are merged since"),
    # a pair marked not the same person since the import: said so, no merge suggested
    QT_TRANSLATE_NOOP("ImportReport", "possible duplicate row %1: created %2, a probable match with "
                      "%3 (score %4); marked not the same person since"),
    QT_TRANSLATE_NOOP("ImportReport", "conflict row %1 (%2): %3: vault keeps %4, list says %5"),
    QT_TRANSLATE_NOOP("ImportReport", "not taken as its sender's correction: row %1 of batch %2 "
                      "(%3) gives %4 too"),
    # two rows of one woman that say two statuses (app/importing/list_disagrees.TEMPLATES)
    QT_TRANSLATE_NOOP("ImportReport", "conflict within the list: %1 go to %2 and disagree on her "
                      "status: %3; ask its sender which holds"),
    QT_TRANSLATE_NOOP("ImportReport", "conflict within the list: %1, one woman by the names, "
                      "disagree on her status: %2; ask its sender which holds"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 in row %2"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more women on whom the list disagrees: each is "
                      "said in the details of her rows, and the import's report lists all"),
    QT_TRANSLATE_NOOP("ImportReport", "conflict row %1 (%2): %3: vault keeps %4, list says %5 "
                      "(row withdrawn since)"),
    QT_TRANSLATE_NOOP("ImportReport", "conflict row %1 (%2): %3: vault keeps %4, list says %5 "
                      "(settled since by a withdrawal)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1, read as %2"),  # a list's village and the spelling taken
    # a row's own line in the rows of the list: what it said that the vault did not take
    QT_TRANSLATE_NOOP("ImportReport", "the list's %1 %2 differs from the vault's %3 (kept)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 conflict the vault already notes (from batch %2): not noted "
                      "again"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 conflicts the vault already notes (from batch %2): not "
                      "noted again"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 conflict repeats what an earlier row of this list said "
                      "(%2): not noted again"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 conflicts repeat what earlier rows of this list said "
                      "(%2): not noted again"),
    QT_TRANSLATE_NOOP("ImportReport", "status row %1 (%2): %3 -> %4"),
    QT_TRANSLATE_NOOP("ImportReport", "status row %1 (%2): %3 -> %4 (row withdrawn since)"),
    # a value only the sender's earlier version gave, set right by its later version
    QT_TRANSLATE_NOOP("ImportReport", "corrected by its sender row %1 (%2): %3 %4 -> %5 (batch %6 row "
                      "%7 -> batch %8 row %9)"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more values corrected by their sender (--json lists "
                      "all)"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more status changes (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 matched %2, since merged into %3: %3 was updated"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 possible duplicates: check them with %2; if two are one "
                      "person, join them, e.g. row %3 with %4"),
    # only pairs a merge refuses: the command that lists them, no merge (the desktop says its own)
    QT_TRANSLATE_NOOP("ImportReport", "%1 possible duplicates: check them with %2; a merge refuses each "
                      "of them as they stand (why is said above)"),
    QT_TRANSLATE_NOOP("ImportReport", "possible duplicate row %1: created %2, asked about %3 only "
                      "because the whole name agrees (score %4)"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 decided a new person by hand: %2 is kept as not the "
                      "same person as %3"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 possible duplicates, none a probable match with nothing "
                      "telling the two apart: compare each pair with %2 before any %3"),
    QT_TRANSLATE_NOOP("ImportReport", "a status a list gives against the vault's is noted, never "
                      "set by an import: if it is so, set it on the person's page or with %1"),
    # a status against hers that an earlier version of this list gave: the way to take it back
    QT_TRANSLATE_NOOP("ImportReport", "%1: the list's %2 was withdrawn from the person on %3 as "
                      "told in error, and is not set again; if it is so after all: %4"),
    QT_TRANSLATE_NOOP("ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                      "version of this list from the same sender; if the sender takes it back: %6"),
    QT_TRANSLATE_NOOP("ImportReport", "%1: the vault's %2 came from batch %3 row %4 (%5), an earlier "
                      "version of this list from the same sender; if the list's date is the right "
                      "one: %6, then %7"),
    QT_TRANSLATE_NOOP("ImportReport", "%1: a status a list gives against the vault's is noted, never "
                      "set by an import: if the vault's %2 is wrong, withdraw it with %3 (a status "
                      "added after it would leave it in the person's history)"),
    QT_TRANSLATE_NOOP("ImportReport", "; that alone does not give the person the list's %1: then %2"),
    QT_TRANSLATE_NOOP("ImportReport", "update %1"),
    QT_TRANSLATE_NOOP("ImportReport", "the same woman as row %1"),  # a row joined by hand
    QT_TRANSLATE_NOOP("ImportReport", "decided by hand row %1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", " (was %1; changed with --override)"),
    QT_TRANSLATE_NOOP("ImportReport", "; despite %1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "; the given name only partly agreed: list %1, vault %2"),
    QT_TRANSLATE_NOOP("ImportReport", "... and %1 more rows decided by hand (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "decided in bulk (%1): %2 %3"),
    QT_TRANSLATE_NOOP("ImportReport", "decided with row %1, the same woman by the names: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1"),
    QT_TRANSLATE_NOOP("ImportReport", "rows %1"),
    QT_TRANSLATE_NOOP("ImportReport", " and %1 more runs (--json lists all)"),
    QT_TRANSLATE_NOOP("ImportReport", "since batch %1"),
    QT_TRANSLATE_NOOP("ImportReport", "batch %1, a later version of this list (%2), was committed "
                      "on %3: this older version is compared with the version before it, and a "
                      "status it gives against the later one's is noted, not taken"),
    QT_TRANSLATE_NOOP("ImportReport", " (%1)"),
    QT_TRANSLATE_NOOP("ImportReport", ", rows: %1 added, %2 removed, %3 changed, %4 unchanged, %5 "
                      "repeated within the list"),
    QT_TRANSLATE_NOOP("ImportReport", ", %1 not compared (rejected or no name)"),
    QT_TRANSLATE_NOOP("ImportReport", " (rows in all: %1)"),
    QT_TRANSLATE_NOOP("ImportReport", "rows are known by their names, not their numbers: %1 "
                      "unchanged rows only moved to another row"),
    QT_TRANSLATE_NOOP("ImportReport", "rows are known by their names, not their numbers: %1 "
                      "unchanged row only moved to another row"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (%2):"),  # a kind of change and how many rows
    QT_TRANSLATE_NOOP("ImportReport", "rows whose status changed"),
    QT_TRANSLATE_NOOP("ImportReport", "other changed rows"),
    QT_TRANSLATE_NOOP("ImportReport", "added row %1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "removed row %1 of batch %2: %3"),
    # said in words in the window (_in_the_window: "%1: was %2, now %3")
    QT_TRANSLATE_NOOP("ImportReport", "%1: %2 -> %3"),
    QT_TRANSLATE_NOOP("ImportReport", "; "),
    QT_TRANSLATE_NOOP("ImportReport", "; no longer given: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "changed row %1 (was row %2): %3: %4"),
    QT_TRANSLATE_NOOP("ImportReport", "changed row %1 (was row %2, spelt otherwise; a probable "
                      "match that waits for your decision): %3: %4"),
    # a ditto compared as the value it repeated (app/importing/changes_read.TEMPLATES)
    QT_TRANSLATE_NOOP("ImportReport", "%1 (a ditto of row %2)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (a ditto of row %2, read again: that import kept no "
                      "reading of it)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (a ditto with no row above it to repeat)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (a ditto mark, not read: that import kept no reading "
                      "of it, nor every row above it)"),
    QT_TRANSLATE_NOOP("ImportReport", "no longer given in row %1 (was row %2): %3: %4"),
    QT_TRANSLATE_NOOP("ImportReport", "columns no longer in the list: %1"),
    QT_TRANSLATE_NOOP("ImportReport", ", "),
    QT_TRANSLATE_NOOP("ImportReport", "a cell left blank or a column left out is not a change: the "
                      "vault keeps what earlier versions gave (`person show` lists "
                      "their rows)"),
    QT_TRANSLATE_NOOP("ImportReport", "repeated row %1: %2, as row %3"),
    QT_TRANSLATE_NOOP("ImportReport", "(no name)"),
    QT_TRANSLATE_NOOP("ImportReport", "added rows"),
    QT_TRANSLATE_NOOP("ImportReport", "removed rows"),
    QT_TRANSLATE_NOOP("ImportReport", "changed rows"),
    QT_TRANSLATE_NOOP("ImportReport", "repeated rows"),
    QT_TRANSLATE_NOOP("ImportReport", "rows with a cell left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "... %1 more %2 (--json lists up to 500)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "decided: skip"),
    QT_TRANSLATE_NOOP("ImportReport", "a repeat of row %1, which was skipped"),
    QT_TRANSLATE_NOOP("ImportReport", "at the commit, before the rows withdrawn since: decisions: "
                      "%1; result: %2"),
    QT_TRANSLATE_NOOP("ImportReport", " (row withdrawn since)"),
    QT_TRANSLATE_NOOP("ImportReport", "skipped again: the same row as batch %1, row %2, skipped by "
                      "hand"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 %2"),
    QT_TRANSLATE_NOOP("ImportReport", "none"),
    QT_TRANSLATE_NOOP("ImportReport", "date of status %1"),
    # a row's warnings (app/importing/notes.py)
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status %2 lost letters ('?'): the file was "
                      "saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the "
                      "Kurmanji ş; no status is set from it (the cell is kept with the list's "
                      "row): set the status by hand, or import a UTF-8 copy of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: sex %2 lost letters ('?'): the file was saved "
                      "as Windows Arabic (cp1256), which cannot hold Sorani letters or the "
                      "Kurmanji ş; the sex is left unknown (the cell is kept with the list's "
                      "row): set it by hand, or import a UTF-8 copy of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?'): the file was saved as "
                      "Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji "
                      "ş; the %3 is left out (the cell is kept with the list's row): set it by "
                      "hand, or import a UTF-8 copy of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of this list gives the same names, but the birth "
                      "years are %2 years apart: not taken for the same woman unasked; decide "
                      "each row on its own"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of this list gives the same names, but the two "
                      "disagree on %2: not taken for the same woman unasked; decide each row on "
                      "its own"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: no given name in this row; it names the person "
                                      "only by names that brothers and sisters share: check the "
                                      "row"),
    QT_TRANSLATE_NOOP("ImportReport", "below the line on row %1, which ends the list: check that this row "
                      "is a person"),
    QT_TRANSLATE_NOOP("ImportReport", "below the line on row %1 (%2), which ends the list: the name of "
                      "whoever signed it, perhaps, or a person named after its end; it waits for a "
                      "decision of its own"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?') to the cp1256 encoding; the text "
                      "is kept"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 read as %3; %4 may be a family name: it begins with "
                      "the article (ال, al) but has no clan ending (-ي, -ية, -اني, -وي; -i)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is the name of a village; check that the name and the "
                      "village are not in each other's columns"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: sex %2 not recognised; left unknown"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status %2 not recognised; no status is set from "
                      "it (the cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status date in %2 is in the future; the status is kept "
                      "without it"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: date rescued %2 is not a date that can be read (or lies "
                      "in the future); no rescue is taken from it (the cell is kept with "
                      "the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: date rescued %2 beside a status that was not recognised; "
                      "no rescue is taken from it"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: date rescued %2 is before the abduction (%3); "
                                      "check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: date rescued %2 is not the date in the status (%3); the "
                      "status's own date is kept"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: date rescued %2, but the status is %3; the date is not "
                      "imported (kept in the list's raw row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status date %2 is not a date that can be read (or "
                      "lies in the future); the status is kept without it"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status date %2, but the row gives no status that was "
                      "read; the date is not imported (kept in the list's raw row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: status date %2 is not the date in the status (%3); "
                      "the status's own date is kept"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is not a date we can read; the text is kept"),
    QT_TRANSLATE_NOOP("ImportReport", "the same row as in the last import of this list (batch %1, "
                      "row %2) went to a person deleted since: it is decided anew, as a row not "
                      "seen before"),
    QT_TRANSLATE_NOOP("ImportReport", "the same row as in the last import of this list (batch %1, "
                      "row %2) went to %3, which %4 was merged into and split out of since, "
                      "without telling which of the two the row is: it is decided anew, by the "
                      "names, and asked"),
    QT_TRANSLATE_NOOP("ImportReport", "the same row as one skipped by hand in an earlier version of "
                      "this list (batch %1, row %2), cell for cell: skipped again (if it is a "
                      "person, add the person by hand)"),
    QT_TRANSLATE_NOOP("ImportReport", "a row of these names was skipped by hand in an earlier "
                      "version of this list (batch %1, row %2); its cells changed since: it waits "
                      "for a decision"),
    QT_TRANSLATE_NOOP("ImportReport", "the record this row was matched to was deleted when row %1 "
                      "of import batch %2 was withdrawn from it: matched again against the vault "
                      "as it is now; decide again"),
    QT_TRANSLATE_NOOP("ImportReport", "taken for a person whose record was deleted since: the "
                      "row's values were erased with that record; not imported (the list's file "
                      "still holds the row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lies in the future; the text is kept"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 would be %3 as an Excel date number, which "
                      "cannot be this date; the text is kept, with no date read from it"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 read as the year %3: the cell held the number "
                      "%3 shown as a date"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 may be %3 (day first) or %4 (month first), and "
                      "this column writes dates both ways: read as the year %5 only; check "
                      "which is meant"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is before %3, when the abductions from Sinjar "
                      "began; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 gives the year in two digits and was read as "
                      "%3, but it may be %4; check which is meant"),
    # the same, as a batch staged by an earlier version holds it (its other century unsaid)
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 gives the year in two digits and was read as "
                      "%3; check that this is the year meant"),
    # as a batch staged by an earlier version holds it (the birth then stored as read)
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 puts the birth after the abduction, %3 in "
                      "column %4; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 puts the birth after the abduction (%3 in "
                                      "column %4): the birth is not read as a date, its text is "
                                      "kept; a child born in captivity may be listed with the "
                                      "mother's abduction: check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 would put the birth in %3, after the "
                                      "abductions from Sinjar in %4: the birth is not read as a "
                                      "date, its text is kept; a child born in captivity may be "
                                      "listed so: check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 would put the birth on or after %3, the "
                                      "day the abductions from Sinjar began: perhaps the "
                                      "abduction date, written under the birth; the birth is not "
                                      "read as a date, its text is kept; a child born in "
                                      "captivity may be listed so: check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is read as an age, as the column's numbers "
                      "are ages, not years: born %3; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is read as the year %3, as the column writes "
                      "years in two digits, but it may be an age; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1, headed birth (the woman's or a child's), "
                      "but only %2 of its %3 cells with a value are dates or years of birth: it "
                      "may be of children born in captivity, so none is read as the woman's "
                      "birth (kept with the list's rows; map it by hand if it is the woman's)"),
    QT_TRANSLATE_NOOP("ImportReport", "not imported: column %1 (cells with a value: %2), headed "
                      "births of children, births in captivity or a count of births, so none is "
                      "read as the woman's birth (kept with the list's rows; map it by hand if it "
                      "is the woman's)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 may be an age or a year written short, "
                      "and the column does not say which: not read as a date, the text is kept; "
                      "check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is read as an age (born %3), but it may be "
                      "the year %4; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: age %2 is not an age (0 to %3); the birth is "
                                      "left blank (the cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a number with a word not read as years, "
                      "months, weeks or days; the birth is left blank rather than guessed (the "
                      "cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is an age, not a date of birth: read as born %3 "
                      "(the cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a year, not an age: read as born %3 (the "
                      "cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is more than a given name, and the row has "
                                      "no father's, grandfather's or family name: read as the "
                                      "whole name, %3; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: the status %2 is said only of a woman: read as "
                      "female (the list gives no sex)"),
    QT_TRANSLATE_NOOP("ImportReport", "sex read as %3 from the section heading %1 of row %2 (the "
                      "row gives no sex)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is read as %3, but the section heading %4 of "
                      "row %5 says %6: the row's own is kept; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is not a name; not taken"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2: %3 does not spell the name; it stays in the list's "
                      "values only"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 holds two spellings; %3 is the name, %4 an alias"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 holds two spellings; %3 is kept, %4 stays in the "
                      "list's values only"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 differs from %3 in column %4, both the %5 in "
                      "one script: %3 is kept as the %5, %2 as an alias"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 differs from %3 in column %4, both the %5 in "
                      "one script: %3 is kept as the %5, %2 inside an alias of the whole name, %6"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 differs from %3 in column %4, both the %5 in "
                      "one script: %3 is kept as the %5, %2 stays in the list's row only"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is the day of the abduction (%3 in column %4): "
                      "perhaps the abduction date written twice; the birth is not read as a date, "
                      "its text is kept: check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "case number %1 is no record of this vault"),
    QT_TRANSLATE_NOOP("ImportReport", "case number %1 names another record than the names fit: "
                                      "asked"),
    QT_TRANSLATE_NOOP("ImportReport", "case number %1 names a record the names do not fit: read "
                                      "as a new person"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says there is none or it is not known: left "
                                      "blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says what became of the person, not what the "
                                      "column holds: left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 repeats row %3: %4"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 repeats the cell above, but this is the list's "
                                      "first row: left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 repeats row %3, whose cell is blank: left "
                                      "blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 repeats the row above, row %3, which is a "
                                      "heading, not a person: left blank; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 repeats the row above, which this row, read "
                                      "again alone, does not have: left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says the same as the row above, but who the "
                      "person is (a name of their own, a case number) is never copied from another "
                      "row: it would make a second record of the person above; left blank, check "
                      "the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is what a program writes for an empty cell: "
                                      "left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a spreadsheet error (a broken formula in "
                                      "the sender's file): left out; ask the sender for a copy "
                                      "with values"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a spreadsheet error (a broken formula in "
                                      "the sender's file), not a name, and the row has no other "
                                      "name: not imported; ask the sender for a copy with values"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says the given name is not known: read as "
                                      "%3, the given name left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says the given name is not known; the given "
                                      "name is left blank"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a kunya (mother of %3), not her given "
                      "name: read as her nickname; her given name is not in the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 names her as the wife of %4 (%3), not by her "
                      "own name: read as her nickname; her given name is not in the list, and %4 "
                      "is no name of hers or her father's"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 ends with a kunya, %3 (mother of %4): read "
                      "as her nickname, not as her family name"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 holds a comma, which no name does: read "
                      "without it, in the order written (given name first); check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes the family name %3 first, before a "
                                      "comma: read as %4 and then %3; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 begins with %3, which by its article is a "
                      "family name: read as %4 and then %3; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes %3, an initial, not a whole name: it "
                      "is kept as written; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes %3 inside the name as another "
                      "spelling of %4: the name is read as %5, in the order written, and %6 is "
                      "kept as an alias"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes %3 inside the name, the given name %4 "
                      "in the other script: the name is read as %5, in the order written, and "
                      "%3 as the given name"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes %3 in brackets: read as the "
                      "nickname; the name is read as %4, in the order written"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2: %3, in brackets inside the name, does not "
                      "spell the name; it stays in the list's values only, and the name is read "
                      "as %4, in the order written"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 begins with %3: %4 is read as a name the person "
                      "is known by (the nickname), not as a name part, and the name as %5"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 begins with %3: %4 is read as a name the person "
                      "is known by (the nickname); the cell gives no other name of the person"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 begins with %3: %4 is taken for a name the "
                      "person is known by (the nickname), and the rest, %5, for the name; the cell "
                      "does not show where one ends: check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 begins with %3, which says whom the row names "
                      "(\"named\"): the name is read as %4"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes two given names, %3 and %4: %3 is "
                      "read as the given name and %4 is kept as an alias; the name is read as %5, "
                      "in the order written; check that the row is one person, not two sisters"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 says by %3 that %4 is a name the person is "
                      "known by: read as the nickname, not as a name part; the name is read as "
                      "%5"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 writes %3, two names where the name has one "
                      "(the father's or another forebear's): %4 and %5 are not two spellings of "
                      "one name, and the list does not say which is right. The first, %4, is read, "
                      "and the name is read as %6, in the order written; %5 is not stored as a name "
                      "of the person (it stays in the list's values): check the row"),
    # what reading a file says of it (app/importing/issues.py)
    QT_TRANSLATE_NOOP("ImportReport", "%1: %2"),
    QT_TRANSLATE_NOOP("ImportReport", ", sheet %1"),
    QT_TRANSLATE_NOOP("ImportReport", ", row %1"),
    QT_TRANSLATE_NOOP("ImportReport", ", column %1"),
    QT_TRANSLATE_NOOP("ImportReport", "not UTF-8; read as Windows Arabic (cp1256). That encoding cannot "
                      "hold the Sorani letters %1"),
    QT_TRANSLATE_NOOP("ImportReport", "not UTF-8; read as Windows Turkish (cp1254), in which its Latin "
                      "words are whole (%1): read as Windows Arabic (cp1256) they held Arabic "
                      "letters. That encoding cannot hold Arabic script"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost its letters ('?'): the file was saved as "
                      "Windows Turkish (cp1254), which cannot hold Arabic script; import a UTF-8 "
                      "copy of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost its letters ('?'): the file was saved as "
                      "Windows Turkish (cp1254), which cannot hold Arabic script; left out (the "
                      "row keeps it as written)"),
    QT_TRANSLATE_NOOP("ImportReport", "the cell holds a line break (from line %1 of the file); if that is "
                      "not meant, a quote is out of place"),
    QT_TRANSLATE_NOOP("ImportReport", "'?' inside Arabic-script text: a Sorani letter was lost when the "
                      "file was saved as Windows Arabic (cp1256); ask for a UTF-8 copy"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 cells in all have '?' inside Arabic-script text (lost Sorani "
                      "letters)"),
    QT_TRANSLATE_NOOP("ImportReport", "cells %1 are merged; the value was repeated on each of their rows"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 rows of the list are hidden in the file (%2), perhaps filtered "
                      "out by the sender; they were read like the others: look at them before "
                      "importing"),
    QT_TRANSLATE_NOOP("ImportReport", "columns %1 are hidden in the file; they were read like the "
                      "others: look at them before importing"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 row of the list is hidden in the file (%2), perhaps "
                      "filtered out by the sender; it was read like the others: look at it "
                      "before importing"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1 is hidden in the file; it was read like the "
                      "others: look at it before importing"),
    QT_TRANSLATE_NOOP("ImportReport", "read sheet %1; passed over %2"),
    QT_TRANSLATE_NOOP("ImportReport", "read sheet %1, the one that holds a list; passed over %2"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 was not read as a telephone number (letters, "
                      "or too few digits); no contact is made from it (the cell is kept with the "
                      "list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a date, not a telephone number; no "
                      "contact is made from it (the cell is kept with the list's row)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 names whom to call, but the row gives no "
                      "telephone number; no contact is made (the cell is kept with the list's "
                      "row)"),
    QT_TRANSLATE_NOOP("ImportReport", "only a given name, %1, and %2 records of that name agree "
                                      "with the rest of this row: too many to compare, so the "
                                      "row was compared with none of them; search by hand before "
                                      "it is added"),
    QT_TRANSLATE_NOOP("ImportReport", "only a given and a family name, %1, no father's name, and "
                      "%2 records of them that nothing in this row disagrees with: %3; it was "
                      "asked about none of them, as it cannot be told which: check that it is none "
                      "of them"),
    # the numbers of a list's phone columns that became family contacts (app/importing/report.py)
    QT_TRANSLATE_NOOP("ImportReport", "family contacts added from the phone column: %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "family contacts from the phone column: %1 would be "
                      "added, %2 already among the person's contacts, %3 on rows waiting for a "
                      "decision"),
    QT_TRANSLATE_NOOP("ImportReport", "numbers already among the person's family contacts, not "
                      "added again: %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "numbers removed by hand from the person's family contacts "
                      "before, not added back: %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "numbers changed by hand on the person's family contacts "
                      "before, not added back: %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "numbers removed by hand from the person's family contacts "
                      "before, would not be added back: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "numbers changed by hand on the person's family contacts "
                      "before, would not be added back: %1"),
    # why a row is not imported (app/importing/notes.py)
    QT_TRANSLATE_NOOP("ImportReport", "%1 below the list is %2 line, not a person; not imported"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 below the line on row %2 is a number, not a person; not "
                      "imported"),
    QT_TRANSLATE_NOOP("ImportReport", "no name in any name column"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 names two persons, %3 and %4; not imported: "
                      "split it into one row for each and import the list again"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is not one person's name: %3 says whose "
                                      "child, wife or mother the person is; not imported, so "
                                      "that no name is made of those words: check the row and "
                                      "import the list again"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is not read: %3 may be her given name, or "
                      "say that she is the daughter of %4, her own name not given; not imported, so "
                      "that no name is made of those words: check the row and import the list "
                      "again"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is a count, not a person: a totals line; not "
                      "imported"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 is written over several lines: read as one "
                      "name, %3; check the row"),
    QT_TRANSLATE_NOOP("ImportReport", "the row repeats the list's column headings (%1), not a "
                      "person; not imported"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 fills the whole row: a heading, not a person; not "
                      "imported"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 stands alone on its row and reads as a heading "
                      "or a note, not a person; not imported (if it is a name, add the person by "
                      "hand)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 holds a number, which no name does; not "
                      "imported: check the row and import the list again"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?'): the file was saved as Windows "
                      "Arabic (cp1256), which cannot hold Sorani letters; import a UTF-8 copy of "
                      "the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?'): the file was saved as "
                      "Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; "
                      "import a UTF-8 copy of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?'): the file was saved as "
                      "Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; "
                      "the mother's name is left out (the row keeps it as written): a UTF-8 copy "
                      "of the list gives it"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1: %2 lost letters ('?'): the file was saved as "
                                      "Windows Arabic (cp1256), which cannot hold Sorani "
                                      "letters; the mother's name is left out (the row keeps it "
                                      "as written): a UTF-8 copy of the list gives it"),
    # why a column's field was suggested (app/importing/reasons.py)
    QT_TRANSLATE_NOOP("ImportReport", "mapping"),
    QT_TRANSLATE_NOOP("ImportReport", "saved mapping"),
    QT_TRANSLATE_NOOP("ImportReport", "saved mapping %1"),
    QT_TRANSLATE_NOOP("ImportReport", "mapping saved for %1, whose columns this list has"),
    QT_TRANSLATE_NOOP("ImportReport", "mapping file %1"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 matches %2"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 matches %2, but %3 of its values are numbers and "
                      "it names a telephone: phone"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 names a contact, but %2 of its values are "
                      "telephone numbers: phone"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 names who reported the row, not her (%2): left "
                      "unmapped, never her fields nor her family's contacts (raw kept in "
                      "provenance; map it by hand only if it is hers)"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1: part %2 of the name under %3"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1: %2, as the group %3 and the label %4 under it "
                      "say together"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1: part %2 of the name under %3 is the "
                      "great-grandfather's name, which a record has no place for; not imported "
                      "(kept with the list's rows)"),
    QT_TRANSLATE_NOOP("ImportReport", "; part 4 of the name under %1 is the great-grandfather's "
                      "name as a four-part name is read now: if so, leave this column out"),
    QT_TRANSLATE_NOOP("ImportReport", "; of a name of four words or more, the fourth is the "
                      "great-grandfather's name, which a record has no place for: not imported "
                      "(kept with the list's rows), unless it is written as only a clan name is "
                      "(the article and -i, or -ani, -awi: الحسكاني, Haskani)"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 numbers a part of the name, beside columns of the "
                      "father's, grandfather's or family name: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 names %2, which is not a field of the record; kept in "
                      "provenance"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 matches %2, but %3 of its values are numbers, no names; "
                      "kept in provenance"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 names a name, and the values hold %2 words on average: "
                      "full name"),
    QT_TRANSLATE_NOOP("ImportReport", " (%1 Arabic script: original script)"),
    QT_TRANSLATE_NOOP("ImportReport", " (Latin letters)"),
    QT_TRANSLATE_NOOP("ImportReport", " (mixed: %1 Arabic script; each value goes to its script's slot)"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match and no values"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 of values are sexes (F, M, انثى, mê ...)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 of values are statuses"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match; %1 of values are Arabic script with %2 words: %3 "
                      "in original script"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match; %1 of values are dates, but the header does not "
                      "say which (birth, abduction, rescue): left unmapped (raw kept in "
                      "provenance; map it by hand)"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match; values not recognised (kept in provenance)"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 says a year but not of what; %2 of its values are "
                      "years of birth (before %3): %4"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 says a year but not of what, and only %2 of its "
                      "values are years of birth: left unmapped (raw kept in provenance; map it "
                      "by hand)"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 says birth, hers or a child's; %2 of its values are dates "
                      "or years of birth (before %3): %4"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 says birth, hers or a child's; %2 of its values are ages "
                      "or dates of birth (before %3), most of them ages: %4"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 says birth, hers or a child's, and only %2 of its values "
                      "are dates or years of birth: it may be of children born in captivity, so "
                      "it is not read as her birth; left unmapped (raw kept in provenance; map it "
                      "by hand if it is hers)"),
    QT_TRANSLATE_NOOP("ImportReport", "header %1 is of children's births, births in captivity or a "
                      "count of births: never read as her birth, whatever its values; left "
                      "unmapped (raw kept in provenance; map it by hand if it is hers)"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match; the values are Arabic script like names, but the "
                      "names come from %1, so this column is left unmapped (raw kept in "
                      "provenance; map it by hand if it holds names)"),
    QT_TRANSLATE_NOOP("ImportReport", "no header match; the values look like %1, but %1 already comes "
                      "from %2; left unmapped (raw kept in provenance)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 already comes from %2; ignored (raw kept)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 already comes from %2, whose header names it exactly; ignored "
                      "(raw kept)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 already comes from %2 in the same script; ignored (raw kept)"),
    QT_TRANSLATE_NOOP("ImportReport", "; also %1, in the same script as %2: where %2 is blank this "
                      "column gives it; where both hold one and they differ, the one in %2 is "
                      "kept and this column's as an alias (said on the row)"),
    QT_TRANSLATE_NOOP("ImportReport", "; also %1, in the same script as %2: where %2 is blank this "
                      "column gives it; where both hold one and they differ, the one in %2 is "
                      "kept and this column's inside an alias of the whole name (said on the "
                      "row)"),
    QT_TRANSLATE_NOOP("ImportReport", "; also %1, in the same script as %2: where %2 is blank this "
                      "column gives the name; where both hold one, the parts in %2 are kept and "
                      "this column's other spellings as aliases (said on the row)"),
    QT_TRANSLATE_NOOP("ImportReport", "; also %1, in the same script as %2: where %2 is blank this "
                      "column gives it; where both hold one and they differ, the one in %2 is "
                      "kept and this column's stays in the list's row only (said on the row)"),
    QT_TRANSLATE_NOOP("ImportReport", "; ages given in %1"),
    QT_TRANSLATE_NOOP("ImportReport", "; the year of the ages is not given: read as a range"),
    QT_TRANSLATE_NOOP("ImportReport", "; it leaves this column out, but it would now be taken as "
                      "%1: choose that field to import it"),
    QT_TRANSLATE_NOOP("ImportReport", "; M and N read as Kurmanji mê (female) and nêr (male)"),
    # how a date column writes day and month, after "; " in its reason and in the preview
    QT_TRANSLATE_NOOP("ImportReport", "dates written month first (a possible day only when read "
                      "so: %1, such as %2; only when read day first: none): each date of the "
                      "column is read month first"),
    QT_TRANSLATE_NOOP("ImportReport", "dates written both ways (a possible day only when read day "
                      "first: %1, such as %2; only when read month first: %3, such as %4): each "
                      "of those is read so, and a date both ways could read (%5) is read as its "
                      "year only, its row saying so"),
    QT_TRANSLATE_NOOP("ImportReport", "dates either order reads (%1, such as %2), none that only "
                      "one does: read month first, as %3 writes its dates (such as %4)"),
    QT_TRANSLATE_NOOP("ImportReport", "; but %1 writes its dates day first (such as %2), and a "
                      "list saved from one program writes one order: check which of the two "
                      "columns is read wrong"),
    # a date column whose 1 January is read as the year only (app/importing/new_year.py)
    QT_TRANSLATE_NOOP("ImportReport", "1 January is %1 of its %2 whole days (such as %3), as a "
                      "list writes a date when only the year is known: each 1 January of the "
                      "column is read as its year only, the cell kept as written"),
    # a mapping refused (app/importing/reasons.py; its first template is said as the window
    # says it, in _in_the_window)
    QT_TRANSLATE_NOOP("ImportReport", "; columns left unmapped: %1"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 (column %2)"),
    # a sheet that holds no list (the others of these are said in _in_the_window)
    QT_TRANSLATE_NOOP("ImportReport", "%1: the sheet is empty; nothing to import"),
    QT_TRANSLATE_NOOP("ImportReport", "add a header row above the names"),
    # why the importer refuses a file, a mapping or a step (app/importing/refusals.py)
    QT_TRANSLATE_NOOP("ImportReport", " (line %1)"),
    QT_TRANSLATE_NOOP("ImportReport", "no such file"),
    QT_TRANSLATE_NOOP("ImportReport", "no such file in %1"),
    QT_TRANSLATE_NOOP("ImportReport", "no such file: there is no folder %1"),
    QT_TRANSLATE_NOOP("ImportReport", "a folder, not a file: give the list's file inside it"),
    QT_TRANSLATE_NOOP("ImportReport", "unknown kind of file; import reads xlsx, xlsm, xls, ods, "
                      "csv and tsv"),
    QT_TRANSLATE_NOOP("ImportReport", "the file is not really a %1 workbook (damaged, or another "
                      "kind of file renamed)"),
    QT_TRANSLATE_NOOP("ImportReport", "not a readable spreadsheet: the file is damaged, or is "
                      "another kind of file; ask the sender for it again"),
    QT_TRANSLATE_NOOP("ImportReport", " (technical detail: %1)"),
    QT_TRANSLATE_NOOP("ImportReport", "the file is protected by a password; save an unprotected "
                      "copy to import it"),
    QT_TRANSLATE_NOOP("ImportReport", "the workbook has no sheets"),
    QT_TRANSLATE_NOOP("ImportReport", "no sheet named %1 (sheets: %2)"),
    QT_TRANSLATE_NOOP("ImportReport", "a CSV file has no sheets (asked for %1)"),
    QT_TRANSLATE_NOOP("ImportReport", "cannot be read (%1)"),
    QT_TRANSLATE_NOOP("ImportReport", "the cell holds a NUL character; the file is damaged"),
    QT_TRANSLATE_NOOP("ImportReport", "the cell holds a NUL character; the file is damaged (or is "
                      "UTF-16 text without a byte-order mark)"),
    QT_TRANSLATE_NOOP("ImportReport", "the file holds NUL bytes; save it again as UTF-8 CSV"),
    QT_TRANSLATE_NOOP("ImportReport", "the file holds NUL bytes (it looks like UTF-16 without a "
                      "byte-order mark); save it again as UTF-8 CSV"),
    QT_TRANSLATE_NOOP("ImportReport", "not valid %1 although the file starts with its byte-order "
                      "mark"),
    QT_TRANSLATE_NOOP("ImportReport", "a quote opens here and is never closed; every following "
                      "line would run into this one cell. Fix the quote and import again"),
    QT_TRANSLATE_NOOP("ImportReport", "a quote opens here and closes %1 lines further down, so "
                      "whole rows (lines with their %2 separators) ran into this one cell; fix "
                      "the quote and import again"),
    QT_TRANSLATE_NOOP("ImportReport", "'tab'"),
    QT_TRANSLATE_NOOP("ImportReport", "the header %1 lost letters ('?'): the file was saved as "
                      "Windows Arabic (cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). "
                      "Nothing was imported; import a UTF-8 copy of the list (in Excel: Save "
                      "as, CSV UTF-8)"),
    QT_TRANSLATE_NOOP("ImportReport", "the file is %1 MiB; the limit is %2 MiB"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 parts inside the file; the limit is %2"),
    QT_TRANSLATE_NOOP("ImportReport", "declares %1 MiB of content; the limit is %2 MiB"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 declares %2 MiB; the limit is %3 MiB"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 uses an unsupported compression method (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 is damaged"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 inflates to more than it declares (%2 bytes "
                      "declared); the file is damaged or hostile"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 inflates to more than the limit (%2 bytes "
                      "declared); the file is damaged or hostile"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 is compressed %2 to 1; the limit is %3 to 1 (a zip "
                      "bomb?)"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 declares a DTD or entities (XML bomb or XXE); "
                      "spreadsheets never need one"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 holds a text of more than %2 MiB without markup; "
                      "the file is damaged or hostile"),
    QT_TRANSLATE_NOOP("ImportReport", "a cell of %1 characters; the limit is %2: shorten the "
                      "cell, or split its text over several cells or rows, save the file again, "
                      "and import it again"),
    QT_TRANSLATE_NOOP("ImportReport", "part %1 holds a text of more than %2 MiB without markup "
                      "(one giant cell, or a damaged or hostile file): if a cell holds that much "
                      "text, shorten the cell, or split its text over several cells or rows, save "
                      "the file again, and import it again"),
    QT_TRANSLATE_NOOP("ImportReport", "a cell of more than %1 MiB of text; the limit is %2 "
                      "characters: shorten the cell, or split its text over several cells or "
                      "rows, save the file again, and import it again"),
    QT_TRANSLATE_NOOP("ImportReport", "the sheet's used area reaches this cell (%1 rows x %2 "
                      "columns); the limit is %3 cells. Delete stray cells far below or right "
                      "of the list"),
    QT_TRANSLATE_NOOP("ImportReport", "more than %1 rows"),
    QT_TRANSLATE_NOOP("ImportReport", "data resumes after %1 blank rows; the file looks damaged "
                      "or hostile"),
    QT_TRANSLATE_NOOP("ImportReport", "reading took longer than %1 s and was stopped"),
    QT_TRANSLATE_NOOP("ImportReport", "reading needed more than the %1 MiB memory limit and was "
                      "stopped; the sheet reaches far-away cells or the file is damaged or "
                      "hostile"),
    QT_TRANSLATE_NOOP("ImportReport", "the reader stopped unexpectedly (exit code %1)"),
    QT_TRANSLATE_NOOP("ImportReport", "column %1 is mapped to %2, which is not a field (use one "
                      "of: %3)"),
    QT_TRANSLATE_NOOP("ImportReport", "not a valid column mapping (%1)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 value %2 is mapped to %3, which is not a %1 (use one "
                      "of: %4)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 is not a year"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 is not a year a list of ages could be from (%2 to %3)"),
    QT_TRANSLATE_NOOP("ImportReport", "the header is here but no row below it holds a value; "
                      "nothing was imported"),
    QT_TRANSLATE_NOOP("ImportReport", "import batch %1 is already %2"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 is not decided: decide it first"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 was rejected when the list was read, so there is "
                      "nothing to decide: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 holds nothing left to decide: %2"),
    QT_TRANSLATE_NOOP("ImportReport", "batch %1 has no row %2"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 is to be skipped: decide it first (create or "
                      "update), then this row; or create or skip this row"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 is not decided yet: decide it first (create or "
                      "update), then this row; or create or skip this row"),
    QT_TRANSLATE_NOOP("ImportReport", "counts do not reconcile; nothing was imported"),
    QT_TRANSLATE_NOOP("ImportReport", "batch %1"),
    QT_TRANSLATE_NOOP("ImportReport", "its merge chain does not end; split it first"),
    QT_TRANSLATE_NOOP("ImportReport", "a row is to update a person who has been deleted since the "
                      "list was staged; decide it again"),
    # withdrawing a committed row from her record (app/importing/refusals.WITHDRAW_TEMPLATES)
    QT_TRANSLATE_NOOP("ImportReport", "no import batch %1"),
    QT_TRANSLATE_NOOP("ImportReport", "import batch %1 is %2, not committed: nothing of it is in "
                      "the vault to withdraw"),
    QT_TRANSLATE_NOOP("ImportReport", "batch %1 has no importable row %2"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of batch %2 names no person now (skipped, or "
                      "withdrawn already): nothing to withdraw"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of batch %2 went to %3, since merged into %4: split "
                      "it out first (casekeeper split %3)"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of batch %2 made %3, and more refers to that "
                                      "record than this row: %4; nothing was withdrawn (the "
                                      "record is not deleted while anything else refers to it: "
                                      "split, unlink or delete it by hand first)"),
    QT_TRANSLATE_NOOP("ImportReport", "row %1 of batch %2"),
    QT_TRANSLATE_NOOP("ImportReport", "report %1"),
    QT_TRANSLATE_NOOP("ImportReport", "rescue %1"),
    QT_TRANSLATE_NOOP("ImportReport", "relative %1 (%2)"),
    QT_TRANSLATE_NOOP("ImportReport", "%1, merged into it"),
    QT_TRANSLATE_NOOP("ImportReport", "family contact %1"),
    QT_TRANSLATE_NOOP("ImportReport", "photo %1"),
    QT_TRANSLATE_NOOP("ImportReport", "not the same person as %1"),
    QT_TRANSLATE_NOOP("ImportReport", "%1 on %2"),
))


def report_words() -> dict[str, dict[str, str]]:
    """The desktop's word for each key the report names (report.WORDS), kind by kind."""
    fields = field_names()
    return {
        "state": {"staged": QCoreApplication.translate("ImportReport", "staged"),
                  "committed": QCoreApplication.translate("ImportReport", "committed"),
                  "discarded": QCoreApplication.translate("ImportReport", "discarded")},
        "outcome": outcome_names(),
        "decision": {
            "create": QCoreApplication.translate("ImportReport", "create"),
            "update": QCoreApplication.translate("ImportReport", "update"),
            "same_as_row": QCoreApplication.translate("ImportReport", "same as an earlier row"),
            "skip": QCoreApplication.translate("ImportReport", "skip"),
            "undecided": QCoreApplication.translate("ImportReport", "undecided")},
        "result": {
            "created": QCoreApplication.translate("ImportReport", "created"),
            "updated": QCoreApplication.translate("ImportReport", "updated"),
            "unchanged": QCoreApplication.translate("ImportReport", "unchanged"),
            "same_as_earlier_row": QCoreApplication.translate("ImportReport",
                                                              "same as an earlier row"),
            "skipped": QCoreApplication.translate("ImportReport", "skipped"),
            "rejected": QCoreApplication.translate("ImportReport", "rejected"),
            # taken back from its person since the commit, waiting again (report_now.py)
            "withdrawn": QCoreApplication.translate("ImportReport", "withdrawn")},
        "status": status_names(),
        # inside a sentence ("missing in row 2"): a label's capital is no word's (Latin letters;
        # Arabic and Sorani have none)
        "status_said": {k: v[:1].lower() + v[1:] for k, v in status_names().items()},
        # the record's fields in the words the wizard's column list names them by
        "field": {"origin_village": fields["village"], "origin_district": fields["district"],
                  "origin_governorate": fields["governorate"],
                  "abduction_place": fields["abduction_place"],
                  "abduction_date": fields["abduction_date"], "birth": fields["birth"],
                  "sex": fields["sex"], "status": fields["status"],
                  "rescue_date": fields["rescue_date"], "notes": fields["notes"],
                  "last_known_location": fields["last_known_location"],
                  "aliases": fields["alias"], "case_no": fields["case_no"]},
        "part": {p: fields[p] for p in ("given", "father", "grandfather", "family", "mother",
                                        "nickname")},
        "script": {"original": QCoreApplication.translate("ImportReport", "Arabic script"),
                   "latin": QCoreApplication.translate("ImportReport", "Latin letters")},
        # a list's sex as it was read ("'N', read as male"): a list's letters are no word
        "sex": sex_words(),
        "import_field": {f: fields[f] for f in WORDS["import_field"]},
        "not_a_field": {
            "marital status": QCoreApplication.translate("ImportReport", "marital status"),
            "health status": QCoreApplication.translate("ImportReport", "health status"),
            "number of family members": QCoreApplication.translate(
                "ImportReport", "number of family members"),
            "a telephone number": QCoreApplication.translate("ImportReport",
                                                             "a telephone number")},
        "footer": {
            "a total": QCoreApplication.translate("ImportReport", "a total"),
            "a signature": QCoreApplication.translate("ImportReport", "a signature"),
            "a stamp": QCoreApplication.translate("ImportReport", "a stamp"),
            "an official's title": QCoreApplication.translate("ImportReport",
                                                              "an official's title"),
            "a 'prepared by'": QCoreApplication.translate("ImportReport", "a 'prepared by'"),
            "a date": QCoreApplication.translate("ImportReport", "a date"),
            "an office's name": QCoreApplication.translate("ImportReport", "an office's name")},
        "sheet": {
            "hidden": QCoreApplication.translate("ImportReport", "hidden"),
            "no header row": QCoreApplication.translate("ImportReport", "no header row"),
            "no column headed as a name": QCoreApplication.translate(
                "ImportReport", "no column headed as a name"),
            "chartsheet": QCoreApplication.translate("ImportReport", "a chart"),
            "dialogsheet": QCoreApplication.translate("ImportReport", "a dialog sheet"),
            "macrosheet": QCoreApplication.translate("ImportReport", "a macro sheet"),
            "vba": QCoreApplication.translate("ImportReport", "macro code")},
        # named by a refusal to withdraw a row only (app/importing/withdraw.py)
        "relation": relation_names(),
        "action": _action_words(),
    }


def _action_words() -> dict[str, str]:
    """What was done to a record, by the audit trail's action, as a refusal to withdraw a row
    names it ("edited on 2026-01-05"): the command line says the action's code."""
    tr = QCoreApplication
    return {
        "person.edit": tr.translate("ImportReport", "edited"),
        "person.status": tr.translate("ImportReport", "a status recorded"),
        "person.relative": tr.translate("ImportReport", "a relative linked"),
        "person.contact": tr.translate("ImportReport", "a family contact added"),
        "person.photo": tr.translate("ImportReport", "a photo added"),
        "person.photo.remove": tr.translate("ImportReport", "a photo removed"),
        "person.contact.remove": tr.translate("ImportReport", "a family contact removed"),
        "person.relative.remove": tr.translate("ImportReport", "a relative link removed"),
        "person.merge": tr.translate("ImportReport", "a record merged into hers"),
        "person.split": tr.translate("ImportReport", "a record split out of hers"),
        "person.merge_aliases": tr.translate("ImportReport", "other spellings set right"),
        "person.merged_into": tr.translate("ImportReport", "merged into another record"),
        "person.split_out": tr.translate("ImportReport", "split out of another record"),
        "person.undo": tr.translate("ImportReport", "an edit undone"),
        "match.not_same_undone": tr.translate("ImportReport",
                                              "a 'not the same person' mark taken back"),
        "match.not_same_withdrawn": tr.translate("ImportReport",
                                                 "a 'not the same person' mark withdrawn"),
        "match.not_same_restored": tr.translate("ImportReport",
                                                "a 'not the same person' mark given back"),
    }


def refusal_said(exc: Exception) -> Exception:
    """A refusal the importer said in pieces (a file it cannot read, a mapping with no column
    of her own name), in the interface's language, to show as the window shows any error;
    another as it is. The same kind of error, what it carries kept (the sheets that hold a
    list, the decisions in the way)."""
    said = exc.args[0] if exc.args else ""
    if not isinstance(said, Sentence):
        return exc
    out = type(exc).__new__(type(exc))
    out.__dict__.update(exc.__dict__)
    out.args = (sentence_said(said), *exc.args[1:])
    return out


def sentence_said(text: str) -> str:
    """A sentence the importer said in pieces (a row's warning, why a column's field was
    suggested) in the interface's words; plain text (a warning staged by an earlier version,
    which kept its English only) as it is."""
    if isinstance(text, Sentence):
        return _said(text.said, report_words())
    return text


def report_said(rep: dict) -> str:
    """The report as the command line says it, line for line, in the interface's language."""
    words = report_words()
    return "\n".join(_line(line, words) for line in report_lines(rep))


# A command to type, as a sentence holds it: isolated left to right (ui.bidi.isolated)
_COMMAND = re.compile("(" + LRI + "`casekeeper [^`]*`" + PDI + ")")


def _line(line: Line, words: dict) -> str:
    indent = "  " * line.depth
    said = _said(line.pieces, words)
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return _directed(indent + said)
    # In Arabic and Sorani each command on a line of its own: wrapped inside the right-to-left
    # sentence, "casekeeper person status-" ended one line and "withdraw SNJ-00003 ..." began
    # the next at its other end, among Sorani words, and could not be read or copied whole.
    return "\n".join(indent + piece if _COMMAND.fullmatch(piece) else _directed(indent + piece.strip())
                     for piece in _COMMAND.split(said) if piece.strip())


def _directed(line: str) -> str:
    """A line that begins with an isolated value ("SNJ-00003: the list's status ...") in the
    interface's direction: Qt takes a line's direction from its first letter, inside an isolate
    or not, and an Arabic line led by a case number was laid out left to right, the number at
    the far left after the sentence's end."""
    return in_interface_direction(line) if line.lstrip(" ")[:1] in (LRI, FSI, RLI) else line


# Advice the command line gives in commands, said as the desktop program does it: a person at
# the window was sent to `casekeeper duplicates` and `casekeeper merge`. The template is the one
# report.duplicates_advice_line says (tests/test_import_report_text.py fails if they part).
_DUPLICATES_ADVICE = ("%1 possible duplicates: check them with %2; if two are one person, "
                      "join them, e.g. row %3 with %4")

_NONE_LIKELY = ("%1 possible duplicates, none a probable match with nothing telling the two "
                "apart: compare each pair with %2 before any %3")

# A cell of a list's row changed since its last import, as the command line says it ("Status:
# 'missing' -> 'rescued'"); an arrow in a line of mixed directions can be read either way.
_CHANGED_CELL = "%1: %2 -> %3"

_REFUSED_ADVICE = ("%1 possible duplicates: check them with %2; a merge refuses each of them as "
                   "they stand (why is said above)")

_BAR = re.compile(r"--threshold (\d\.\d\d)")
# headers a list's header row is found by, as the command line names them in its refusal
_HEADERS = ["Name", "الاسم", "ناو", "Nav"]


def _in_the_window(piece: Said) -> Said:
    if (advice := status_advice(piece)) is not None:  # her page's tab and buttons, no command
        return advice
    if (advice := names_kept_advice(piece)) is not None:  # her page's Edit, no command
        return advice
    if piece.template == reasons.NO_OWN_NAME:  # the fields by their names, not a flag
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: columns %2 give her father's, grandfather's or family name, "
            "but no column gives her own name: every row would become a person without a "
            "given name, and sisters and repeated rows could not be told apart; nothing was "
            "staged. Set the column that holds her name to %4 or %5%3"),
            *piece.values, Word("import_field", "given"), Word("import_field", "full_name"))
    if piece.template == reasons.NO_HEADER_ROW:  # the headers it looks for, each isolated
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: no header row (a row naming the columns, such as %3) was "
            "found, so nothing here reads as a list; %2"), *piece.values, joined(_HEADERS))
    if piece.template == reasons.NO_SHEET_HEADED:  # the same, of every sheet of a workbook
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: no sheet holds a header row (a row naming the columns, such as "
            "%3), so no sheet reads as a list (sheets: %2)"), *piece.values, joined(_HEADERS))
    if piece.template == reasons.OTHER_SHEETS:  # the wizard's sheet step, not a flag
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "the file has other sheets (%1): go back to step 2 and choose the "
            "one that holds the list"), *piece.values)
    if piece.template in (reasons.NO_NAME_COLUMN, reasons.NO_NAME_COLUMN_SHEETS):
        fields = (Word("import_field", "given"), Word("import_field", "full_name"))
        if piece.template == reasons.NO_NAME_COLUMN:
            return Said(QT_TRANSLATE_NOOP(
                "ImportReport", "%1: no column of this sheet reads as a name (header row %2: "
                "%3); set the column that holds her name to %4 or %5"), *piece.values, *fields)
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1: no column of this sheet reads as a name (header row %2: %3); "
            "%4, or set the column that holds her name to %5 or %6"), *piece.values, *fields)
    if piece.template == _CHANGED_CELL:  # words, not an arrow read either way round
        return Said(QT_TRANSLATE_NOOP("ImportReport", "%1: was %2, now %3"), *piece.values)
    if piece.template == _NONE_LIKELY:
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1 possible duplicates, none a probable match with nothing telling "
            "the two apart: compare each pair on their pages before joining any."),
            piece.values[0])
    if piece.template == _REFUSED_ADVICE:  # the Duplicates screen's bar, no Same person
        bar = _BAR.search(str(piece.values[1]))
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1 possible duplicates: look at them on the Duplicates screen, "
            "its lowest score set to %2; joining them is refused as they stand (why is said "
            "above)."), piece.values[0], bar[1] if bar else f"{DUPLICATE_THRESHOLD:.2f}")
    if piece.template == _DUPLICATES_ADVICE:
        bar = _BAR.search(str(piece.values[1]))
        return Said(QT_TRANSLATE_NOOP(
            "ImportReport", "%1 possible duplicates: look at them on the Duplicates screen, "
            "its lowest score set to %2; if two are one person, Same person joins them."),
            piece.values[0], bar[1] if bar else f"{DUPLICATE_THRESHOLD:.2f}")
    return piece


def _said(piece: object, words: dict) -> str:
    """A piece in the interface's words, the values inside it isolated."""
    if isinstance(piece, Said):
        if piece.template == refusals.READER_SAID:  # a library's English, for the command line
            return ""
        piece = _in_the_window(piece)
        return filled(QCoreApplication.translate("ImportReport", piece.template),
                      *(_value(v, words) for v in piece.values))
    if isinstance(piece, Word):
        word = words.get(piece.kind, {}).get(piece.key)
        return isolated(piece.key) if word is None else word
    if isinstance(piece, list):
        return "".join(_said(p, words) if isinstance(p, Said | Word | list)
                       else isolated(_value(p, words)) for p in piece)
    return isolated(_value(piece, words))


def _rest(value: QuotedStatus) -> str:
    """What a list said after its status, as the window says it: its date after the
    interface's comma (', 2016-12-05' was a Latin comma in Arabic), its own word only where it
    says more than the interface's word for the status ('مفقودة «مفقودة»' said it twice)."""
    rest, word = value.rest, ""
    if (at := rest.rfind(" «")) >= 0 and rest.endswith("»"):
        rest, word = rest[:at], rest[at + 1:]
        # only the word the line shows (_value: the interface's word for the status)
        names = (status_names().get(value.status, value.status),)
        word = note_beside_status(value.status, word, names)
    if rest.startswith(", "):
        rest = QCoreApplication.translate("ImportReport", ", ") + rest[2:]
    return rest + (" " + word if word else "")


def column_label(label: str, header: str = "") -> str:
    """A column's label in the interface's words: one with a blank header is "Column D" to the
    importer (the key its mapping is saved under, and the command line's word), "العمود D" to
    an Arabic desktop. A header written so in the list (header given) is the list's own."""
    letter = None if header else letter_of_unheaded(label)
    if letter is None:
        return label
    return filled(QCoreApplication.translate("ImportWizard", "Column %1"), letter)


def _value(value: object, words: dict) -> object:
    """What filled() sets into a sentence: words already said as a Phrase (not isolated
    again), a quoted cell as the command line quotes it, anything else as it is."""
    if isinstance(value, Said | Word | list):
        return Phrase(_said(value, words))
    if isinstance(value, Quoted):  # a column with no header named in words, not as its key
        return Phrase(column_label(value.value)) if letter_of_unheaded(value.value) \
            else repr(value.value)
    if isinstance(value, QuotedStatus):  # the status in the interface's word, then the list's
        return repr(words.get("status", {}).get(value.status, value.status) + _rest(value))
    if isinstance(value, Letter) and value.header:  # "E (Born)": the header isolated
        return Phrase(filled(QCoreApplication.translate("ImportReport", "%1 (%2)"), str(value),
                             value.header))
    return value
