"""The vaults fixtures copy (the run's template, one built once) are what they were made as, each its own."""

from __future__ import annotations

import collections
import functools
import stat

import pytest

from app.domain.person import NamePart, NameText, Person
from app.vault import create_vault, open_vault
from db.keyslots import KdfParams
from db.migrations import latest_version
from tests.built_once import built_once
from tests.conftest import PASSPHRASE, cli_env, run_cli
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


# What a connection is set to: those connect() sets, and those it leaves at SQLCipher's own.
PRAGMAS = ("cipher_version", "cipher_provider", "cipher_memory_security", "temp_store",
           "journal_mode", "synchronous", "secure_delete", "foreign_keys", "cache_size",
           "busy_timeout", "wal_autocheckpoint", "journal_size_limit", "locking_mode", "query_only",
           "recursive_triggers", "trusted_schema", "cell_size_check", "mmap_size", "auto_vacuum",
           "page_size", "cipher_page_size", "kdf_iter", "cipher_hmac_algorithm",
           "cipher_kdf_algorithm", "cipher_plaintext_header_size", "cipher_use_hmac")


def _settings(session) -> dict[str, list]:
    return {p: session.db.conn.execute(f"PRAGMA {p}").fetchall() for p in PRAGMAS}


def test_the_session_fixture_is_set_as_the_session_create_vault_hands_back(created_session, tmp_path,
                                                                          vault_template):
    """The desktop's first sitting after "Create vault" runs in the session create_vault hands
    back; a template copy's is opened anew. Whatever making a vault leaves on its connection
    (a setting turned off to make the schema faster) would go untested by the tests that use a
    copy: their connections must be set alike."""
    copy = vault_template.open_copy(tmp_path / "copy")
    try:
        assert _settings(copy) == _settings(created_session)
    finally:
        copy.close()
    assert _settings(created_session)["secure_delete"] == [(1,)]


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


def _runner(folder):
    """What conftest.py's cli fixture gives, over folder/vault."""
    folder.mkdir()
    env = cli_env(folder)

    def run(*args: str):
        return run_cli(["--vault", str(run.vault), *args], env)

    run.vault, run.env = folder / "vault", env
    return run


def test_a_built_vault_is_copied_for_the_next_test_with_its_own_cli_and_path(tmp_path):
    built = []

    @built_once
    def nadia(cli):
        built.append(cli)
        assert cli("init", "--prefix", "SNJ").returncode == 0
        assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
        return cli, cli.vault, {"case": "SNJ-00001"}

    first, second = _runner(tmp_path / "first"), _runner(tmp_path / "second")
    assert nadia(first) == (first, first.vault, {"case": "SNJ-00001"})
    assert first("person", "edit", "SNJ-00001", "--given", "Layla").returncode == 0
    assert nadia(second) == (second, second.vault, {"case": "SNJ-00001"})
    assert built == [first]  # built once
    shown = second("person", "show", "SNJ-00001").stdout
    assert "Nadia" in shown and "Layla" not in shown  # the built vault, not the first test's
    assert stat.S_IMODE(second.vault.stat().st_mode) == 0o700


def test_a_built_value_naming_the_first_tests_folder_is_refused(tmp_path):
    @built_once
    def with_a_file(cli):
        assert cli("init").returncode == 0
        return cli.vault.parent / "photo.jpg"

    with pytest.raises(AssertionError):
        with_a_file(_runner(tmp_path / "first"))


class _Helper:
    def __init__(self, cli) -> None:
        self.cli = cli


@pytest.mark.parametrize("held", [
    lambda cli: functools.partial(cli, "--json"),
    lambda cli: {"json": functools.partial(cli, "--json")},
    lambda cli: [lambda *args: cli("--json", *args)],
    lambda cli: _Helper(cli),
    lambda cli: ("SNJ-00001", {"helper": _Helper(cli)}),
], ids=["partial", "partial-in-a-dict", "lambda-in-a-list", "object", "object-deep"])
def test_a_built_value_holding_the_cli_where_no_copy_can_swap_it_is_refused(tmp_path, held):
    """A function or an object holding the cli is the same one in every copy of the value: a
    later test's commands would run on the first test's vault, changed by that test."""
    @built_once
    def with_a_helper(cli):
        assert cli("init").returncode == 0
        return held(cli)

    with pytest.raises(TypeError, match="plain data"):
        with_a_helper(_runner(tmp_path / "first"))


def test_a_built_namedtuple_is_given_back_with_the_next_tests_cli(tmp_path):
    Built = collections.namedtuple("Built", "cli case")

    @built_once
    def named(cli):
        assert cli("init", "--prefix", "SNJ").returncode == 0
        return Built(cli, "SNJ-00001")

    first, second = _runner(tmp_path / "first"), _runner(tmp_path / "second")
    assert named(first) == Built(first, "SNJ-00001")
    assert named(second) == Built(second, "SNJ-00001")
