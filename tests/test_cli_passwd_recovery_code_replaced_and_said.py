"""passwd says what it leaves open, replaces a used recovery code as the desktop does, and a new
code nobody saw (the command stopped before printing it) is said at every unlock until replaced."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from app import vault
from app.domain.errors import WrongSecret
from app.vault import SLOT_FILE, open_vault
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"
CODE = re.compile(r"^ +([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", re.MULTILINE)


def _init(cli) -> str:
    r = cli("--json", "init")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["recovery_code"]


def test_passwd_with_the_recovery_code_replaces_it_and_prints_the_new_one(cli):
    used = _init(cli)
    r = cli("passwd", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": used,
                                               "CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    new_code = CODE.search(r.stdout)[1]
    assert new_code != used and "the code just used is void" in r.stdout
    with pytest.raises(WrongSecret):
        open_vault(cli.vault, recovery_code=used)
    open_vault(cli.vault, recovery_code=new_code).close()
    open_vault(cli.vault, passphrase=NEW).close()
    again = cli("passwd", "--recovery", extra_env={"CASEKEEPER_RECOVERY_CODE": used,
                                                   "CASEKEEPER_NEW_PASSPHRASE": "yet another one"})
    assert again.returncode == 3
    # no warning of a code never shown: it was printed
    assert "never shown" not in cli("info", extra_env={"CASEKEEPER_PASSPHRASE": NEW}).stderr


def test_passwd_says_backups_and_old_key_files_still_open_with_the_old_passphrase(cli):
    _init(cli)
    r = cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    assert "Backups made before, and any copy of keyslots.bin from before, still open the vault " \
        "with the old passphrase" in r.stdout
    assert "passwd --new-key" in r.stdout


def test_a_new_key_whose_code_was_never_printed_is_said_at_each_command_until_replaced(cli):
    old_code = _init(cli)
    # the command's work up to the printing of the code, then stopped (killed, a power cut)
    session = open_vault(cli.vault, PASSPHRASE)
    unseen = vault.new_data_key(session, NEW)
    session.close()
    with pytest.raises(WrongSecret):
        open_vault(cli.vault, recovery_code=old_code)
    for command in (("info",), ("unlock-check",)):
        r = cli(*command, extra_env={"CASEKEEPER_PASSPHRASE": NEW})
        assert r.returncode == 0, r.stderr
        assert "a new recovery code was made on" in r.stderr
        assert "was never shown" in r.stderr and "passwd --new-recovery-code" in r.stderr
    r = cli("passwd", "--new-recovery-code", extra_env={"CASEKEEPER_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    shown = CODE.search(r.stdout)[1]
    assert shown != unseen
    open_vault(cli.vault, recovery_code=shown).close()
    with pytest.raises(WrongSecret):
        open_vault(cli.vault, recovery_code=unseen)
    assert "never shown" not in cli("info", extra_env={"CASEKEEPER_PASSPHRASE": NEW}).stderr


def test_passwd_new_key_that_printed_its_code_leaves_nothing_to_say(cli):
    _init(cli)
    r = cli("passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert r.returncode == 0, r.stderr
    assert CODE.search(r.stdout)
    assert "never shown" not in cli("info", extra_env={"CASEKEEPER_PASSPHRASE": NEW}).stderr


def test_an_old_key_file_beside_a_re_keyed_database_is_said_to_be_that(cli):
    _init(cli)
    old_slots = (cli.vault / SLOT_FILE).read_bytes()
    assert cli("passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}).returncode == 0
    (cli.vault / SLOT_FILE).write_bytes(old_slots)
    r = cli("unlock-check")
    assert r.returncode == 3
    assert "damaged or truncated" not in r.stderr
    assert "most likely the key file is an older one" in r.stderr
    assert "passwd --new-key" in r.stderr


def test_a_truncated_database_is_still_said_to_be_damaged(cli, tmp_path):
    _init(cli)
    db = cli.vault / "vault.db"
    shutil.copy(db, tmp_path / "whole.db")
    db.write_bytes(db.read_bytes()[:4096 * 3 + 100])
    r = cli("unlock-check")
    assert r.returncode == 3
    assert "older one" not in r.stderr
