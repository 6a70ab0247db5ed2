"""A new recovery code is hers only once it was shown: until then the vault remembers, and says so."""

from __future__ import annotations

from datetime import UTC, datetime

UNSEEN_MARK = "recovery_code_unseen"

# How a vault left with a code nobody saw gets one she has: the command line and the desktop.
MAKE_ONE = ("make a new one now with `casekeeper passwd --new-recovery-code` (on the desktop: "
            "Vault > Change passphrase, with the new-key box ticked)")


def mark_unseen(session) -> None:
    """Set before a new code takes hold: a stop before it is shown is then said at every unlock."""
    with session.db.transaction():
        session.meta.set(UNSEEN_MARK, datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def mark_seen(session) -> None:
    """The new code was shown (printed, or written down on the desktop)."""
    if session.meta.get(UNSEEN_MARK) is None:
        return
    with session.db.transaction():
        session.meta.delete(UNSEEN_MARK)


def unseen_at(session) -> str | None:
    """When a code was made that was perhaps never shown; None when every code was."""
    return session.meta.get(UNSEEN_MARK)


def unseen_warning(session) -> str | None:
    """What to tell her when a code was made (at the time kept) but perhaps never shown."""
    at = unseen_at(session)
    if at is None:
        return None
    return (f"a new recovery code was being made on {at} and was never shown (the program "
            f"stopped first): the code written down may no longer open the vault; {MAKE_ONE}")
