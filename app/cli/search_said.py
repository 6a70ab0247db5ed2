"""What `search` says of the matches it did not show: past --limit, or left out by a filter only
for a value their record does not give (no abduction date recorded is not "taken at another
time")."""

from __future__ import annotations

# A field a filter asked about, as said when her record does not give it.
_NOT_GIVEN = {"status": "status unknown", "sex": "sex unknown",
              "village": "no village recorded", "birth": "no birth recorded",
              "abduction": "no abduction date recorded"}
# The options that filter on each field, in the order they are offered.
_OPTIONS = {"status": ("status", "held"), "sex": ("sex",), "village": ("village",),
            "birth": ("min_age", "max_age"), "abduction": ("abducted_from", "abducted_to")}


def more_line(shown: int, more: int, exact: bool, next_score: float | None, limit: int) -> str:
    """'20 of 34 matches shown (the next scores 0.85); --limit 34 shows them all'; of more than
    a screen or two, '20 of 5252 matches shown (...); --limit 100 shows more'; when not
    counted, '20 matches shown, and at least 40 more matched (...)'; '' when none matched past
    the limit."""
    if more <= 0:
        return ""
    nxt = f" (the next scores {next_score:.2f})" if next_score is not None else ""
    page = max(limit * 5, 100)  # a longer list than that is better narrowed by more of her name
    if exact and shown + more <= page:
        return f"{shown} of {shown + more} matches shown{nxt}; --limit {shown + more} shows them all"
    said = (f"{shown} of {shown + more} matches shown" if exact
            else f"{shown} matches shown, and at least {more} more matched")
    return f"{said}{nxt}; --limit {page} shows more"


def unrecorded_line(unrecorded: list, every: bool, args) -> str:
    """'1 record with no abduction date recorded is left out by the filters, which cannot tell
    whether it fits (SNJ-00002 1.00); search without --abducted-from and --abducted-to to see
    it'; '' when there is none."""
    if not unrecorded:
        return ""
    fields = [f for f in _NOT_GIVEN if any(f in r.unrecorded for r in unrecorded)]
    n, best = len(unrecorded), unrecorded[0]
    one = n == 1 and every
    shown = f"{'' if one else 'best: '}{best.case_no} {best.score:.2f}"
    return _left_out(f"{n}{'' if every else ' or more'}", one, fields, f" ({shown})", "search",
                     args)


def unrecorded_count_line(n: int, fields: tuple[str, ...], args,
                          command: str = "person list") -> str:
    """`person list`'s: '3 records with no abduction date recorded are left out by the
    filters, which cannot tell whether they fit; person list without --abducted-from to see
    them'; '' when there is none. A summary's, a line for each field (command "summary")."""
    return _left_out(str(n), n == 1, list(fields), "", command, args) if n else ""


def _left_out(count: str, one: bool, fields: list[str], best: str, command: str, args) -> str:
    what = " or ".join(_NOT_GIVEN[f] for f in fields)
    flags = [("--" + o.replace("_", "-")) for f in fields for o in _OPTIONS[f]
             if getattr(args, o, None) not in (None, False)]
    options = (", ".join(flags[:-1]) + " and " + flags[-1] if len(flags) > 1
               else flags[0] if flags else "those filters")
    return (f"{count} record{'' if one else 's'} with {what} {'is' if one else 'are'} left out "
            f"by the filters, which cannot tell whether {'it fits' if one else 'they fit'}"
            f"{best}; {command} without {options} to see {'it' if one else 'them'}")
