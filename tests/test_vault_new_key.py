"""`passwd --new-key`: the whole vault encrypted again under a new data key, with a new
passphrase and a new recovery code; whoever kept the old key file and learnt the old passphrase
opens nothing new, the audit chain still verifies, and a handover cut off at any point leaves
a vault that one of the two secrets opens."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from app import rekey, vault
from app.domain.errors import VaultError, WrongSecret
from app.vault import create_vault, open_vault
from db.database import DB_FILE, Database
from db.keyslots import KdfParams
from tests.conftest import PASSPHRASE, ROOT
from tests.pagescan import pages_holding

NEW = "a new passphrase for a new key"


def _names(s) -> list[str]:
    return sorted(f"{p.case_no} {p.name_latin}" for p in s.persons.list())


@pytest.fixture
def kept(vault_dir):
    """A vault of two women, closed, with a copy of its key file as it was."""
    from tests.test_deleted_content import _person

    s, code = create_vault(vault_dir, PASSPHRASE, "SNJ", KdfParams.fast())
    s.persons.create(_person("Zzqnadiaq"))
    s.persons.create(_person("Layla"))
    old_key = s.data_key
    s.close()
    shutil.copy(vault_dir / vault.SLOT_FILE, vault_dir.parent / "old-keyslots.bin")
    return vault_dir, code, old_key


def test_the_new_key_opens_with_the_new_secrets_only_and_keeps_every_record(kept):
    vault_dir, old_code, old_key = kept
    s = open_vault(vault_dir, PASSPHRASE)
    before = _names(s)
    code = vault.new_data_key(s, NEW, KdfParams.fast())
    assert s.data_key != old_key
    from tests.test_deleted_content import _person

    s.persons.create(_person("Samira"))  # a record made under the new key, in the same session
    s.close()
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, PASSPHRASE)
    with pytest.raises(WrongSecret):
        open_vault(vault_dir, recovery_code=old_code)
    for opened in (open_vault(vault_dir, NEW), open_vault(vault_dir, recovery_code=code)):
        try:
            assert _names(opened) == [*before, "SNJ-00003 Samira Khalil"]
            assert opened.db.integrity_problems() == []
            chain = opened.audit.verify()
            assert chain.ok, chain.problem
            actions = [r.action for r in opened.audit.newest(50, None).rows]
            assert "vault.rekey" in actions and "vault.create" in actions
        finally:
            opened.close()


def test_the_old_key_file_and_the_old_passphrase_open_nothing_written_since(kept):
    vault_dir, _code, old_key = kept
    s = open_vault(vault_dir, PASSPHRASE)
    vault.new_data_key(s, NEW, KdfParams.fast())
    new_key = s.data_key
    s.close()
    # whoever copied keyslots.bin before and learnt the old passphrase, with today's vault.db
    seized = vault_dir.parent / "seized"
    seized.mkdir()
    shutil.copy(vault_dir / DB_FILE, seized / DB_FILE)
    shutil.copy(vault_dir.parent / "old-keyslots.bin", seized / vault.SLOT_FILE)
    with pytest.raises(VaultError):
        open_vault(seized, PASSPHRASE)
    assert pages_holding(vault_dir / DB_FILE, old_key, b"Zzqnadiaq") == []
    assert pages_holding(vault_dir / DB_FILE, new_key, b"Zzqnadiaq")


def test_cut_off_after_the_database_took_the_new_key_the_new_passphrase_finishes_it(
        kept, monkeypatch):
    vault_dir, _code, _old = kept
    s = open_vault(vault_dir, PASSPHRASE)
    real_replace = os.replace

    def power_cut(src, dst):
        if str(src).endswith(rekey.NEXT_SLOT_FILE):
            raise KeyboardInterrupt  # as if the laptop went off here
        return real_replace(src, dst)

    monkeypatch.setattr("app.rekey.os.replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault.new_data_key(s, NEW, KdfParams.fast())
    monkeypatch.undo()
    s.db.conn.close()  # the process is gone: nothing more is written
    assert (vault_dir / rekey.NEXT_SLOT_FILE).exists()
    with pytest.raises(VaultError, match="set with the new key"):
        open_vault(vault_dir, PASSPHRASE)
    opened = open_vault(vault_dir, NEW)
    try:
        assert len(_names(opened)) == 2 and opened.audit.verify().ok
    finally:
        opened.close()
    assert not (vault_dir / rekey.NEXT_SLOT_FILE).exists()
    open_vault(vault_dir, NEW).close()  # the handover is finished: the key file is the new one


def test_cut_off_before_the_database_changed_key_the_old_passphrase_still_opens(
        kept, monkeypatch):
    vault_dir, _code, _old = kept
    s = open_vault(vault_dir, PASSPHRASE)

    def power_cut(self, new_key):
        raise KeyboardInterrupt

    monkeypatch.setattr(Database, "rekey", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault.new_data_key(s, NEW, KdfParams.fast())
    monkeypatch.undo()
    s.close()
    with pytest.raises(VaultError, match="never took"):
        open_vault(vault_dir, NEW)
    opened = open_vault(vault_dir, PASSPHRASE)
    try:
        assert len(_names(opened)) == 2 and opened.audit.verify().ok
    finally:
        opened.close()
    assert not (vault_dir / rekey.NEXT_SLOT_FILE).exists()


_REKEY_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app import vault
from db.keyslots import KdfParams
s = vault.open_vault(Path(sys.argv[2]), sys.argv[3])
print("go", flush=True)
vault.new_data_key(s, sys.argv[4], KdfParams.fast())
s.close()
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.06])
def test_killed_during_the_new_key_one_of_the_two_passphrases_opens_every_record(
        tmp_path, delay):
    from app.demo import populate

    folder = tmp_path / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast(), synthetic=True)
    populate(s, 1500)
    count = s.persons.count()
    s.close()
    child = subprocess.Popen([sys.executable, "-c", _REKEY_CHILD, str(ROOT), str(folder),
                              PASSPHRASE, NEW], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "go"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    try:
        opened = open_vault(folder, NEW)
    except (WrongSecret, VaultError):
        opened = open_vault(folder, PASSPHRASE)
    try:
        assert opened.persons.count() == count
        assert opened.db.integrity_problems() == []
        assert opened.audit.verify().ok
    finally:
        opened.close()
    assert not (folder / rekey.NEXT_SLOT_FILE).exists()


def test_the_command_line_says_the_new_code_once_and_what_old_backups_keep(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    done = cli("--json", "passwd", "--new-key",
               extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW})
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said["new_key"] is True and len(said["recovery_code"]) == 39
    text = cli("passwd", "--new-key", extra_env={"CASEKEEPER_PASSPHRASE": NEW,
                                                 "CASEKEEPER_NEW_PASSPHRASE": PASSPHRASE})
    assert "NEW RECOVERY CODE" in text.stdout and "destroy the old ones" in text.stdout
    assert cli("audit", "verify").returncode == 0


def test_a_new_key_sqlcipher_refuses_leaves_the_vault_to_the_old_secrets_untouched(
        kept, monkeypatch):
    # Another program takes the vault's write lock just as the rekey starts (an import in
    # the desktop): the rekey is refused after SQLCipher switched the connection's write key.
    # A save after that would have put new-key pages into an old-key file no secret opens.
    import sqlcipher3

    vault_dir, code, old_key = kept
    s = open_vault(vault_dir, PASSPHRASE)
    s.db.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlcipher3.connect(str(vault_dir / DB_FILE), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    real = Database.rekey

    def locked_first(self, new_key):
        other.execute("BEGIN IMMEDIATE")
        return real(self, new_key)

    monkeypatch.setattr(Database, "rekey", locked_first)
    try:
        with pytest.raises(VaultError, match="nothing was changed"):
            vault.new_data_key(s, NEW, KdfParams.fast())
    finally:
        other.execute("ROLLBACK")
        other.close()
    from tests.test_deleted_content import _person

    with pytest.raises(Exception):  # noqa: B017 - any refusal, so long as nothing is written
        s.persons.create(_person("Samira"))  # the lock gone, as the idle lock's drafts would
    assert not (vault_dir / rekey.NEXT_SLOT_FILE).exists()
    opened = open_vault(vault_dir, PASSPHRASE)
    try:
        assert len(_names(opened)) == 2 and opened.db.integrity_problems() == []
        assert opened.audit.verify().ok
    finally:
        opened.close()
    open_vault(vault_dir, recovery_code=code).close()


def test_the_passphrase_that_may_have_been_seen_is_not_taken_again(kept):
    from app.domain.errors import ValidationError

    vault_dir, _code, _old = kept
    s = open_vault(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="must differ"):
            vault.new_data_key(s, PASSPHRASE, KdfParams.fast())
    finally:
        s.close()
    assert not (vault_dir / rekey.NEXT_SLOT_FILE).exists()
    open_vault(vault_dir, PASSPHRASE).close()
