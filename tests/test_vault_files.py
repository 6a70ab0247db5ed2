"""The vault on disk: no plaintext, damaged files refused, tampering detected, nothing created."""

from __future__ import annotations

import shutil

import pytest

from app.domain.errors import VaultError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
from app.domain.records import CostEntry, Report, RescueOperation
from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE

CANARIES = ["CANARYGIVEN", "كناريالاب", "CANARYVILLAGE", "CANARYNOTE", "CANARYREPORT",
            "CANARYSRC", "CANARYROUTE", "CANARYALIAS"]


def plant_canaries(s) -> None:
    p = Person(names={NamePart.GIVEN: NameText("", CANARIES[0]),
                      NamePart.FATHER: NameText(CANARIES[1], "")},
               aliases=[CANARIES[7]], origin_village=CANARIES[2], notes=CANARIES[3],
               status_events=[StatusEvent(Status.MISSING, FuzzyDate.parse("2014"))])
    p = s.persons.create(p)
    s.records.add_report(Report(text=CANARIES[4], source_code=CANARIES[5], person_ids=[p.id]))
    s.records.add_rescue(RescueOperation(route=CANARIES[6], person_ids=[p.id],
                                         costs=[CostEntry(amount=1, currency="USD")]))


def files_hold(folder, needles: list[str]) -> list[str]:
    found = []
    for f in folder.iterdir():
        data = f.read_bytes()
        for n in needles:
            for enc in ("utf-8", "utf-16-le"):
                if n.encode(enc) in data:
                    found.append(f"{f.name}:{n}")
    return found


def test_no_plaintext_in_vault_files_during_and_after_transaction(session, vault_dir):
    with session.db.transaction():
        plant_canaries(session)
        assert (vault_dir / (DB_FILE + "-wal")).exists()
        assert files_hold(vault_dir, CANARIES) == []  # mid-transaction, WAL included
    assert files_hold(vault_dir, CANARIES) == []
    session.close()
    assert files_hold(vault_dir, CANARIES) == []


def test_database_does_not_start_with_sqlite_header(made_vault):
    folder, _ = made_vault
    assert not (folder / DB_FILE).read_bytes().startswith(b"SQLite format 3")


def test_zero_byte_database_is_never_an_empty_vault(made_vault):
    folder, _ = made_vault
    (folder / DB_FILE).write_bytes(b"")
    with pytest.raises(VaultError, match="empty"):
        open_vault(folder, PASSPHRASE)
    assert (folder / DB_FILE).stat().st_size == 0  # nothing was written into it


def test_missing_database_is_refused_not_created(made_vault):
    folder, _ = made_vault
    (folder / DB_FILE).unlink()
    with pytest.raises(VaultError, match="missing"):
        open_vault(folder, PASSPHRASE)
    assert not (folder / DB_FILE).exists()


def test_truncated_database_is_refused(made_vault):
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    for i in range(50):
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", f"Name{i}")}))
    s.close()
    data = (folder / DB_FILE).read_bytes()
    (folder / DB_FILE).write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(VaultError):
        s = open_vault(folder, PASSPHRASE)
        s.persons.list()  # if opening passed, reading the cut pages must fail
        raise AssertionError("a truncated vault opened and read")


def test_missing_key_slots_refused(made_vault):
    folder, _ = made_vault
    (folder / "keyslots.bin").unlink()
    with pytest.raises(VaultError, match="not a vault"):
        open_vault(folder, PASSPHRASE)


def test_flipped_byte_in_a_copy_is_detected_and_the_page_named(made_vault, tmp_path):
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    plant_canaries(s)
    for i in range(300):
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", f"Filler{i}")}))
    assert s.db.integrity_problems() == []
    s.close()
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    data = bytearray((copy / DB_FILE).read_bytes())
    pages = len(data) // 4096
    assert pages > 10
    data[(pages - 2) * 4096 + 500] ^= 0x01  # one bit in a data page near the end
    (copy / DB_FILE).write_bytes(bytes(data))
    s = open_vault(copy, PASSPHRASE)
    problems = s.db.integrity_problems()
    s.close()
    assert any(f"page {pages - 1}" in p for p in problems), problems


def test_newer_vault_format_is_refused(made_vault):
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.db.conn.execute("PRAGMA user_version = 999")
    s.close()
    with pytest.raises(VaultError, match="newer"):
        open_vault(folder, PASSPHRASE)


def test_self_test_reports_the_promised_settings(session):
    from db.connection import self_test
    facts = self_test(session.db.conn)
    assert facts["cipher_version"].startswith("4.")
    assert facts["cipher_provider"] == "openssl"
    assert facts["cipher_memory_security"] == "1"
    assert facts["temp_store"] == "2"
    assert session.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert session.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_vault_files_are_private_to_the_user(made_vault):
    folder, _ = made_vault
    open_vault(folder, PASSPHRASE).close()
    for f in folder.iterdir():
        assert f.stat().st_mode & 0o077 == 0, f.name


def test_no_column_can_hold_a_source_identity(session):
    """Informant identities belong only in the sources compartment, never in the case tables."""
    banned = ("informant", "source_name_real", "source_identity", "source_real", "source_phone",
              "source_contact", "source_location", "real_name")
    tables = [r[0] for r in session.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        for col in session.db.conn.execute(f"PRAGMA table_info({t})"):
            assert not any(b in col[1].lower() for b in banned), (t, col[1])
    report_cols = [c[1] for c in session.db.conn.execute("PRAGMA table_info(reports)")]
    assert [c for c in report_cols if c.startswith("source")] == ["source_code"]
