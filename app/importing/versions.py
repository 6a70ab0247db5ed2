"""Whether a sender's list under another file name is a version of an earlier one of hers."""

from __future__ import annotations

import json

# The share of names two lists must have in common to be one list's versions (below).
SHARE = 0.5


def columns_of(raw_json: str | None) -> frozenset[str]:
    """A list's column headings (folded), from the raw cells of one of its rows."""
    try:
        cells = json.loads(raw_json or "{}")
    except ValueError:
        return frozenset()
    return frozenset(" ".join(str(h).casefold().split()) for h in cells) \
        if isinstance(cells, dict) else frozenset()


def same_columns(a: str | None, b: str | None) -> bool:
    """Whether two rows' raw cells (each a list's first row) come under the same headings."""
    mine = columns_of(a)
    return bool(mine) and mine == columns_of(b)


def is_version(shared: int, then: int, now: int, same_columns: bool) -> bool:
    """Whether two lists of one sender under two file names, of then and now rows, are
    versions of one list, by the women both name (shared): most of both lists (a version adds
    and removes a few women), or, under the same columns, most of the shorter (a list that
    grew or shrank a lot). One or two women in common is no evidence: a sender's separate
    short list of other villages, in other columns, named two women of her main list and was
    read as its next version, the main list's other women all 'removed' (tester 37c)."""
    if not shared:
        return False
    if shared >= SHARE * max(then, now):
        return True
    return same_columns and shared >= SHARE * min(then, now)
