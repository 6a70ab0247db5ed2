"""Writing a file that holds case data for the user's account alone (0600), whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: str | os.PathLike, data: bytes) -> None:
    """Owner-only from the first byte; a file being replaced is made owner-only too (open()'s
    mode applies only to a new file, and the old one may have been readable by all)."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        path.unlink(missing_ok=True)  # never half a file (a full disk)
        raise
