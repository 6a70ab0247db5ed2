"""The app's error messages said in pieces (CaseKeeperError.saying), in the desktop's words."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.domain.errors import (
    BirthWord,
    CaseKeeperError,
    Grouped,
    Listed,
    NamePartWord,
    ProfileWord,
    RelationWord,
    StatusWord,
    YearsWord,
)
from ui.bidi import Phrase, bare, file_path, filled, isolated
from ui.i18n import list_comma, list_semicolon
from ui.labels import date_said, name_part_names, profile_names, relation_names, status_label

# Her page was in edit while another window or a command deleted her: "no person with case
# number" read as a mistake of hers, and the list went on counting her (PersonPage._not_saved).
DELETED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "%1 was deleted in another window or by a "
                                      "command since her page was opened: nothing was saved")

# Each template an error is said in: lupdate finds them here.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "%1 on %2 is before her abduction (%3): check the date"),
    QT_TRANSLATE_NOOP("Errors", "the handover to her family (%1) is before the rescue (%2): she "
                      "is handed over after she is freed; check both dates"),
    QT_TRANSLATE_NOOP("Errors", "an operation that freed no one (it gives no status) has no "
                      "handover to her family (%1): if she was freed after all, give the status "
                      "it gives; if not, leave the handover to family empty"),
    QT_TRANSLATE_NOOP("Errors", "the report was received (%1) before what it tells was seen "
                      "(%2): a report tells of what was seen before it came in; check both "
                      "dates"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a case number (they look like SNJ-00123)"),
    # app/importing/other_sender.py SAID: another sender's exact file, refused in the wizard
    QT_TRANSLATE_NOOP("Errors", "this exact file was imported as batch %1, from the sender %2, "
                      "not %3: the same bytes would stand as two senders' lists. If it is the "
                      "same sender named another way, type the sender as first given (%2) and "
                      "read the file again; if another sender truly sent it, the command line "
                      "imports it anyway (casekeeper import --again)"),
    QT_TRANSLATE_NOOP("Errors", "no person with case number %1"),
    # app/reports/service.py SEEN_INTERNAL_ONLY: a summary chosen by when she was seen
    QT_TRANSLATE_NOOP("Errors", "a %1 document is not chosen by when a woman was seen: it would "
                      "tell that reports of her came in since then, which only the team's own "
                      "papers tell; make it internal, or leave out the seen-since date"),
    # a report or rescue naming one woman twice (app/record_persons.py)
    QT_TRANSLATE_NOOP("Errors", "%1 is given more than once: name each person once"),
    QT_TRANSLATE_NOOP("Errors", "%1 is merged into %2, which is given too: they are one person; "
                      "name each person once"),
    QT_TRANSLATE_NOOP("Errors", "%1 and %2 are both merged into %3: they are one person; name "
                      "each person once"),
    # app/record_persons.py RESTING_SAID, NO_ONE_SAID: why she cannot be taken off a report
    QT_TRANSLATE_NOOP("Errors", "a status of %1 rests on it: withdraw that status first (Status "
                      "timeline), then take her off"),
    QT_TRANSLATE_NOOP("Errors", "a status of %1 rests on report %2: withdraw that status first "
                      "(Status timeline), then mark the report proved false"),
    QT_TRANSLATE_NOOP("Errors", "report %1 is marked proved false: a status cannot rest on it; "
                      "if it did not prove false, clear Proved false in the report's form first"),
    # app/records.py _check_outcome
    QT_TRANSLATE_NOOP("Errors", "the report was proved false (%1) before it was received (%2): "
                      "check both dates"),
    QT_TRANSLATE_NOOP("Errors", "it is about no one else, and a report names at least one person: "
                      "add the woman it is about under its other women first"),
    QT_TRANSLATE_NOOP("Errors", "%1 was changed elsewhere; reload it first"),
    # ui/person_ops.py save: her page in edit while she was deleted elsewhere
    DELETED_ELSEWHERE,
    QT_TRANSLATE_NOOP("Errors", "%1 has been merged into %2: record this on %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 and %2 are linked so already"),
    QT_TRANSLATE_NOOP("Errors", "this record is %1 of this vault already (the same record id): "
                      "nothing was added"),
    QT_TRANSLATE_NOOP("Errors", "a person needs at least one name part"),
    # app/persons.py FROM_RESCUE_SAID
    QT_TRANSLATE_NOOP("Errors", "%1's status %2 came with rescue %3: change the rescue instead "
                      "(Rescues tab), or delete it"),
    # app/persons.py NAME_TOO_LONG: %1 the label of the name part's boxes
    QT_TRANSLATE_NOOP("Errors", "%1, Arabic script box: longer than 200 characters; shorten it"),
    QT_TRANSLATE_NOOP("Errors", "%1, Latin letters box: longer than 200 characters; shorten it"),
    QT_TRANSLATE_NOOP("Errors", "%1 was taken on %2: she cannot have been seen on %3, before "
                      "that; check the date"),
    QT_TRANSLATE_NOOP("Errors", "%1 was taken on %2: she cannot have been freed on %3, before "
                      "that; check the date"),
    QT_TRANSLATE_NOOP("Errors", "no rescue operation with id %1"),
    QT_TRANSLATE_NOOP("Errors", "no photo with id %1"),
    QT_TRANSLATE_NOOP("Errors", "no family contact with id %1"),
    QT_TRANSLATE_NOOP("Errors", "no relative link with id %1"),
    QT_TRANSLATE_NOOP("Errors", "%1 and %2 are not linked as relatives"),
    QT_TRANSLATE_NOOP("Errors", "%1 (born %2) would be the parent of %3, born before: %4; check "
                      "the relation or the births"),
    QT_TRANSLATE_NOOP("Errors", "a person cannot be their own relative"),
    QT_TRANSLATE_NOOP("Errors", "a photo must be a JPEG or PNG file"),
    QT_TRANSLATE_NOOP("Errors", "a photo may be at most 20 MB"),
    QT_TRANSLATE_NOOP("Errors", "a record cannot be compared with itself"),
    QT_TRANSLATE_NOOP("Errors", "%1 is merged into %2: compare %2, or split %1 out first"),
    QT_TRANSLATE_NOOP("Errors", "a record cannot be merged with itself"),
    QT_TRANSLATE_NOOP("Errors", "%1 is already merged into another record; split it first"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not merged into another record"),
    QT_TRANSLATE_NOOP("Errors", "%1 is inside the vault's own folder: a backup there is lost with"
                      " the laptop; choose another drive"),
    QT_TRANSLATE_NOOP("Errors", "the drive of %1 is full: the backup needs about %2 and %3 are "
                      "free there; no backup was made and the vault is unchanged: free space on "
                      "that drive, or back up to another"),
    # app/disk_full.py: the vault's disk full (SQLite said only "disk I/O error")
    QT_TRANSLATE_NOOP("Errors", "the disk of the vault %1 is full or cannot be written (%2): "
                      "nothing was changed, the vault is as it was before; free space on that "
                      "disk (move or delete files you do not need), then do it again"),
    QT_TRANSLATE_NOOP("Errors", "the disk of the vault %1 is full or cannot be written (%2): it "
                      "stopped part way: what was saved before the disk refused stays in the "
                      "vault, the rest was not done; free space on that disk (move or delete "
                      "files you do not need), then look at what is there before doing the rest"),
    QT_TRANSLATE_NOOP("Errors", "the disk of the vault %1 is full or cannot be written (it "
                      "needs about %2 more, the vault's size again): the vault was not given a "
                      "new key and nothing was changed, the passphrase and recovery code it had "
                      "still open it; free space on that disk (move or delete files you do not "
                      "need), then do it again"),
    QT_TRANSLATE_NOOP("Errors", "the disk of the vault %1 is full or cannot be written (%2): "
                      "nothing was restored, the vault is as it was and the copy begun beside "
                      "it was deleted; free space on that disk (the backup's size is needed), "
                      "then restore again"),
    QT_TRANSLATE_NOOP("Errors", "the disk of the vault %1 is full or cannot be written (%2): the "
                      "vault was not opened and nothing in it was changed; free space on that "
                      "disk (move or delete files you do not need), then unlock again"),
    QT_TRANSLATE_NOOP("Errors", "the drive of %1 is full or cannot be written (%2): no backup "
                      "was made and the vault is unchanged: free space on that drive, or back "
                      "up to another"),
    # app/disk_full.py, app/backup_said.py: a drive that failed a read or write, or was
    # pulled out (SQLite's "disk I/O error" with room on the disk): not said as full
    QT_TRANSLATE_NOOP("Errors", "the drive of the vault %1 could not be read or written (%2): it may be "
                      "failing, or it was removed or made read-only; nothing was saved, the vault is as it "
                      "was before; check that the drive is in place, then do it again; if it happens "
                      "again, back the vault up to another drive at once"),
    QT_TRANSLATE_NOOP("Errors", "the drive of the vault %1 could not be read or written (%2): it may be "
                      "failing, or it was removed or made read-only; it stopped part way: what was saved "
                      "before stays in the vault, the rest was not saved; check that the drive is in "
                      "place, then look at what is there before doing the rest; if it happens again, back "
                      "the vault up to another drive at once"),
    QT_TRANSLATE_NOOP("Errors", "the drive of the vault %1 could not be read or written (%2): it may be "
                      "failing, or it was removed or made read-only; the vault was not opened and nothing "
                      "in it was changed; check that the drive is in place, then unlock again; if it "
                      "happens again, copy the vault's folder to another drive at once"),
    QT_TRANSLATE_NOOP("Errors", "the drive of the vault %1 could not be read or written (%2): it may be "
                      "failing, or it was removed or made read-only; nothing was restored, the vault is as "
                      "it was and the copy begun beside it was deleted; check that the drive is in place, "
                      "then restore again"),
    QT_TRANSLATE_NOOP("Errors", "the drive of the vault %1 could not be read or written (%2): it may be "
                      "failing, or it was removed or made read-only; the vault was not given a new key and "
                      "nothing was changed, the passphrase and recovery code it had still open it; check "
                      "that the drive is in place, then do it again"),
    QT_TRANSLATE_NOOP("Errors", "the drive of %1 could not be written (%2): it may be failing, or it was "
                      "removed or made read-only; no backup was made and the vault is unchanged: check "
                      "that the drive is in place, or back up to another"),
    QT_TRANSLATE_NOOP("Errors", "the case prefix must be 2 to 6 capital letters A-Z"),
    QT_TRANSLATE_NOOP("Errors", "the new passphrase must differ from the one the vault has now"),
    QT_TRANSLATE_NOOP("Errors", "give the rescue operation's number"),
    QT_TRANSLATE_NOOP("Errors", "born %1, after her abduction (%2): check both dates"),
    QT_TRANSLATE_NOOP("Errors", "%1 is recorded as female: not %2's father (their mother, or "
                      "parent if the sex recorded is in doubt)"),
    QT_TRANSLATE_NOOP("Errors", "%1 is recorded as male: not %2's mother (their father, or "
                      "parent if the sex recorded is in doubt)"),
    QT_TRANSLATE_NOOP("Errors", "%1 is already %2's %3: not also their %4"),
    # app/parent_age.py SAID: asked on her page whether to link them all the same
    QT_TRANSLATE_NOOP("Errors", "%1 (birth: %2) would be a parent of %3 (birth: %4), older by "
                      "%5: fewer than 12 years between their births, even read as widely as they "
                      "are written; check the births and the relation"),
    QT_TRANSLATE_NOOP("Errors", "%1 is a file, not a folder"),
    QT_TRANSLATE_NOOP("Errors", "%1 cannot be written to (read-only, or not yours)"),
    # app/reports/not_the_vault_secret.py: a PDF's password that is the vault's passphrase
    QT_TRANSLATE_NOOP("Errors", "this is the vault's passphrase: a PDF's password is told to "
                      "whoever reads the paper, so choose another; nothing was written"),
    # app/reports/written_refused.py: a paper's PDF the system did not let be written
    QT_TRANSLATE_NOOP("Errors", "the PDF cannot be written to %1 (read-only, or not yours): "
                      "nothing was saved; choose another folder or drive"),
    QT_TRANSLATE_NOOP("Errors", "the drive of %1 is full: nothing was saved; free space on it, "
                      "or choose another drive"),
    # app/reports/one_family.py NOT_ONE_FAMILY, app/reports/service.py NOT_FREED_BY_IT...:
    # the Print screen's refusals, in its words (the command line's name its options)
    QT_TRANSLATE_NOOP("Errors", "a family summary lists one family's own persons, and these are "
                      "not linked as relatives in the vault (%1): make one summary for each "
                      "family, or, if they are one family, link them first (Link relative on "
                      "her page)"),
    QT_TRANSLATE_NOOP("Errors", "%1 was not rescued in operation %2: under Whose family, give the "
                      "case number of a person it freed"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not named in operation %2, and it freed none of them: under "
                      "Whose family, give the case number of a person it names"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not named in operation %2, and it does not say whether it "
                      "freed anyone: under Whose family, give the case number of a person it "
                      "names"),
    QT_TRANSLATE_NOOP("Errors", "operation %1 freed no one: a public document does not tell of it "
                      "(it would say only that an attempt for someone failed); it is made only "
                      "of an operation that freed someone"),
    # app/village_filter.py SIMILAR_*: why the nearest village is a similar name
    QT_TRANSLATE_NOOP("Errors", 'no village of the vault is written "%1" (in any script or '
                      "spelling of that place); it could mean %2: give the village meant "
                      '("%1" has %3 letter(s) more than %4: a similar name, not a spelling)'),
    QT_TRANSLATE_NOOP("Errors", 'no village of the vault is written "%1" (in any script or '
                      "spelling of that place); it could mean %2: give the village meant "
                      '("%1" has %3 letter(s) fewer than %4: a similar name, not a spelling)'),
    QT_TRANSLATE_NOOP("Errors", 'no village of the vault is written "%1" (in any script or '
                      "spelling of that place); it could mean %2: give the village meant "
                      '("%1" has other letters than %4: a similar name, not a spelling)'),
)
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "unexpected error (%1); the vault was not changed by it")


def error_said(exc: CaseKeeperError) -> str:
    """The error's message in the interface's language where it was said in pieces; its
    English otherwise."""
    if not exc.said:
        return str(exc)
    template, *values = exc.said
    return filled(QCoreApplication.translate("Errors", template), *map(_value_said, values))


def _value_said(value: object) -> object:
    """A status, relation, name part or profile in the desktop's words, a path left to right (its folders in
    order in an Arabic sentence); any other value as it is."""
    if isinstance(value, PurePath):
        return file_path(value)
    if isinstance(value, StatusWord):
        return Phrase(status_label(str(value), value.sex))
    if isinstance(value, Listed):
        return Phrase(list_comma().join(isolated(v) for v in value.items))
    if isinstance(value, Grouped):  # families apart: "⁦SNJ-00401⁩؛ ⁦SNJ-00004⁩"
        return Phrase(list_semicolon().join(
            list_comma().join(isolated(v) for v in group) for group in value.groups))
    if isinstance(value, RelationWord):
        return Phrase(relation_names().get(value.key, str(value)))
    if isinstance(value, NamePartWord):
        return Phrase(name_part_names().get(value.key, str(value)))
    if isinstance(value, YearsWord):
        return Phrase(YearsApart().said(value.count))
    if isinstance(value, BirthWord):
        return birth_said(value.date)
    if isinstance(value, ProfileWord):
        return Phrase(profile_names().get(value.key, str(value)))
    return value


class YearsApart(QObject):
    """The whole years at most between two births in the interface's words, with its
    language's plural forms (Arabic: سنتان, 3 to 10 سنوات, 11 سنة): a class's tr(), which
    lupdate marks plural, as it does not a QCoreApplication.translate with a count."""

    def said(self, count: int) -> str:
        if count < 1:
            return self.tr("less than a year")
        if count == 1:  # English says it in words, where %n would be "1 years"
            return self.tr("at most a year")
        return self.tr("at most %n years", "", count)


def birth_said(birth) -> Phrase:
    """A birth as her page and the lists say it (ui/labels.date_said: "about 1975", an age in
    the interface's words), the days it stands for beside it where those words do not say them
    ("about 1975, 1973–1977"): the years between two births are read from those days."""
    said, days = date_said(birth), birth.plain()
    if not days or days in bare(said):
        return Phrase(isolated(said))
    return Phrase(list_comma().join((isolated(said), isolated(days))))


def unexpected_said(kind: str) -> str:
    """A failure no message was written for, named by its kind only (its message may quote
    case data), in the interface's language."""
    return filled(QCoreApplication.translate("Errors", UNEXPECTED), kind)
