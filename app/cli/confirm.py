"""Asking before a deletion that cannot be undone: in a terminal the user types the number back,
elsewhere `--yes` says it was meant."""

from __future__ import annotations

import sys

from app.domain.errors import ValidationError


def confirm_deletion(token: str, what: str, lines: list[str], yes: bool,
                     verb: str = "delete") -> None:
    """Returns when the deletion of `what` (named by `token`) is meant; raises otherwise, with
    nothing deleted. A deleted record keeps no name in the audit trail (a deletion may be made
    to protect her), so a slip of the keyboard could not be put right. verb: "remove" for a
    photo, contact or link taken off a record that stays."""
    if yes:
        return
    done = {"delete": "deleted", "remove": "removed"}[verb]
    if not sys.stdin.isatty():
        raise ValidationError(f"nothing {done}: {verb[:-1]}ing {what} cannot be undone; add "
                              f"--yes to {verb} it without being asked")
    print("\n".join([f"About to {verb} {what}; this cannot be undone.", *lines]),
          file=sys.stderr)
    if not _typed_back(token, verb):
        raise ValidationError(f"nothing {done}: {what} is kept")


def confirm_erasing(case_no: str, erased: list[str], yes: bool) -> None:
    """Returns when erasing the names listed ("given name 'Nesrîn'") from case_no's record is
    meant; raises otherwise, with nothing changed. An empty value (`--given ""`, or a shell
    variable left empty) erases a name she is known by, which search and her papers then lose."""
    if yes or not erased:
        return
    what = f"{case_no}'s {' and '.join(erased)}"
    if not sys.stdin.isatty():
        raise ValidationError(f"nothing changed: an empty value would erase {what}; add --yes "
                              "to erase it")
    print(f"About to erase {what} (the audit trail keeps the old value).", file=sys.stderr)
    if not _typed_back(case_no, "erase"):
        raise ValidationError(f"nothing changed: {what} is kept")


def _typed_back(token: str, verb: str) -> bool:
    """Whether the user types token back at the terminal's question (any case)."""
    try:
        answer = input(f"Type {token} to {verb} it (anything else keeps it): ")
    except EOFError:
        answer = ""
    return answer.strip().upper() == token.upper()
