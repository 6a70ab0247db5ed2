"""A passphrase the environment gave (CASEKEEPER_PASSPHRASE, or the file CASEKEEPER_PASSPHRASE_FILE
names) that is refused is said to be that variable's, never printed: it was typed on no keyboard
just now, so Caps Lock and the keyboard's language are not what to check. A passphrase typed at
the prompt is still told of the keyboard."""

from __future__ import annotations

import json

import pytest

from app.refused_secret import BACKUP_FORGOTTEN_HINT, FORGOTTEN_HINT
from tests.conftest import run_in_process

WRONG = "Correct horse battery"


def _env_less(cli) -> dict[str, str]:
    return {k: v for k, v in cli.env.items() if k != "CASEKEEPER_PASSPHRASE"}


def test_the_variable_is_named_and_not_the_keyboard(cli, monkeypatch: pytest.MonkeyPatch):
    assert cli("init").returncode == 0
    monkeypatch.setattr("app.cli.secrets._on_terminal", lambda: True)  # asked, unset
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": WRONG})
    assert r.returncode == 3 and r.stdout == ""
    assert r.stderr == ("casekeeper: the passphrase or recovery code is not correct; the "
                        "passphrase from CASEKEEPER_PASSPHRASE was refused: check what it holds "
                        f"(unset it to be asked for the passphrase instead); {FORGOTTEN_HINT}\n")
    assert WRONG not in r.stderr and "Caps Lock" not in r.stderr


def test_the_file_variable_is_named(cli, tmp_path):
    assert cli("init").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(WRONG + "\n", encoding="utf-8")
    secret.chmod(0o600)
    env = dict(_env_less(cli), CASEKEEPER_PASSPHRASE_FILE=str(secret))
    r = run_in_process(["--vault", str(cli.vault), "info"], env)
    assert r.returncode == 3
    assert "the passphrase from CASEKEEPER_PASSPHRASE_FILE was refused" in r.stderr
    assert WRONG not in r.stderr and "Caps Lock" not in r.stderr


def test_a_backup_refused_names_the_variable(cli, tmp_path, monkeypatch: pytest.MonkeyPatch):
    assert cli("init").returncode == 0
    monkeypatch.setattr("app.cli.secrets._on_terminal", lambda: True)
    (tmp_path / "usb").mkdir()
    backup = json.loads(cli("--json", "backup", str(tmp_path / "usb")).stdout)["backup"]
    r = cli("restore", backup, "--check", extra_env={"CASEKEEPER_PASSPHRASE": WRONG})
    assert r.returncode == 3
    assert r.stderr.strip().endswith("the passphrase from CASEKEEPER_PASSPHRASE was refused: "
                                     "check what it holds (unset it to be asked for the "
                                     f"passphrase instead); {BACKUP_FORGOTTEN_HINT}")
    assert WRONG not in r.stderr and "Caps Lock" not in r.stderr


def test_typed_at_the_prompt_it_is_told_of_the_keyboard(cli, monkeypatch: pytest.MonkeyPatch):
    assert cli("init").returncode == 0
    monkeypatch.setattr("app.cli.secrets._prompt", lambda _prompt, _var: WRONG)
    r = run_in_process(["--vault", str(cli.vault), "info"], _env_less(cli))
    assert r.returncode == 3
    assert "Caps Lock" in r.stderr and "CASEKEEPER_PASSPHRASE" not in r.stderr


def test_with_both_set_unsetting_it_reads_the_file_not_the_prompt(cli, tmp_path):
    """CASEKEEPER_PASSPHRASE wins over _FILE: unset, the file is read, no one is asked."""
    assert cli("init").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(WRONG + "\n", encoding="utf-8")
    secret.chmod(0o600)
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": WRONG,
                               "CASEKEEPER_PASSPHRASE_FILE": str(secret)})
    assert r.returncode == 3
    assert "the passphrase from CASEKEEPER_PASSPHRASE was refused: check what it holds (unset " \
           "it and the passphrase in the file CASEKEEPER_PASSPHRASE_FILE names is used " \
           "instead)" in r.stderr, r.stderr
    assert "to be asked" not in r.stderr


def test_with_no_terminal_it_is_not_said_she_would_be_asked(cli):
    assert cli("init").returncode == 0
    r = run_in_process(["--vault", str(cli.vault), "info"],
                       dict(cli.env, CASEKEEPER_PASSPHRASE=WRONG))
    assert r.returncode == 3
    assert "(with no terminal here, unset, it is not asked for: give the right one in it)" \
        in r.stderr, r.stderr
    assert "to be asked" not in r.stderr
