"""A file's path as a person types or pastes it: in quotes, with a line break, with ~, or as the
file:// address a file manager copies."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote_to_bytes

# scheme://... : an address. A scheme has two letters at least: C:\Lists is a Windows path.
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
# file:///home/..., file://localhost/home/..., and file:/home/... as some programs write it
_FILE = re.compile(r"^file:(?://(?P<host>[^/]*))?(?P<path>/.*)$", re.IGNORECASE | re.DOTALL)
_LOCAL_HOSTS = ("", "localhost")


class NotOnThisComputer(ValueError):
    """An address of something elsewhere (https://, smb://, file://server/...): the list must be
    copied onto this computer before it can be read."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class SeveralPaths(ValueError):
    """More than one line pasted: a file manager copies one line per file chosen."""


def typed_path(text: str) -> str:
    """The local path the text names ("" for none). Windows' "Copy as path" puts it in quotes,
    a file manager's copy may end with a line break or be a file:// address (its letters
    percent-encoded), and ~ is the user's folder."""
    text = text.strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if not text:
        return ""
    if "\n" in text or "\r" in text:
        raise SeveralPaths(text)
    url = _FILE.match(text)
    if url:
        if (url["host"] or "").lower() not in _LOCAL_HOSTS:
            raise NotOnThisComputer(text)
        # Decoded to the bytes the address stands for, then to a name as this system reads
        # its file names: a name in any encoding reaches the same file.
        path = os.fsdecode(unquote_to_bytes(url["path"]))
        if os.name == "nt" and re.match(r"^/[A-Za-z]:", path):
            path = path[1:]  # file:///C:/Lists/x.xlsx is C:/Lists/x.xlsx
        return str(Path(path))
    if _ADDRESS.match(text):
        raise NotOnThisComputer(text)
    return str(Path(text).expanduser())
