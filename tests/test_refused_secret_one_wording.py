"""A refused backup passphrase on the command line is told what to check, as the desktop's
restore page tells it (a refused recovery code is not: no keyboard makes one), and the keyboard
hint is one wording for the command line and the desktop."""

from __future__ import annotations

import json

from app.refused_secret import BACKUP_FORGOTTEN_HINT, KEYBOARD_HINT, KEYBOARD_SENTENCE

CODE = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
REFUSED = ("casekeeper: the passphrase or recovery code does not open this backup: a backup "
           "opens with the passphrase the vault had when the backup was made, or the recovery "
           "code of that time")


def _backup(cli, tmp_path) -> str:
    assert cli("init").returncode == 0
    (tmp_path / "usb").mkdir()
    r = cli("--json", "backup", str(tmp_path / "usb"))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["backup"]


def test_restore_check_with_a_refused_passphrase_says_what_to_check(cli, tmp_path, monkeypatch):
    """Typed at the prompt: one from the environment is said to be the variable's."""
    from tests.conftest import run_in_process

    backup = _backup(cli, tmp_path)
    monkeypatch.setattr("app.cli.secrets._prompt", lambda _p, _v: "Correct horse battery 2014")
    env = {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}
    r = run_in_process(["restore", backup, "--check"], env)
    assert r.returncode == 3 and r.stdout == ""
    line = r.stderr.strip()
    assert line.startswith(REFUSED + "; digits must be typed")
    assert line.endswith(f"; {KEYBOARD_HINT}; {BACKUP_FORGOTTEN_HINT}")
    assert "Caps Lock" in line and len(r.stderr.splitlines()) == 1


def test_restore_with_a_refused_recovery_code_is_not_told_of_keyboards(cli, tmp_path):
    backup = _backup(cli, tmp_path)
    r = cli("restore", backup, "--check", "--recovery",
            extra_env={"CASEKEEPER_RECOVERY_CODE": CODE})
    assert (r.returncode, r.stderr) == (3, REFUSED + "\n")


def test_the_keyboard_hint_is_one_wording(qapp):
    from ui import passphrase_fields

    assert passphrase_fields._KEYBOARD_WORDS == KEYBOARD_SENTENCE
    assert passphrase_fields.keyboard_hint() == KEYBOARD_SENTENCE  # untranslated: English
    assert KEYBOARD_HINT == ("check the keyboard: Caps Lock off, and set to the language the "
                             "passphrase was typed in when it was made (English, Arabic or "
                             "Kurdish)")
