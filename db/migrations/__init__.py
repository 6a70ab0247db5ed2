"""Schema migrations: one frozen module per step (mNNNN_name.py), all pending steps in one transaction."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

from app.domain.errors import VaultError

_NAME = re.compile(r"^m(\d{4})_\w+$")


def available() -> list[tuple[int, ModuleType]]:
    steps = []
    for info in pkgutil.iter_modules(__path__):
        m = _NAME.match(info.name)
        if m:
            steps.append((int(m[1]), importlib.import_module(f"{__name__}.{info.name}")))
    return sorted(steps, key=lambda s: s[0])


def latest_version() -> int:
    steps = available()
    return steps[-1][0] if steps else 0


def current_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn) -> list[int]:
    """Bring the schema up to date; refuse a vault written by a newer CaseKeeper."""
    if _checked(current_version(conn)) == latest_version():
        return []
    # Every step in one transaction: a vault is at one format or the one before, never between;
    # and a new vault's schema costs one commit, not one per step.
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: two programs opening an old vault at once (the
        # desktop and an import) both saw the old format, and the second ran the steps the first
        # had committed ("duplicate column": the vault said damaged, a backup to be restored).
        have = _checked(current_version(conn))
        steps = [(number, module) for number, module in available() if number > have]
        for number, module in steps:
            for statement in module.STATEMENTS:
                conn.execute(statement)
            # what SQL alone cannot fill (m0012: the names' sort texts), in the same transaction
            if (after := getattr(module, "after", None)) is not None:
                after(conn)
            conn.execute(f"PRAGMA user_version = {number:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [number for number, _ in steps]


def _checked(have: int) -> int:
    """The vault's format, refused when a newer CaseKeeper wrote it."""
    newest = latest_version()
    if have > newest:
        raise VaultError(
            f"this vault has format {have}, newer than this CaseKeeper understands ({newest}); "
            "update CaseKeeper")
    return have
