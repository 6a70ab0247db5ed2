"""A passphrase file as Windows Notepad saves it: a vault whose passphrase an older version set
from a "UTF-8" file (its byte-order mark kept as the first character) still opens with that
file, and its backups restore with it; a "Unicode" (UTF-16) file is read as the text it is; a
file in another encoding is refused in one line naming it; an empty passphrase is refused
before any key is derived from it."""

from __future__ import annotations

import json

from tests.cli_helpers import ok
from tests.conftest import PASSPHRASE, run_in_process

MARK = "\ufeff"


def _file(tmp_path, data: bytes, name: str = "passphrase.txt") -> str:
    f = tmp_path / name
    f.write_bytes(data)
    f.chmod(0o600)
    return str(f)


def _notepad(tmp_path, text: str = PASSPHRASE) -> str:
    return _file(tmp_path, b"\xef\xbb\xbf" + text.encode() + b"\r\n")


def _from_file(cli, path: str) -> dict[str, str]:
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    return {**env, "CASEKEEPER_PASSPHRASE_FILE": path}


def _marked_vault(cli):
    """A vault whose passphrase begins with the mark, as an older version set it from the file."""
    ok(cli, "init", extra_env={"CASEKEEPER_PASSPHRASE": MARK + PASSPHRASE})


def test_the_notepad_file_that_set_it_still_opens_the_vault(cli, tmp_path):
    _marked_vault(cli)
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"], _from_file(cli, _notepad(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "Vault opens; integrity ok." in r.stdout
    assert "byte-order mark" in r.stderr and "casekeeper passwd" in r.stderr
    assert PASSPHRASE not in r.stdout + r.stderr


def test_set_again_from_the_same_file_the_passphrase_has_no_mark(cli, tmp_path):
    _marked_vault(cli)
    path = _notepad(tmp_path)
    env = {**_from_file(cli, path), "CASEKEEPER_NEW_PASSPHRASE_FILE": path}
    r = run_in_process(["--vault", str(cli.vault), "passwd"], env)
    assert r.returncode == 0, r.stderr
    # typed, it opens now; and the file opens it with nothing more to say
    assert cli("unlock-check", extra_env={"CASEKEEPER_PASSPHRASE": PASSPHRASE}).returncode == 0
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"], _from_file(cli, path))
    assert r.returncode == 0 and "byte-order mark" not in r.stderr


def test_its_backup_restores_with_the_notepad_file(cli, tmp_path):
    _marked_vault(cli)
    marked = {"CASEKEEPER_PASSPHRASE": MARK + PASSPHRASE}
    (tmp_path / "usb").mkdir()
    made = json.loads(ok(cli, "--json", "backup", str(tmp_path / "usb"), extra_env=marked).stdout)["backup"]
    env = _from_file(cli, _notepad(tmp_path))
    r = run_in_process(["--vault", str(cli.vault), "restore", made, "--check"], env)
    assert r.returncode == 0, r.stderr
    assert "opens" in r.stdout and "byte-order mark" in r.stderr
    r = run_in_process(["--vault", str(tmp_path / "laptop2"), "restore", made], env)
    assert r.returncode == 0, r.stderr
    assert "The backup opened only with the invisible mark" in r.stderr


def test_a_wrong_notepad_file_is_still_refused(cli, tmp_path):
    _marked_vault(cli)
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"],
                       _from_file(cli, _notepad(tmp_path, "not the passphrase")))
    assert r.returncode == 3
    assert "check what it holds" in r.stderr and "not the passphrase" not in r.stderr


def test_a_unicode_notepad_file_opens_the_vault(cli, tmp_path):
    ok(cli, "init")
    path = _file(tmp_path, (PASSPHRASE + "\r\n").encode("utf-16"))  # with its byte-order mark
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"], _from_file(cli, path))
    assert r.returncode == 0, r.stderr


def test_a_file_not_in_utf8_is_refused_in_one_line_naming_it(cli, tmp_path):
    ok(cli, "init")
    path = _file(tmp_path, "كلمة سر طويلة جدا".encode("cp1256"), "arabic.txt")
    r = run_in_process(["--vault", str(cli.vault), "unlock-check"], _from_file(cli, path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1
    assert path in r.stderr and "save it as UTF-8" in r.stderr


def test_an_empty_passphrase_is_refused_before_a_key_is_derived(cli, monkeypatch):
    ok(cli, "init")

    def derived(*a, **k):
        raise AssertionError("a key was derived from an empty passphrase")

    import db.keyslots

    monkeypatch.setattr(db.keyslots, "derive", derived)
    r = run_in_process(["--vault", str(cli.vault), "info"], {**cli.env, "CASEKEEPER_PASSPHRASE": ""})
    assert r.returncode == 2, r.stderr
    assert "the passphrase from CASEKEEPER_PASSPHRASE is empty" in r.stderr
    assert "not correct" not in r.stderr
