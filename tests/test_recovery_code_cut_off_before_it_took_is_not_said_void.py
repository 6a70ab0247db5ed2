"""A new key or recovery code cut off before the vault took it leaves the code written down
opening the vault: nothing warns that it may not. One that took and was never shown is said to
open nothing now, with the desktop's own menu item to make a new one."""

from __future__ import annotations

import json

import pytest

from app import vault
from app.domain.errors import WrongSecret
from app.vault import open_vault
from db.database import Database
from db.keyslots import KdfParams, SlotFile
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"


def _init(cli) -> str:
    r = cli("--json", "init")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["recovery_code"]


def _opens_with_the_code(cli, code: str) -> None:
    r = cli("unlock-check", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": code})
    assert r.returncode == 0, r.stderr
    assert "never shown" not in r.stderr


def test_a_new_key_cut_off_before_the_database_took_it_says_nothing(cli, monkeypatch):
    code = _init(cli)
    session = open_vault(cli.vault, PASSPHRASE)

    def power_cut(self, new_key):
        raise KeyboardInterrupt

    monkeypatch.setattr(Database, "rekey", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault.new_data_key(session, NEW, KdfParams.fast())
    monkeypatch.undo()
    session.close()
    r = cli("info")
    assert r.returncode == 0, r.stderr
    assert "never shown" not in r.stderr and "may no longer" not in r.stderr
    _opens_with_the_code(cli, code)


def test_a_new_recovery_code_cut_off_before_it_was_written_says_nothing(cli, monkeypatch):
    code = _init(cli)
    session = open_vault(cli.vault, PASSPHRASE)

    def power_cut(self, *args):
        raise KeyboardInterrupt

    monkeypatch.setattr(SlotFile, "replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault.new_recovery_code(session, KdfParams.fast())
    monkeypatch.undo()
    session.close()
    assert "never shown" not in cli("info").stderr
    _opens_with_the_code(cli, code)


def test_a_new_key_that_took_unseen_is_said_to_void_the_code_naming_the_menu(cli):
    code = _init(cli)
    session = open_vault(cli.vault, PASSPHRASE)
    vault.new_data_key(session, NEW, KdfParams.fast())  # stopped before the code was printed
    session.close()
    with pytest.raises(WrongSecret):
        open_vault(cli.vault, recovery_code=code)
    r = cli("info", extra_env={"CASEKEEPER_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    assert "the code written down no longer opens the vault" in r.stderr
    assert "Vault > New recovery code..." in r.stderr and "new-key box" not in r.stderr
