"""Whether a sender's list under another file name is a version of an earlier one of hers."""

from __future__ import annotations

# The share of the smaller list's women the two lists must have in common to be one list's
# versions (is_version): above one half, so two women of four is not a version.
SHARE = 2 / 3
# Or this share of the longer list (so of both): two lists of about the same size.
BOTH = 1 / 2


def is_version(shared: int, then: int, now: int) -> bool:
    """Whether two lists of one sender under two file names, of then and now women, are
    versions of one list, by the women both name (shared): at least two thirds of the smaller
    list's. Measured against the smaller, a true version that doubled in size and gained a
    column stays one (taking it for another list made its hand-decided woman a second
    person, review 37); above one half, a sender's separate four-row list naming two women
    of her main list is no version of it, in her usual columns or not, which had been read
    as its next version, the main list's other women all 'removed' (tester 37c). Or half of
    both lists, of about the same size: a version of two women that replaced one (a sister
    where Viyan was, l2020), or respelt many names."""
    return shared > 0 and (shared >= SHARE * min(then, now) or shared >= BOTH * max(then, now))
