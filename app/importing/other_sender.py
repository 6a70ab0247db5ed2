"""The exact file one sender's list came from, given again under another sender: refused."""

from __future__ import annotations

from app.domain.errors import ValidationError
from db.repositories.importing import BatchRecord

# The desktop's words (ui/error_words.py): it has no --source nor --again, the sender is typed
# on the file page, and whoever truly has another sender's copy imports it from the command line.
SAID = ("this exact file was imported as batch %1, from the sender %2, not %3: the same bytes "
        "would stand as two senders' lists. If it is the same sender named another way, type "
        "the sender as first given (%2) and read the file again; if another sender truly sent "
        "it, the command line imports it anyway (casekeeper import --again)")


def first_sender(same: list[BatchRecord], source: str) -> BatchRecord | None:
    """The first import of these very bytes (committed, in order), when none of them was under
    source: read anew, the same bytes would stand as two senders' lists on every woman it
    names. None when source imported them itself (a double import, or a version sent again)."""
    if not same or any((b.list_source or "") == (source or "") for b in same):
        return None
    return same[0]


def refusal(file_name: str, same: list[BatchRecord], source: str) -> ValidationError | None:
    """The refusal of these bytes under source, for the command line and the desktop alike;
    None if first_sender finds none. It names both ways on: the sender typed another way
    (the name first given reads it as that list's, a version sent again where a later one
    came since), and another sender truly sending it (--again)."""
    b = first_sender(same, source)
    if b is None:
        return None
    what = f"sheet {b.sheet!r} of this exact file" if b.sheet else "this exact file"
    was = f"source {b.list_source!r}" if b.list_source else "no source"
    now = f"source {source!r}" if source else "no source"
    again = f"--source {b.list_source!r}" if b.list_source else "no --source"
    return ValidationError.saying_apart(
        f"{file_name}: {what} was imported as batch {b.id} on {b.committed_at}, from {was}, "
        f"not {now}: the same bytes would stand as two senders' lists. If it is the same sender "
        f"named another way, import it as first given ({again}); if another sender truly sent "
        "it, --again imports it anyway", SAID, b.id, b.list_source or "-", source or "-")
