"""A passphrase variable set but empty is said to be empty (not "check what it holds"), and a
passphrase file saved by Windows Notepad as UTF-8 (a byte-order mark first) opens the vault: the
mark is read as the mark it is, as a trailing CRLF is read as the line's end."""

from __future__ import annotations

from tests.cli_helpers import ok
from tests.conftest import PASSPHRASE, run_in_process


def _without_passphrase(cli, **extra: str) -> dict[str, str]:
    return {**{k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}, **extra}


def _file(tmp_path, data: bytes):
    f = tmp_path / "passphrase.txt"
    f.write_bytes(data)
    f.chmod(0o600)
    return str(f)


def test_an_empty_variable_is_said_to_be_empty(cli):
    ok(cli, "init")
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": ""})
    assert r.returncode == 2 and r.stdout == ""
    assert "the passphrase from CASEKEEPER_PASSPHRASE is empty: put the passphrase in it" in r.stderr
    assert "check what it holds" not in r.stderr


def test_an_empty_file_is_said_to_be_empty(cli, tmp_path):
    ok(cli, "init")
    env = _without_passphrase(cli, CASEKEEPER_PASSPHRASE_FILE=_file(tmp_path, b"\r\n"))
    r = run_in_process(["--vault", str(cli.vault), "info"], env)
    assert r.returncode == 2  # refused before a key is derived from it
    assert "the passphrase from CASEKEEPER_PASSPHRASE_FILE is empty" in r.stderr


def test_a_file_with_a_byte_order_mark_opens_the_vault(cli, tmp_path):
    ok(cli, "init")
    data = b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n"  # Notepad's "UTF-8"
    env = _without_passphrase(cli, CASEKEEPER_PASSPHRASE_FILE=_file(tmp_path, data))
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"], env)
    assert r.returncode == 0, r.stderr
    assert "Vault opens; integrity ok." in r.stdout


def test_a_new_passphrase_from_such_a_file_is_set_without_the_mark(cli, tmp_path):
    ok(cli, "init")
    new = "another long passphrase"
    data = b"\xef\xbb\xbf" + new.encode() + b"\r\n"
    r = cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE_FILE": _file(tmp_path, data)})
    assert r.returncode == 0, r.stderr
    # the passphrase set is the one she sees in the file: typed, it opens the vault
    assert cli("unlock-check", extra_env={"CASEKEEPER_PASSPHRASE": new}).returncode == 0
