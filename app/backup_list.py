"""What `backup DEST --list` says of a drive: each backup, this vault's or not, and the unfinished
copies a backup cut off left there."""

from __future__ import annotations

from pathlib import Path

from app import backup_drive as drive
from app.backup import PREFIX, backups_in


def listing(session, dest: Path) -> list[dict]:
    """Every backup in dest, oldest first by name, each said to be this vault's or not, then the
    unfinished copies (a whole vault nobody would see otherwise). The trail is read once for
    them all: a vault of years and a drive of many backups took a read of it for each."""
    places = drive.Places(session)
    rows = []
    for p in backups_in(dest):
        # this vault's only where its chain head is an entry of this trail: a copy of this
        # vault has the same vault-id.txt, and what it added since is on its backups alone
        ours = drive.place_in_trail(session, p, places) is not None
        copy = not ours and drive.is_of(session, p, places) is True
        rows.append({"folder": str(p), "name": p.name, "this_vault": ours,
                     **({"copy_gone_apart": True} if copy else {})})
    for p in drive.unfinished_in(dest, PREFIX):
        ours = drive.is_of(session, p, places) is True
        rows.append({"folder": str(p), "name": p.name, "this_vault": ours, "unfinished": True})
    return rows
