"""Errors a user can cause; each carries a one-line message safe to show (no case data)."""

from __future__ import annotations

import re


class CaseKeeperError(Exception):
    """Base for every error the front ends report as one line instead of a traceback."""

    exit_code = 1
    # The message in pieces, (English template with %1, %2 ..., *values), where the desktop
    # says it in its own language (ui/error_words.py); () for one said in English only.
    said: tuple = ()
    # What --json gives beside the message and exit code, for a script to read (a restore
    # refused says what it would undo); never replaced in place, always set anew
    json_facts: dict = {}

    @classmethod
    def saying(cls, template: str, *values: object) -> CaseKeeperError:
        """The error with its message in pieces: English here, the desktop's words there. A
        value may be a status (StatusWord), which the desktop says in its words too."""
        error = cls(re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]), template))
        error.said = (template, *values)
        return error

    @classmethod
    def saying_apart(cls, message: str, template: str, *values: object) -> CaseKeeperError:
        """The error with the command line's message, and said on the desktop by its own
        template: a hint in the command line's syntax (`casekeeper relative ...`, --status
        none) is no help on a screen, and came there in English."""
        error = cls(message)
        error.said = (template, *values)
        return error


class StatusWord(str):
    """A status as an error's message names it ("rescued"): the desktop says its own word,
    for a person of this sex (F, M, U: Arabic says a man's status in the masculine)."""

    sex = "F"

    def __new__(cls, value: str, sex: str = "F") -> StatusWord:
        word = super().__new__(cls, value)
        word.sex = sex
        return word


class RelationWord(str):
    """A relation as an error's message names it ("child born in captivity"): the desktop
    says its own word for it (key: the Relation's value)."""

    key = ""

    def __new__(cls, value: str) -> RelationWord:
        word = super().__new__(cls, value.replace("_", " "))
        word.key = value
        return word


class YearsWord(str):
    """The whole years at most between two births as an error's message says them ("at most 9
    years", "less than a year"): the desktop says them in its own words and plural forms
    (count: the number)."""

    count = 0

    def __new__(cls, count: int) -> YearsWord:
        text = ("less than a year" if count < 1 else "at most a year" if count == 1
                else f"at most {count} years")
        word = super().__new__(cls, text)
        word.count = count
        return word


class BirthWord(str):
    """A birth as an error's message says it: as typed, with the days it stands for where the
    text does not say them ('about 1975, 1973–1977'); the desktop says it as her page does
    (date: the FuzzyDate)."""

    def __new__(cls, date) -> BirthWord:
        typed, span = date.as_typed()
        word = super().__new__(cls, f"{typed}, {span}" if span else typed)
        word.date = date
        return word


class NamePartWord(str):
    """A name part as an error's message names it ("given"): the desktop says the label of its
    boxes instead (key: the NamePart's value)."""

    key = ""

    def __new__(cls, value: str) -> NamePartWord:
        word = super().__new__(cls, value)
        word.key = value
        return word


class ProfileWord(str):
    """A disclosure profile as an error's message names it ("court"): the desktop says its own
    name for it (key: the Profile's value); in English it came into an Arabic sentence."""

    key = ""

    def __new__(cls, value: str) -> ProfileWord:
        word = super().__new__(cls, value)
        word.key = value
        return word


class Listed(str):
    """Values an error's message lists ("Hardan, حردان"): the desktop joins them with its own
    comma, each kept in its own direction (one string, an Arabic name beside a Latin one was
    drawn out of order in an Arabic sentence)."""

    items: tuple[str, ...] = ()

    def __new__(cls, items) -> Listed:
        listed = super().__new__(cls, ", ".join(items))
        listed.items = tuple(items)
        return listed


class Grouped(str):
    """Groups of values an error's message lists ("SNJ-00401, SNJ-00402; SNJ-00004"): "; "
    between groups on the command line, the desktop's own semicolon and comma (Arabic ؛ and ،)
    between them and each value in its own direction."""

    groups: tuple[tuple[str, ...], ...] = ()

    def __new__(cls, groups) -> Grouped:
        groups = tuple(tuple(g) for g in groups)
        grouped = super().__new__(cls, "; ".join(", ".join(g) for g in groups))
        grouped.groups = groups
        return grouped


class VaultError(CaseKeeperError):
    """The vault is missing, damaged, of an unknown version, or not a vault."""

    exit_code = 3


class WrongSecret(VaultError):
    """The passphrase or recovery code does not open this vault (deliberately generic)."""

    def __init__(self) -> None:
        super().__init__("the passphrase or recovery code is not correct")


class BackupWrongSecret(WrongSecret):
    """A backup the passphrase or recovery code typed does not open: the one it opens with is
    the vault's when the backup was made (a passphrase changed since does not open it)."""

    MESSAGE = ("the passphrase or recovery code does not open this backup: a backup opens with "
               "the passphrase the vault had when the backup was made, or the recovery code "
               "of that time")

    def __init__(self) -> None:
        VaultError.__init__(self, self.MESSAGE)


class VaultInUse(VaultError):
    """Another CaseKeeper window or command has the vault open (or is giving it a new key, or
    restoring it) where this one must be alone with it, or cannot open it now: app/vault_lock.py.
    Nothing was changed."""

    exit_code = 8


# SQLite's "database is locked": another window or command held the write lock past the wait
WRITING_ELSEWHERE = ("another CaseKeeper window or command is writing to the vault (an import "
                     "being saved, or the first opening after an update): wait until it "
                     "finishes, then try again; nothing was changed")


class EnvironmentRefused(CaseKeeperError):
    """The start-up self-test found a crypto setting that is not what we promise."""

    exit_code = 4


class NotFound(CaseKeeperError):
    """A record asked for by number or id does not exist."""

    exit_code = 5


class ValidationError(CaseKeeperError):
    """Input that breaks a rule of the case model; the message says which field and why."""

    exit_code = 2


class InputFileError(CaseKeeperError):
    """A file given to import or match cannot be read; the message says file, sheet, row, column."""

    exit_code = 6


class Cancelled(CaseKeeperError):
    """A long operation was cancelled by the user; nothing was written."""

    exit_code = 130


class DecidedNotSame(ValidationError):
    """A merge of two records (or their groups) the user marked "not the same person"; the
    decisions standing in the way are kept for the front end to offer an override."""

    def __init__(self, message: str, decisions: list) -> None:
        super().__init__(message)
        self.decisions = decisions


class Contradicted(ValidationError):
    """A merge of two records that disagree on a field that tells two people apart (sex, a
    given or parent's name); the fields and the score are kept for the front end to offer an
    override."""

    def __init__(self, message: str, fields: list, score) -> None:
        super().__init__(message)
        self.fields = fields
        self.score = score


class MergedAway(ValidationError):
    """A document asked for by the number of a record merged into another: that record holds
    only part of what is known of the person, under a number that is no longer hers. The
    numbers are kept for the front end to name the one to use in its own words."""

    def __init__(self, case_no: str, into: str, named_with_for: bool = False) -> None:
        """named_with_for: the number was given with --for (a summary, a rescue report): the
        way on is to name hers there, not to print her dossier instead."""
        way = (f"give --for {into} instead" if named_with_for
               else f"print {into}'s dossier (casekeeper dossier {into} ...)")
        super().__init__(
            f"{case_no} is merged into {into}, which holds all that is known of this person: "
            f"{way}; split {case_no} first if they are two people")
        self.case_no, self.into, self.named_with_for = case_no, into, named_with_for


class SharingRefused(ValidationError):
    """A document about one person whose sharing level does not reach its profile (who may
    receive her record against who will read it). The case number, her level and the profile
    are kept for the front end to say it in its own words and to offer an override."""

    def __init__(self, message: str, case_no: str, level: str, profile: str,
                 sex: str = "U") -> None:
        super().__init__(message)
        self.case_no, self.level, self.profile = case_no, level, profile
        self.sex = sex  # F, M or U: the desktop words its refusal by it
