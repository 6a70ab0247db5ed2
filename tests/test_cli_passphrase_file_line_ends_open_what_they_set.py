"""A passphrase file opens the vault an earlier version set from it, whatever its line ends:
that version read it in text mode, where a CRLF or a lone CR inside the file became "\\n"."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.cli_helpers import ok
from tests.conftest import run_in_process

UTF8_BOM = codecs.BOM_UTF8
FILES = {
    "lf": b"correct horse battery\n",
    "crlf": b"correct horse battery\r\n",
    "cr": b"correct horse battery\r",
    "no line end": b"correct horse battery",
    "two lines lf": b"correct horse\nbattery staple\n",
    "two lines crlf": b"correct horse\r\nbattery staple\r\n",
    "two lines old mac cr": b"correct horse\rbattery staple\r",
    "trailing newlines": b"correct horse battery\r\n\r\n\n",
    "bom crlf": UTF8_BOM + b"correct horse battery\r\n",
    "bom two lines crlf": UTF8_BOM + b"correct horse\r\nbattery staple\r\n",
    "utf-16 bom crlf": "\ufeffcorrect horse\r\nbattery staple\r\n".encode("utf-16-le"),
    "utf-16 be bom cr": "\ufeffcorrect horse\rbattery staple\r".encode("utf-16-be"),
}


def _as_set_before(path: Path) -> str:
    """The earlier reader, word for word: Path.read_text in text mode, then only the line end
    dropped. It read UTF-8 only (a UTF-16 file was a traceback): that is read as UTF-16 here, in
    the same text mode, the text a UTF-16 file meant."""
    data = path.read_bytes()
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return path.read_text(encoding="utf-16" if utf16 else "utf-8").rstrip("\r\n")


@pytest.mark.parametrize("name", list(FILES))
def test_the_file_opens_the_vault_it_set(cli, tmp_path, name):
    path = tmp_path / "passphrase.txt"
    path.write_bytes(FILES[name])
    path.chmod(0o600)
    ok(cli, "init", extra_env={"CASEKEEPER_PASSPHRASE": _as_set_before(path)})
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"],
                       {**env, "CASEKEEPER_PASSPHRASE_FILE": str(path)})
    assert r.returncode == 0, (name, r.stderr)
    assert "Vault opens; integrity ok." in r.stdout
    assert "battery" not in r.stdout + r.stderr
