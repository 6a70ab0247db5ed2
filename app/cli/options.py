"""Option values shared by the commands: fuzzy dates as people type them, positive counts."""

from __future__ import annotations

import argparse
from datetime import date

from app.domain.errors import ValidationError
from app.domain.fuzzydate import EXAMPLES, FuzzyDate
from app.domain.records import source_code_typed

# Every option that takes a date says so with this metavar (a test finds them by it).
DATE = "DATE"


def read_date(text: str | None, flag: str, birth: bool = False) -> FuzzyDate:
    """The one reading of a date typed for any option: typed_date (app/typed_date.py), as the
    importer and the desktop's date boxes read dates: a number Excel would make a day the date
    cannot be (20014, 1954-10-17, as an abduction) refused; a birth also as an age ('age 12 in
    2014', 'عمر 12'), a bare number of one or two digits refused as her age or a year. What it
    cannot read is refused with the flag and the examples."""
    from app.typed_birth import AgeOrYear
    from app.typed_date import typed_date

    try:
        return typed_date(text, birth)
    except AgeOrYear as e:
        raise ValidationError(f"{flag}: {e}") from None
    except ValueError as e:
        also = ", age 12 in 2014 or age 12, year not given" if birth else ""
        raise ValidationError(f"{flag}: {e} ({EXAMPLES}{also})") from None


def fuzzy_date(text: str | None, flag: str, today: date | None = None,
               birth: bool = False) -> FuzzyDate:
    """The date typed for flag; a date that cannot be read, or lies wholly in the future
    (2041 typed for 2014), is refused with the flag and the examples, before anything is saved."""
    d = read_date(text, flag, birth)
    if d.in_future(today):
        raise ValidationError(f"{flag}: {text!r} is in the future ({EXAMPLES})")
    return d


def date_range(first: str | None, last: str | None, flags: tuple[str, str]
               ) -> tuple[date | None, date | None]:
    """The days a filter's two dates span: from the first day the first can mean to the last
    day the last can mean (--abducted-to 2014-08 takes all of August), as the desktop's boxes
    read them; two dates the wrong way round are refused by name."""
    start = read_date(first, flags[0]).earliest
    end = read_date(last, flags[1]).latest
    if start and end and start > end:
        raise ValidationError(f"{flags[0]} {first!r} is after {flags[1]} {last!r}")
    return start, end


def source_code_arg(text: str) -> str:
    """argparse type for --source: the code as kept (k7 is K7); a blank one is refused, as it
    would list the reports of no code (`report sources` shows them as "(no code)")."""
    code = source_code_typed(text)
    if not code:
        raise argparse.ArgumentTypeError("give a source code, e.g. K7 (the reports with no "
                                         "code are the last line of `report sources`)")
    return code


def positive_int(text: str) -> int:
    """argparse type for counts such as --limit: 1 or more."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is not 1 or more")
    return n


def age_year(text: str) -> int:
    """argparse type for --age-year: a year from the abductions (2014) to today."""
    from app.domain.errors import InputFileError
    from app.importing.mapping import checked_age_year

    try:
        return checked_age_year(text, "--age-year")
    except InputFileError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--age-year: ")) from None


def score_fraction(text: str) -> float:
    """argparse type for --min-score: a score as the results show it, 0 to 1."""
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1 (scores run 0 to 1)")
    return x


_SEX_WORDS = {"f": "F", "female": "F", "woman": "F", "girl": "F", "m": "M", "male": "M",
              "man": "M", "boy": "M", "u": "U", "unknown": "U"}


def sex_word(text: str) -> str:
    """argparse type for --sex, to give or to filter by: f, female, woman ... are F."""
    sex = _SEX_WORDS.get(text.strip().lower())
    if sex is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not F, M or U")
    return sex


def status_word(text: str) -> str:
    """argparse type for statuses: 'in negotiation' as typed is in_negotiation."""
    return "_".join(text.strip().lower().split())


# One text for every --village filter, so search, list and summary say the same thing.
VILLAGE_HELP = ("village / town, with every spelling of it in the vault (Kocho also takes Koço, "
                "Kojo and كوجو); another place with a similar name is not taken")


def new_sex(text: str) -> str:
    """argparse type for import --new-sex: female or male, or 'row' (as each row says)."""
    return _list_wide(text, "sex_given")


def new_status(text: str) -> str:
    """argparse type for import --new-status: a status of a captive's case, or 'row'."""
    return _list_wide(text, "status_given")


def _list_wide(text: str, reader: str) -> str:
    from app.importing import list_wide

    if text.strip().casefold() == list_wide.AS_THE_ROW_SAYS:
        return list_wide.AS_THE_ROW_SAYS
    try:
        return str(getattr(list_wide, reader)(text, "").value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix(": ")) from None


def first_implied(parser: argparse.ArgumentParser, first: str) -> None:
    """A command that gained sub-commands keeps its old form: `photo SNJ-00001 face.jpg` is read
    as `photo add SNJ-00001 face.jpg`, since no sub-command is named SNJ-00001 (scripts and the
    docs wrote it so before `photo remove` was there)."""
    group = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parse = parser.parse_known_args

    def parse_known_args(args=None, namespace=None):
        args = list(args or [])
        i = 0
        while i < len(args) and args[i].startswith("-"):
            taken = parser._option_string_actions.get(args[i])
            i += 2 if taken is not None and taken.nargs != 0 else 1  # an option's value
        if i < len(args) and args[i] not in group.choices:
            args.insert(i, first)
        return parse(args, namespace)

    parser.parse_known_args = parse_known_args
