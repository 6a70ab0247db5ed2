"""A new recovery code is hers only once it was shown: until then the vault remembers, and says so."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from app.domain.errors import VaultError
from db.keyslots import TAG_RECOVERY, SlotFile, slot_params

UNSEEN_MARK = "recovery_code_unseen"
# The recovery slot the vault had when the mark was set: still the same at an unlock, the change
# never took (cut off first, rolled back) and the code written down opens the vault as before.
UNSEEN_SLOT = "recovery_code_unseen_slot"
SLOT_FILE = "keyslots.bin"

# How a vault left with a code nobody saw gets one she has: the command line and the desktop.
MAKE_ONE = ("make a new one now with `casekeeper passwd --new-recovery-code` (on the desktop: "
            "Vault > New recovery code...)")


def mark_unseen(session) -> None:
    """Set before a new code takes hold: a stop before it is shown is then said at every unlock."""
    with session.db.transaction():
        session.meta.set(UNSEEN_MARK, datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
        session.meta.set(UNSEEN_SLOT, _recovery_slot(session.folder))


def mark_seen(session) -> None:
    """The new code was shown (printed, or written down on the desktop)."""
    if session.meta.get(UNSEEN_MARK) is None:
        return
    with session.db.transaction():
        session.meta.delete(UNSEEN_MARK)
        if session.meta.get(UNSEEN_SLOT) is not None:
            session.meta.delete(UNSEEN_SLOT)


def unseen_at(session) -> str | None:
    """When a code was made and never shown; None when every code was, or when the change was
    cut off before the vault took it (its recovery slot is the one it had): the mark is let go
    of then, for the code written down still opens the vault."""
    at = session.meta.get(UNSEEN_MARK)
    before = session.meta.get(UNSEEN_SLOT)
    if at is not None and before and before == _recovery_slot(session.folder):
        mark_seen(session)
        return None
    return at


def unseen_warning(session) -> str | None:
    """What to tell her when a code was made (at the time kept) but perhaps never shown."""
    at = unseen_at(session)
    if at is None:
        return None
    if session.meta.get(UNSEEN_SLOT):  # the slot it was made over is gone: the old code too
        return (f"a new recovery code was made on {at} and was never shown (the program stopped "
                f"first): the code written down no longer opens the vault; {MAKE_ONE}")
    # marked by an earlier version, with no slot to tell by: whether it took is not known
    return (f"a new recovery code was being made on {at} and was never shown (the program "
            f"stopped first): the code written down may no longer open the vault (`casekeeper "
            f"unlock-check --recovery` tells whether it does); {MAKE_ONE}")


def _recovery_slot(folder: Path) -> str:
    """A fingerprint of the vault's recovery slot (it changes with every new code); "" where
    the key file cannot be read."""
    try:
        slots = SlotFile(Path(folder) / SLOT_FILE).read()
    except VaultError:
        return ""
    for slot in slots:
        info = slot_params(slot)
        if info is not None and info[0] == TAG_RECOVERY:
            return hashlib.sha256(slot).hexdigest()
    return ""
