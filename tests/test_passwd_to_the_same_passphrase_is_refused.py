"""`passwd` (and the desktop's Change passphrase) given the passphrase the vault has now is
refused, saying so: it never says "changed" of a passphrase that was not, nor writes the slots."""

from __future__ import annotations

import json

import pytest

from app import vault
from app.domain.errors import ValidationError
from app.vault import SLOT_FILE, open_vault
from tests.conftest import PASSPHRASE

SAME = "the new passphrase must differ from the one the vault has now"


def test_the_command_refuses_the_same_passphrase(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    slots = (cli.vault / SLOT_FILE).read_bytes()
    r = cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": PASSPHRASE})
    assert r.returncode != 0
    assert SAME in r.stderr and "Passphrase changed" not in r.stdout
    assert (cli.vault / SLOT_FILE).read_bytes() == slots
    log = json.loads(cli("--json", "audit", "log").stdout)
    assert not any(e["action"] == "vault.passwd" for e in log)


def test_the_desktops_change_is_refused_in_its_words(made_vault, vault_dir):
    session = open_vault(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(ValidationError) as refused:
            vault.change_passphrase(session, PASSPHRASE)
        assert refused.value.said == (SAME,)
        vault.change_passphrase(session, "quite another passphrase now")  # another: changed
    finally:
        session.close()
    open_vault(vault_dir, "quite another passphrase now").close()
