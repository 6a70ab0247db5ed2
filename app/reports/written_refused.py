"""A paper's file the system refuses to write, said as the Back up dialog says a drive's
refusal: which folder, that nothing was saved, and to choose another (in her language)."""

from __future__ import annotations

import errno
from pathlib import Path

from app.domain.errors import InputFileError

# The Print screen said the system's English ("cannot write /proc/self/dossier.pdf: No such
# file or directory"), and nothing of what to do.
NOT_WRITABLE = ("the PDF cannot be written to %1 (read-only, or not yours): nothing was saved; "
                "choose another folder or drive")
FULL = "the drive of %1 is full: nothing was saved; free space on it, or choose another drive"
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR)


def written_refused(out: Path, error: OSError) -> InputFileError:
    """The error to say for a PDF that could not be written at out."""
    folder = Path(out).parent
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return InputFileError.saying(FULL, folder)
    if error.errno in _REFUSED:
        return InputFileError.saying(NOT_WRITABLE, folder)
    return InputFileError(f"cannot write {out}: {error.strerror}")
