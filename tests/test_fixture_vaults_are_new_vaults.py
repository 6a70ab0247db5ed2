"""The vaults the fixtures copy from the run's template are what create_vault makes, each its own."""

from __future__ import annotations

import stat

from app.domain.person import NamePart, NameText, Person
from app.vault import create_vault, open_vault
from db.keyslots import KdfParams
from db.migrations import latest_version
from tests.conftest import PASSPHRASE
from tests.import_helpers import new_vault

META = "SELECT key, value FROM vault_meta WHERE key != 'audit_key' ORDER BY key"
TABLES = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"


def _state(session) -> tuple:
    conn = session.db.conn
    return (conn.execute(META).fetchall(), conn.execute(TABLES).fetchall(),
            [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")],
            session.db.format_version, session.meta.counts())


def test_the_session_fixture_holds_what_create_vault_makes(session, tmp_path):
    made, _code = create_vault(tmp_path / "made", PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        assert _state(session) == _state(made)
    finally:
        made.close()
    assert session.db.format_version == latest_version()
    assert session.case_prefix == "SNJ" and not session.is_synthetic
    report = session.audit.verify()
    assert report.ok and report.entries == 1  # vault.create alone: no unlock written


def test_made_vault_is_closed_owner_only_and_opens_with_both_secrets(made_vault, tmp_path):
    folder, code = made_vault
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for f in folder.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.bin", "vault.db", "vault.lock"]
    open_vault(folder, PASSPHRASE).close()
    s = open_vault(folder, recovery_code=code)
    try:
        assert s.audit.verify().ok
    finally:
        s.close()


def test_a_copy_written_to_leaves_the_template_and_other_copies_as_they_were(session, tmp_path,
                                                                             vault_template):
    before = vault_template.folder.joinpath("vault.db").read_bytes()
    session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")}))
    other = new_vault(tmp_path / "other")
    try:
        assert other.meta.counts()["persons"] == 0
        assert session.meta.counts()["persons"] == 1
    finally:
        other.close()
    assert vault_template.folder.joinpath("vault.db").read_bytes() == before


def test_a_folder_with_files_in_it_gets_a_vault_made_not_copied(tmp_path, vault_template):
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "notes.txt").write_text("hers")
    s = new_vault(folder)
    try:
        assert s.data_key != vault_template.data_key
    finally:
        s.close()
    assert (folder / "notes.txt").read_text() == "hers"

