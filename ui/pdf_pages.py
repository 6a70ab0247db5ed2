"""PDF pages as images for the preview and for printing, rendered by poppler's pdftoppm.

The PDF goes in through stdin and the PNGs come back through stdout: nothing touches the disk
(a page image holds the case data in plain form). PySide6-Essentials has no QtPdf module.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time

from app.domain.errors import Cancelled, CaseKeeperError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# How often Cancel is looked at while pdftoppm draws (seconds)
POLL = 0.1


def split_pngs(data: bytes) -> list[bytes]:
    """pdftoppm without an output name writes every page's PNG one after the other."""
    starts = []
    pos = data.find(PNG_SIGNATURE)
    while pos != -1:
        starts.append(pos)
        # the next page begins after this one's IEND chunk
        end = data.find(b"IEND", pos)
        pos = data.find(PNG_SIGNATURE, end if end != -1 else pos + 1)
    return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)], strict=True)]


def render_pages(pdf: bytes, dpi: int = 80, timeout: float = 120,
                 cancel: threading.Event | None = None) -> list[bytes]:
    """Each page as PNG bytes; raises CaseKeeperError if the renderer is missing or fails.
    cancel: looked at while pdftoppm draws (the preview of a summary of every person is 50 s
    of it); once set, pdftoppm is ended and Cancelled raised. Ending it loses nothing: it
    reads the PDF from stdin and writes nothing but to stdout."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise CaseKeeperError("the page preview needs pdftoppm (Debian: poppler-utils); the PDF "
                              "can still be saved")
    _check(cancel)
    deadline = time.monotonic() + timeout
    with subprocess.Popen([tool, "-png", "-r", str(dpi), "fd://0"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        try:
            given: bytes | None = pdf
            while True:
                try:
                    out, _err = proc.communicate(given, timeout=POLL)
                    break
                except subprocess.TimeoutExpired:
                    given = None  # being written still: communicate goes on where it was
                    _check(cancel)
                    if time.monotonic() > deadline:
                        raise CaseKeeperError("the page preview took too long") from None
        except BaseException:
            proc.kill()  # cancelled, too long, or the thread stopped: not left drawing
            proc.communicate()
            raise
    if proc.returncode != 0:
        raise CaseKeeperError("the PDF could not be drawn for the preview")
    return split_pngs(out)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled: the preview was not drawn")
