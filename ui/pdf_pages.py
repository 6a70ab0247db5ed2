"""PDF pages as images for the preview and for printing, rendered by poppler's pdftoppm.

The PDF goes in through stdin and the PNGs come back through stdout: nothing touches the disk
(a page image holds the case data in plain form). PySide6-Essentials has no QtPdf module.
"""

from __future__ import annotations

import shutil
import subprocess

from app.domain.errors import CaseKeeperError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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


def render_pages(pdf: bytes, dpi: int = 80, timeout: float = 120) -> list[bytes]:
    """Each page as PNG bytes; raises CaseKeeperError if the renderer is missing or fails."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise CaseKeeperError("the page preview needs pdftoppm (Debian: poppler-utils); the PDF "
                              "can still be saved")
    try:
        done = subprocess.run([tool, "-png", "-r", str(dpi), "fd://0"], input=pdf,
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise CaseKeeperError("the page preview took too long") from None
    if done.returncode != 0:
        raise CaseKeeperError("the PDF could not be drawn for the preview")
    return split_pngs(done.stdout)
