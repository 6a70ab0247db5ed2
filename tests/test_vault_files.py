"""The vault on disk: no plaintext, damaged files refused, tampering detected, nothing created."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from app.domain.errors import VaultError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import (
    CostEntry,
    FamilyContact,
    Incident,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
)
from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE

# One canary per field a user can fill, in the script the field would hold. Each is unique so a
# hit names the leaking field; the Latin ones are also looked for in lower case (search keys).
_PERSON_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
                "abduction_circumstances", "last_known_location", "held_by", "notes")
CANARIES = [
    *(f"CANARY{part.value.upper()}LATIN" for part in NamePart),
    *(f"كناري{n}" for n in ("اول", "اب", "جد", "عائلة", "ام", "لقب")),
    "CANARYALIAS", "كناريلقبثان", *(f"CANARY{f.upper()}" for f in _PERSON_TEXT),
    "CANARYBORNTEXT", "CANARYSTATUSNOTE", "CANARYINCIDENTPLACE", "CANARYINCIDENTDESC",
    "CANARYRELATIVENOTE", "CANARYCONTACTNAME", "CANARYPHONE0750", "CANARYCONTACTREL",
    "CANARYPHOTOCAPTION", "CANARYPHOTOBYTES", "CANARYREPORT", "CANARYREPORTPLACE", "CANARYSRC",
    "CANARYFROMPLACE", "CANARYROUTE", "CANARYHANDOVER", "CANARYTEAM", "CANARYOUTCOME",
    "CANARYTOFAMILY", "CANARYNEEDS", "CANARYRESCUENOTES", "CANARYPAIDTO", "CANARYPURPOSE",
]


def plant_canaries(s) -> None:
    """Fill every field of a person and of every record around one with its own canary."""
    latin = {part: f"CANARY{part.value.upper()}LATIN" for part in NamePart}
    arabic = dict(zip(NamePart, CANARIES[6:12], strict=True))
    iid = s.records.add_incident(Incident(FuzzyDate.parse("2014"), "CANARYINCIDENTPLACE",
                                          "CANARYINCIDENTDESC"))
    p = Person(names={part: NameText(arabic[part], latin[part]) for part in NamePart},
               aliases=["CANARYALIAS", "كناريلقبثان"], sex=Sex.FEMALE,
               birth=FuzzyDate(text="CANARYBORNTEXT"), incident_id=iid,
               **{f: f"CANARY{f.upper()}" for f in _PERSON_TEXT},
               status_events=[StatusEvent(Status.MISSING, FuzzyDate.parse("2014"),
                                          "CANARYSTATUSNOTE")])
    p = s.persons.create(p)
    other = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Sibling")}))
    s.records.link_relative(p.case_no, other.case_no,
                            RelativeLink(0, 0, Relation.SIBLING, "CANARYRELATIVENOTE"))
    s.records.add_contact(p.case_no, FamilyContact(0, "CANARYCONTACTNAME", "CANARYPHONE0750",
                                                   "CANARYCONTACTREL"))
    s.records.add_photo(p.case_no, b"\x89PNG\r\n\x1a\nCANARYPHOTOBYTES", "CANARYPHOTOCAPTION")
    s.records.add_report(Report(text="CANARYREPORT", place="CANARYREPORTPLACE",
                                source_code="CANARYSRC9", person_ids=[p.id]))
    s.records.add_rescue(RescueOperation(
        from_place="CANARYFROMPLACE", route="CANARYROUTE", handover_point="CANARYHANDOVER",
        team_codes="CANARYTEAM", outcome="CANARYOUTCOME", handover_to_family=FuzzyDate(
            date(2019, 3, 25), date(2019, 3, 25), "CANARYTOFAMILY"),
        needs="CANARYNEEDS", notes="CANARYRESCUENOTES", person_ids=[p.id],
        costs=[CostEntry(amount=1, currency="USD", paid_to="CANARYPAIDTO",
                         purpose="CANARYPURPOSE")]))
    # An edit puts old and new values into the audit trail: that must be sealed too.
    p = s.persons.get(p.case_no)
    p.notes = "CANARYNOTES edited"
    s.persons.update(p)


def files_hold(folder, needles: list[str]) -> list[str]:
    found = []
    for f in folder.iterdir():
        data = f.read_bytes()
        for n in needles:
            for form, enc in ((n, "utf-8"), (n.lower(), "utf-8"), (n, "utf-16-le")):
                if form.encode(enc) in data:
                    found.append(f"{f.name}:{n}")
    return found


def test_no_plaintext_in_vault_files_during_and_after_transaction(created_session, vault_dir):
    with created_session.db.transaction():
        plant_canaries(created_session)
        assert (vault_dir / (DB_FILE + "-wal")).exists()
        assert files_hold(vault_dir, CANARIES) == []  # mid-transaction, WAL included
    assert files_hold(vault_dir, CANARIES) == []
    # The canaries really are in the vault (else this test could not fail): read them back.
    records = created_session.records
    shown = repr(created_session.persons.get("SNJ-00001")) + repr(records.reports_for(1)) + repr(
        records.rescues_for(1)) + repr(records.contacts_for(1)) + repr(records.photos_for(1)) + repr(
        records.relatives_for(1)) + repr(records.incident(1))
    assert [c for c in CANARIES if c not in shown] == []
    created_session.close()
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


def _damaged_copy(folder, tmp_path, table: str) -> int:
    """A copy of a full vault with one bit flipped in the root page of table; that page's number."""
    s = open_vault(folder, PASSPHRASE)
    plant_canaries(s)
    for i in range(300):
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", f"Filler{i}")}))
    assert s.db.integrity_problems() == []
    page = s.db.conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?",
                             (table,)).fetchone()[0]
    s.close()
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    data = bytearray((copy / DB_FILE).read_bytes())
    assert len(data) // 4096 > 10
    data[(page - 1) * 4096 + 500] ^= 0x01
    (copy / DB_FILE).write_bytes(bytes(data))
    return page


def test_flipped_byte_in_a_copy_is_detected_and_the_page_named(made_vault, tmp_path):
    page = _damaged_copy(made_vault[0], tmp_path, "persons")  # a page unlocking does not read
    s = open_vault(tmp_path / "copy", PASSPHRASE)
    problems = s.db.integrity_problems()
    s.close()
    assert any(f"page {page}" in p for p in problems), problems


def test_flipped_byte_on_the_unlock_path_is_refused_with_the_page_named(made_vault, tmp_path):
    page = _damaged_copy(made_vault[0], tmp_path, "audit_log")  # unlocking appends to it
    before = (tmp_path / "copy" / DB_FILE).read_bytes()
    with pytest.raises(VaultError, match=f"damaged .*page {page}.*restore it from a backup"):
        open_vault(tmp_path / "copy", PASSPHRASE)
    assert (tmp_path / "copy" / DB_FILE).read_bytes() == before


def test_self_test_refuses_a_connection_without_the_promised_settings():
    import sqlcipher3

    from app.domain.errors import EnvironmentRefused
    from db.connection import self_test
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    # (cipher_memory_security is process-wide once any vault switched it on, so only temp_store
    # can be shown missing here.)
    with pytest.raises(EnvironmentRefused, match="temporary storage"):
        self_test(conn)
    conn.execute("PRAGMA temp_store = MEMORY")
    assert self_test(conn)["cipher_version"].startswith("4.")
    conn.close()


def test_newer_vault_format_is_refused(made_vault):
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    s.db.conn.execute("PRAGMA user_version = 999")
    s.close()
    with pytest.raises(VaultError, match="newer"):
        open_vault(folder, PASSPHRASE)


def test_self_test_reports_the_promised_settings(created_session):
    # on the session create_vault hands back, the desktop's first sitting with a new vault (a
    # vault opened later gets its connection from open_vault: test_every_connection_overwrites)
    from db.connection import self_test
    facts = self_test(created_session.db.conn)
    assert facts["cipher_version"].startswith("4.")
    assert facts["cipher_provider"] == "openssl"
    assert facts["cipher_memory_security"] == "1"
    assert facts["temp_store"] == "2"
    assert created_session.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert created_session.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert created_session.db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert created_session.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


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
