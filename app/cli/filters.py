"""The filters `search` and `person list` share: status, village, sex, age (today or when taken)
and abduction dates, read alike and said alike."""

from __future__ import annotations

import argparse
from datetime import date

from app.cli.options import DATE, VILLAGE_HELP, date_range, read_date, sex_word, status_word
from app.domain.errors import ValidationError
from app.domain.fuzzydate import ABDUCTIONS_BEGAN, EXAMPLES
from app.domain.person import Status
from app.reports.profiles import still_held
from app.search_service import age_filter
from app.village_filter import villages_split

# The flags in the order they are offered, for repeating them in a message.
_FLAGS = ("status", "held", "village", "sex", "min_age", "max_age", "age_when_taken", "abducted_from",
          "abducted_to", "seen_since")


# The statuses of a woman still held, as her papers count them (profiles.still_held).
HELD = tuple(s.value for s in Status if still_held(s.value))
STATUS_HELP = "her current status; repeat it for any of several (--status missing --status sighted)"
HELD_HELP = f"still held: any of {', '.join(HELD)} (as her papers count them)"


def add_status_filters(p: argparse.ArgumentParser) -> None:
    """--status, repeated for any of several, and --held (the statuses of one still held)."""
    p.add_argument("--status", type=status_word, choices=[x.value for x in Status],
                   action="append", help=STATUS_HELP)
    p.add_argument("--held", action="store_true", help=HELD_HELP)


def statuses_chosen(args) -> tuple[str, ...]:
    """The statuses --status (repeated) and --held choose, each once, in the order of Status:
    argparse had kept only the last --status, and a list of two read as complete."""
    chosen = set(args.status or ()) | (set(HELD) if args.held else set())
    return tuple(s.value for s in Status if s.value in chosen)


def status_fields(args) -> dict:
    """The fields of PersonFilter and SearchFilter the status options give: one status as
    status, several as statuses (any of them); none without them."""
    chosen = statuses_chosen(args)
    if len(chosen) > 1:
        return {"status": None, "statuses": chosen}
    return {"status": chosen[0] if chosen else None}


def add_person_filters(p: argparse.ArgumentParser) -> None:
    add_status_filters(p)
    p.add_argument("--village", metavar="V", help=VILLAGE_HELP)
    p.add_argument("--sex", type=sex_word, help="F, M or U")
    add_age_filters(p)
    p.add_argument("--abducted-from", metavar=DATE,
                   help=f"abducted on or after DATE ({EXAMPLES})")
    p.add_argument("--abducted-to", metavar=DATE, help="abducted on or before DATE")
    p.add_argument("--seen-since", metavar=DATE, help=SEEN_HELP)


# Which reports count is said in db/repositories/seen.py, the one place that chooses them.
SEEN_HELP = ("a report about her was observed on or after DATE and came in on or after it, or "
             "a dated status says she was seen alive on or after it (sighted, located, ...; "
             "2024: any time in 2024 or later; \"about 2022\" is read as 2022, here and in "
             "DATE; a report or status under a record merged into hers counts; a report that "
             "gives no observed date does not)")


def add_age_filters(p: argparse.ArgumentParser) -> None:
    """--min-age, --max-age and --age-when-taken, as `person list`, `search` and `summary`
    take them."""
    # Today, as the desktop's age boxes count: the lawyer's other question, how old she was
    # when taken, is asked with --age-when-taken.
    p.add_argument("--min-age", type=int, metavar="YEARS",
                   help="her age today, from her recorded birth (a person with none is left out)")
    p.add_argument("--max-age", type=int, metavar="YEARS", help="her age today, as --min-age")
    p.add_argument("--age-when-taken", action="store_true",
                   help="--min-age and --max-age are her age when she was taken: at her "
                        "abduction date, else her incident's, in "
                        f"{ABDUCTIONS_BEGAN} where neither is recorded "
                        "(--max-age 17 --age-when-taken: girls under 18 when taken)")


def filter_fields(args) -> dict:
    """The filter the options describe, as fields of PersonFilter and SearchFilter."""
    ages: dict = {"taken_min_age": args.min_age, "taken_max_age": args.max_age}
    born_from, born_to = age_filter(args.min_age, args.max_age)  # refuses a reversed range
    if not args.age_when_taken:
        ages = {"born_from": born_from, "born_to": born_to}
    abducted_from, abducted_to = date_range(args.abducted_from, args.abducted_to,
                                            ("--abducted-from", "--abducted-to"))
    return {**status_fields(args), "village": args.village, "sex": args.sex, **ages,
            "abducted_from": abducted_from, "abducted_to": abducted_to,
            "seen_since": seen_since(args.seen_since)}


def seen_since(typed: str | None) -> date | None:
    """The first day --seen-since means (06/2024: 1 June 2024; "about 2024": 2024, as the
    reports' dates are read, db/repositories/seen.py); None without it. A blank one is
    refused: taken as none, it chose everyone."""
    if typed is None:
        return None
    if not typed.strip():
        raise ValidationError("--seen-since is blank: give a date (e.g. 2024, 06/2024), or "
                              "leave --seen-since out")
    day = read_date(typed, "--seen-since").as_written().earliest
    if day is None:
        raise ValidationError(f"--seen-since: {typed.strip()} has no first day: give the year "
                              "or month it is since (e.g. 2024, 06/2024)")
    return day


def seen_said(args) -> str | None:
    """How --seen-since was read, in words ("seen since 06/2024: a report about her observed on
    or after 2024-06-01 ..."); None without it."""
    if args.seen_since is None:
        return None
    return (f"seen since {args.seen_since.strip()}: a report or a status: a report about her "
            f"observed on or after {seen_since(args.seen_since).isoformat()} and received on or "
            "after it, or a dated status saying she was seen alive (sighted, located, in "
            "negotiation, rescued, reunited) on or after it (\"about\" read as the date written; "
            "a report that gives no observed date does not count)")


def age_said(args, today: date | None = None) -> str | None:
    """The age asked for, in words that say which age it is; None when none was asked."""
    low, high = args.min_age, args.max_age
    if low is None and high is None:
        return None
    years = (f"{low} to {high}" if low is not None and high is not None
             else f"{low} or more" if low is not None else f"{high} or less")
    when = (f"when taken (at her abduction date, else her incident's; in {ABDUCTIONS_BEGAN} "
            "where neither is recorded)"
            if args.age_when_taken else f"today (in {(today or date.today()).year})")
    return (f"age {years} {when}, by her recorded birth; persons with no birth recorded are "
            "left out")


def given_filters(args) -> list[str]:
    """The filter options as they were given, to repeat in a command to type."""
    out: list[str] = []
    for name in _FLAGS:
        value = getattr(args, name)
        flag = "--" + name.replace("_", "-")
        if value is True:
            out.append(flag)
        elif isinstance(value, list):  # a repeated option: each as given
            out += [x for v in value for x in (flag, v)]
        elif value not in (None, False):
            text = str(value)
            out += [flag, text if text and " " not in text else repr(text)]
    return out


def villages_taken(session, typed: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the vault's villages that are the one typed, those only like it) for --village, as
    `person list` takes them; two empty tuples without a village."""
    if not typed or not typed.strip():
        return (), ()
    return villages_split(typed, session.persons.village_counts())


def village_chosen(session, typed: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the vault's villages that are the one typed, the similar ones left out) for a
    --village that takes the village itself (search, summary); refused when blank (a
    script's empty "$V") or when the vault writes only a similar village (villages_chosen)."""
    if typed is None:
        return (), ()
    if not typed.strip():
        raise ValidationError("--village is blank: give the village, or leave --village out")
    return session.persons.villages_chosen(typed)


def chosen_line(typed: str | None, exact: tuple[str, ...], left_out: tuple[str, ...]) -> str:
    """Which villages a --village read exactly took, and the similar ones it did not ("village
    Kocho: records written Kocho or كوجو; similar villages not taken: Kochoo"); "" without."""
    taken = villages_line(typed, exact, ())
    return taken + (f"; similar villages not taken: {', '.join(left_out)}" if taken and left_out
                    else "")


def villages_line(typed: str | None, exact: tuple[str, ...], like: tuple[str, ...]) -> str:
    """Which villages a loose --village took ("village Hardann: records written Hardan (a
    similar name, not the village typed)"), so a list read as Hardann's is seen to be
    Hardan's; "" without a village."""
    if not typed or not typed.strip():
        return ""
    if not exact and not like:
        return f"village {typed.strip()}: no village of the vault is written so or like it"
    similar = (f"{' or '.join(like)} (a similar name, not the village typed)" if like else "")
    return (f"village {typed.strip()}: records written "
            + ", and ".join(x for x in (" or ".join(exact), similar) if x))


def exact_village(fields: dict, exact: tuple[str, ...], like: tuple[str, ...]) -> dict:
    """fields with the village taken only as the vault writes it: a filter that changes who
    may receive records must not guess a similar village (Hardann for Hardan). Refused, naming
    what it could mean, when the vault has no village written as typed but one like it."""
    typed = (fields.get("village") or "").strip()
    if fields.get("village") is None:
        return fields
    if not typed:
        # a script's empty "$V": taken as no village at all, it chose every record
        raise ValidationError("nothing changed: --village is blank; give the village whose "
                              "records to set, or leave --village out")
    if not exact and like:
        raise ValidationError(
            f"nothing changed: no village of the vault is written {typed!r} (in any script or "
            f"spelling of that place); it could mean {' or '.join(like)}. Sharing levels are set "
            "by a village only as the vault writes it: give --village with the one meant "
            f"(`casekeeper person list --village {like[0]!r}` shows whom it chooses)")
    return {**fields, "villages": exact}
