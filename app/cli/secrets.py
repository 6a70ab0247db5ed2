"""Where the CLI gets secrets: environment, a file, or a prompt on a terminal (never a hang)."""

from __future__ import annotations

import codecs
import getpass
import os
import sys
from pathlib import Path

from app.domain.errors import CaseKeeperError


class NoSecret(CaseKeeperError):
    exit_code = 2


def _from_env(var: str) -> str | None:
    if var in os.environ:
        return os.environ[var]
    path = os.environ.get(var + "_FILE")
    if path:
        text, _ = _read_file(var, path)
        return text.rstrip("\r\n")  # only the line end: spaces may be part of the secret
    return None


def _read_file(var: str, path: str, warn: bool = True) -> tuple[str, bool]:
    """The file's text without its byte-order mark, and whether it began with UTF-8's."""
    try:
        data = Path(path).read_bytes()
        mode = os.stat(path).st_mode
    except OSError as e:
        raise NoSecret(f"cannot read {var}_FILE: {e.strerror}") from None
    if warn and os.name == "posix" and mode & 0o077:
        # said, not refused: the secret is already out on this laptop, and being locked
        # out of her own vault would help no one
        sys.stderr.write(f"casekeeper: warning: {path} ({var}_FILE) can be read by other "
                         f"accounts on this computer: chmod 600 {path}\n")
    try:
        # Notepad's "Unicode" is UTF-16 with its mark: the text it is, not a traceback
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            # utf-8-sig: Windows Notepad begins a file saved as UTF-8 with a byte-order mark,
            # unseen, and it was read as the passphrase's first character: refused, unsaid
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\0"
    # as text mode read it before (universal newlines): a CRLF or a lone CR inside the file
    # was a "\n" in the passphrase it set, and that vault must still open with that file
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:  # never the byte or its place: they are part of the secret
        raise NoSecret(f"cannot read {var}_FILE ({path}): it is not UTF-8 text: save it as "
                       "UTF-8 (in Notepad: Save As, Encoding UTF-8)") from None
    return text, data.startswith(codecs.BOM_UTF8)


def marked_passphrase() -> str | None:
    """The passphrase as versions before this one read a CASEKEEPER_PASSPHRASE_FILE beginning
    with Notepad's UTF-8 mark: the mark kept as its first character. A passphrase set from such
    a file was set so, and that file must still open her vault: tried where the passphrase
    without the mark is refused. None where no such file gives it."""
    var = "CASEKEEPER_PASSPHRASE"
    if given_by(var) != var + "_FILE":
        return None
    text, marked = _read_file(var, os.environ[var + "_FILE"], warn=False)  # said once
    return "\ufeff" + text.rstrip("\r\n") if marked else None


def given_by(var: str) -> str | None:
    """Which variable gives the secret (var, or var_FILE: the file it names), as _from_env
    reads them; None where it is asked for on the terminal."""
    if var in os.environ:
        return var
    return var + "_FILE" if os.environ.get(var + "_FILE") else None


def instead_of(var: str) -> str:
    """What unsetting var (refused) does, for the refusal to say: the prompt on a terminal,
    var_FILE's passphrase where both are set; "unset it to be asked" was said either way."""
    from app.refused_secret import ASKED_INSTEAD, FILE_INSTEAD, NO_TERMINAL_INSTEAD

    if var in os.environ and os.environ.get(var + "_FILE"):
        return FILE_INSTEAD % (var + "_FILE")
    if not _on_terminal():
        return NO_TERMINAL_INSTEAD
    return ASKED_INSTEAD


def _on_terminal() -> bool:
    return sys.stdin.isatty()


def _prompt(prompt: str, var: str) -> str:
    if not _on_terminal():
        raise NoSecret(f"no secret given: set {var} or {var}_FILE, or run in a terminal")
    return getpass.getpass(prompt)


def passphrase() -> str:
    found = _from_env("CASEKEEPER_PASSPHRASE")
    if found == "":
        # refused before a key is derived from it (seconds of work for nothing), and said as
        # empty: "not correct" sent her to look for a slip in a passphrase that is not there
        from app.refused_secret import EMPTY_FROM_ENV_HINT

        given = given_by("CASEKEEPER_PASSPHRASE")
        raise NoSecret(EMPTY_FROM_ENV_HINT % (given, instead_of("CASEKEEPER_PASSPHRASE")))
    return found if found is not None else _prompt("Passphrase: ", "CASEKEEPER_PASSPHRASE")


def new_passphrase(var: str = "CASEKEEPER_NEW_PASSPHRASE") -> str:
    """For init (CASEKEEPER_PASSPHRASE) and passwd (CASEKEEPER_NEW_PASSPHRASE): asked twice."""
    found = _from_env(var)
    if found is not None:
        return found
    first = _prompt("New passphrase: ", var)
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise NoSecret("the two passphrases differ; nothing was changed")
    return first


def recovery_code() -> str:
    found = _from_env("CASEKEEPER_RECOVERY_CODE")
    return found if found is not None else _prompt("Recovery code: ", "CASEKEEPER_RECOVERY_CODE")


def pdf_password() -> str | None:
    """An internal paper's password, asked twice on a terminal (the desktop's Print screen
    ticks its box for that paper); None where there is no terminal, or Enter was pressed."""
    if not _on_terminal():
        return None
    # Kept as typed: spaces at its ends were dropped without a word, and the PDF did not open
    # with what she typed and told. Refused instead, as they are easily lost in the telling.
    first = getpass.getpass("A password for this PDF, to tell its reader: not your vault "
                            "passphrase (an internal paper: informants, phones, payments; at "
                            "least 8 characters; Enter for none): ")
    if not first:
        return None
    if first != first.strip():
        raise NoSecret("the PDF password begins or ends with a space, which is easily lost "
                       "when it is told: type it without spaces at its ends; nothing was written")
    if getpass.getpass("Repeat the PDF's password: ") != first:
        raise NoSecret("the two passwords differ: nothing was written")
    return first
