"""Reports, rescue operations, relatives and contacts: the records around a person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.fuzzydate import FuzzyDate


class Relation(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    CHILD = "child"
    SIBLING = "sibling"
    SPOUSE = "spouse"
    CHILD_BORN_IN_CAPTIVITY = "child_born_in_captivity"
    PARENT = "parent"  # a mother or father whose sex the vault does not know
    OTHER = "other"

    def turned(self, sex: str) -> Relation:
        """The relation seen from the other person: B is A's mother, so A is B's child. sex is
        that of the person the link was made from, who is now the relative: her child's
        mother or father, a parent when her sex is not known (never a guessed mother)."""
        if self in (Relation.CHILD, Relation.CHILD_BORN_IN_CAPTIVITY):
            return {"F": Relation.MOTHER, "M": Relation.FATHER}.get(sex, Relation.PARENT)
        if self in (Relation.MOTHER, Relation.FATHER, Relation.PARENT):
            return Relation.CHILD
        return self  # sibling, spouse, other: the same from both sides


@dataclass
class RelativeLink:
    person_id: int
    relative_id: int
    relation: Relation
    note: str = ""
    id: int | None = None


@dataclass
class FamilyContact:
    person_id: int
    name: str
    phone: str = ""
    relation: str = ""
    id: int | None = None
    # Read from a list's phone column: the import batch and row it came from (the batch names
    # the file and sheet). None for a contact typed by hand.
    batch_id: int | None = None
    row_number: int | None = None
    list_file: str = ""
    list_sheet: str = ""

    def source(self) -> str:
        """'list kocho.xlsx, sheet 'Kocho', row 7 (batch 3)', or '' for one typed by hand."""
        if self.batch_id is None:
            return ""
        sheet = f", sheet {self.list_sheet!r}" if self.list_sheet else ""
        return f"list {self.list_file}{sheet}, row {self.row_number} (batch {self.batch_id})"


@dataclass
class Photo:
    person_id: int
    data: bytes
    mime: str
    caption: str = ""
    id: int | None = None


# A source code such as S-469 or K12: short, no spaces, Latin letters, digits and '-', and at
# least one digit. A name typed here (Salim-Qasim as well as "Salim Qasim") would put an
# informant's identity into the case tables and onto every court paper that prints the code.
SOURCE_CODE_LONGEST = 12
SOURCE_CODE_EXAMPLES = "S-469, K12"


def source_code_problem(value: str) -> tuple[str, str] | None:
    """What keeps value (as kept: upper case, no spaces around it) from being a source code,
    the first of: ("letters", the runs of characters a code may not hold, each once, a line
    each: a space, Arabic letters, a Latin letter with a mark, an Arabic-Indic digit),
    ("long", its length), ("dash", ""): it begins with '-', ("digit", ""): it holds no digit.
    None for a code, and for no code at all ("")."""
    if not value:
        return None
    runs = list(dict.fromkeys(" " if run.isspace() else run
                              for run in re.findall(r"\s+|[^A-Z0-9\s-]+", value)))
    if runs:
        return "letters", "\n".join(runs)
    if len(value) > SOURCE_CODE_LONGEST:
        return "long", str(len(value))
    if value.startswith("-"):
        return "dash", ""
    if not any("0" <= ch <= "9" for ch in value):
        return "digit", ""
    return None


def source_code_refusal(value: str) -> str:
    """Why value is no source code, said exactly (the command line's words), or ""."""
    problem = source_code_problem(value)
    if problem is None:
        return ""
    kind, detail = problem
    if kind == "letters":
        said = ", ".join(repr(run.strip()) if run.strip() else "a space"
                         for run in detail.split("\n"))
        return (f"a source code holds only Latin letters A-Z, digits 0-9 and '-' (e.g. "
                f"{SOURCE_CODE_EXAMPLES}), and {value!r} holds {said} (a name is not a code; "
                f"who a code stands for is not kept in CaseKeeper)")
    if kind == "long":
        return (f"a source code is at most {SOURCE_CODE_LONGEST} characters long (e.g. "
                f"{SOURCE_CODE_EXAMPLES}), and {value!r} has {detail}")
    if kind == "dash":
        return (f"a source code begins with a Latin letter or a digit, not '-' (e.g. "
                f"{SOURCE_CODE_EXAMPLES})")
    return ("a source code holds a digit, e.g. S-469: a name is not a code, and papers print "
            "it (who a code stands for is not kept in CaseKeeper)")


def source_code_typed(value: str) -> str:
    """A source code as kept, however it was typed (k7 is K7): the one place every filter and
    the vault read a code, so they stay in step."""
    return value.strip().upper()


def is_source_code(value: str) -> bool:
    """Whether value (as kept: upper case, no spaces around it) is a source code, not a name.
    A vault may hold codes saved before the digit was asked for: they stay, and papers for
    outside the team print a placeholder in their place."""
    return bool(value) and source_code_problem(value) is None


@dataclass
class Report:
    """A sighting, tip or testimony. source_code is a code name; identities never live here."""

    received: FuzzyDate = field(default_factory=FuzzyDate)
    observed: FuzzyDate = field(default_factory=FuzzyDate)
    place: str = ""
    text: str = ""
    source_code: str = ""
    credibility: int | None = None  # CREDIBILITY: 1 (confirmed by other sources) .. 6
    # Until someone who knows the source says otherwise, a report is taken to be one that could
    # identify its informant, and its text stays out of every document but the team's own: a
    # court dossier without a tip is mended with `report edit`, a named informant is not.
    could_identify_source: bool = True
    person_ids: list[int] = field(default_factory=list)
    id: int | None = None
    # Its outcome, learnt later and apart from its credibility: why it proved false ("" while
    # it has not) and when that was found (`report edit --proved-false`).
    proved_false: str = ""
    proved_false_on: FuzzyDate = field(default_factory=FuzzyDate)


# A report's credibility: the standard 1-6 scale of how credible a piece of information is,
# 1 the most credible. Said beside its number wherever it is shown, as a bare "2" does not say
# whether 1 is best (app/reports/labels.py words it in the papers' languages).
CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def credibility_said(value: int | None) -> str:
    """'2 (probably true)'; '' for a report whose credibility was not judged."""
    return "" if value is None else f"{value} ({CREDIBILITY[value]})"


@dataclass
class CostEntry:
    amount: Decimal
    currency: str
    paid_to: str = ""
    purpose: str = ""
    date: FuzzyDate = field(default_factory=FuzzyDate)
    id: int | None = None


@dataclass
class RescueOperation:
    date: FuzzyDate = field(default_factory=FuzzyDate)
    from_place: str = ""
    route: str = ""
    handover_point: str = ""
    team_codes: str = ""
    outcome: str = ""
    # the day she was handed to her family, read as a date (its text as typed)
    handover_to_family: FuzzyDate = field(default_factory=FuzzyDate)
    needs: str = ""
    notes: str = ""
    person_ids: list[int] = field(default_factory=list)
    costs: list[CostEntry] = field(default_factory=list)
    id: int | None = None
    # The status it gives each person it names (RESCUE_GIVES); None: recorded before a rescue
    # could give one, so nobody said whether she was freed.
    gives_status: str | None = None


# What a rescue may give the persons it names: freed (rescued at its date, and reunited at the
# handover to her family when that has a date), reunited at once, or nothing (an operation that
# failed, or freed someone else). The outcome is free text in any language and decides nothing.
RESCUE_GIVES = ("rescued", "reunited", "none")


def rescue_freed(op: RescueOperation) -> bool | None:
    """Whether the operation freed the persons it names, as the status it gives says: True
    (rescued or reunited), False (none: it failed, or freed someone else), None (recorded
    before a rescue gave a status: the record does not say). Never read from the outcome,
    free text in any language."""
    if op.gives_status is None:
        return None
    return op.gives_status != "none"


def rescue_statuses(op: RescueOperation) -> list[tuple[str, FuzzyDate]]:
    """The statuses the rescue gives each of its persons, with their dates (blank: the day it
    is recorded is all that is known)."""
    if op.gives_status in (None, "none"):
        return []
    handed = op.handover_to_family if op.handover_to_family.latest else None
    out = [("rescued", op.date)]
    if handed is not None:
        out.append(("reunited", handed))
    elif op.gives_status == "reunited":
        out.append(("reunited", op.date))
    return out


@dataclass
class Incident:
    """An abduction event in which many people were taken together."""

    date: FuzzyDate = field(default_factory=FuzzyDate)
    place: str = ""
    description: str = ""
    id: int | None = None


def gave_unsaid(status_now: str, op: RescueOperation) -> bool:
    """A rescue recorded before a rescue could give a status, of a woman whose status is still
    short of rescued: her papers say the two disagree instead of guessing from the outcome."""
    return op.gives_status is None and status_now not in ("rescued", "reunited", "deceased")
