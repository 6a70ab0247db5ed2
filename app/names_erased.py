"""The name parts an edit would erase, named with what they said, so that it is asked first."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person


def parts_erased(old: Person, new: Person) -> list[tuple[NamePart, NameText]]:
    """Each name part old had and new has in neither script, with its old spellings: a known
    name wiped is more often a slip (a box cleared to retype it, the wrong box) than meant,
    and search and her papers no longer know her by it."""
    return [(part, old.names[part]) for part in NamePart if part in old.names
            and not old.names[part].is_blank and new.names.get(part, NameText()).is_blank]


def spellings_erased(old: Person, new: Person) -> list[tuple[NamePart, str]]:
    """Each spelling old had and new has blank (a part erased in one script or both): the
    command line's `--given ""` (a variable left empty in a script) erases it unseen."""
    out = []
    for part in NamePart:
        text = old.names.get(part, NameText())
        now = new.names.get(part, NameText())
        out += [(part, was.strip()) for was, then in ((text.original, now.original),
                                                       (text.latin, now.latin))
                if was.strip() and not then.strip()]
    return out
