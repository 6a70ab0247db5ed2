"""What is deleted or replaced leaves no readable trace in the vault's file, even for someone
who holds the key (a passphrase given up at a checkpoint): every page is read decrypted,
free space included (tests/pagescan.py).

The deletions run in the session create_vault hands back (created_session): the desktop's whole
first sitting with a new vault runs in it, and a template copy (session) is opened anew."""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import Report
from app.vault import open_vault
from db.connection import connect
from db.database import DB_FILE
from tests.conftest import PASSPHRASE
from tests.pagescan import pages_holding

INFORMANT = "Qqdilshadq"  # a name no other text in the vault holds


def _person(given: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText("", given), NamePart.FATHER:
                         NameText("", "Khalil")}, sex=Sex.FEMALE)


def _vault_with_reports(session, n: int = 20) -> tuple[int, list[int]]:
    pid = session.persons.create(_person("Nadia")).id
    ids = [session.records.add_report(Report(
        FuzzyDate.parse("2019"), FuzzyDate.parse("2019"), "Mosul",
        f"Report {i}: told by {INFORMANT}{i:02d}, who lives by the old market and calls on "
        f"Fridays from his brother's telephone", "S-7", 2, True, [pid])) for i in range(n)]
    return pid, ids


def _reopened(vault_dir):
    """The file as it lies on the laptop: the program closed (its WAL checkpointed)."""
    s = open_vault(vault_dir, PASSPHRASE)
    key = s.data_key
    s.close()
    return vault_dir / DB_FILE, key


def test_the_scan_reads_live_text_so_that_finding_nothing_means_something(session, vault_dir):
    _vault_with_reports(session)
    session.close()
    db, key = _reopened(vault_dir)
    assert pages_holding(db, key, f"{INFORMANT}07".encode())


def test_a_report_edited_to_take_the_informant_out_keeps_no_copy_of_the_old_text(
        created_session, vault_dir):
    _pid, ids = _vault_with_reports(created_session)
    created_session.records.edit_report(ids[7], {"text": "An informant saw her in Mosul"})
    created_session.close()
    db, key = _reopened(vault_dir)
    assert pages_holding(db, key, f"{INFORMANT}07".encode()) == []
    assert pages_holding(db, key, f"{INFORMANT}08".encode())  # the others are still there


def test_a_deleted_person_leaves_no_name_in_the_file(created_session, vault_dir):
    for i in range(30):
        created_session.persons.create(_person(f"Layla{i}"))
    gone = created_session.persons.create(_person("Zzqhiddenq"))
    for i in range(30):
        created_session.persons.create(_person(f"Samira{i}"))
    db = vault_dir / DB_FILE
    # her name as written, as the search vocabulary folds it, and a piece of its trigram index
    traces = (b"Zzqhiddenq", b"zzqhiddenq", b"qhi")
    assert all(pages_holding(db, created_session.data_key, t) for t in traces)
    created_session.persons.delete(gone.case_no, "to protect her")
    assert created_session.search.search("Zzqhiddenq") == []
    created_session.close()
    db, key = _reopened(vault_dir)
    assert [t for t in traces if pages_holding(db, key, t)] == []
    assert pages_holding(db, key, b"Samira7") and pages_holding(db, key, b"samira7")


def test_the_other_names_are_still_found_after_a_deletion(session):
    kept = session.persons.create(_person("Zzqkeptq"))
    gone = session.persons.create(_person("Zzqhiddenq"))
    assert [r.case_no for r in session.search.search("Zzqkeptq")] == [kept.case_no]
    session.persons.delete(gone.case_no)
    assert [r.case_no for r in session.search.search("Zzqkeptq")] == [kept.case_no]
    assert [r.case_no for r in session.search.search("Khalil")] == [kept.case_no]
    again = session.persons.create(_person("Zzqhiddenq"))  # the same name, a new record
    assert [r.case_no for r in session.search.search("Zzqhiddenq")][:1] == [again.case_no]


def test_every_connection_overwrites_what_it_deletes(made_vault):
    vault_dir, _ = made_vault
    s = open_vault(vault_dir, PASSPHRASE)
    key = s.data_key
    s.close()
    conn = connect(vault_dir / DB_FILE, key, create=False)
    try:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        conn.close()


def test_without_overwriting_a_deleted_row_would_stay_readable(session, vault_dir):
    # What the settings above prevent, shown: with secure_delete off, a deleted report's text
    # stays in the page's free space for anyone with the key.
    _pid, ids = _vault_with_reports(session)
    conn = session.db.conn
    conn.execute("PRAGMA secure_delete = OFF")
    with session.db.transaction():
        conn.execute("DELETE FROM report_persons WHERE report_id=?", (ids[7],))
        conn.execute("DELETE FROM reports WHERE id=?", (ids[7],))
    session.close()
    s = open_vault(vault_dir, PASSPHRASE)
    key = s.data_key
    s.close()
    assert pages_holding(vault_dir / DB_FILE, key, f"{INFORMANT}07".encode())


def test_while_the_program_is_still_open_the_log_keeps_no_copy_either(created_session, vault_dir):
    # The laptop may be taken while the program is open, or cut off without closing it.
    pid, ids = _vault_with_reports(created_session)
    others = [created_session.persons.create(_person(f"Layla{i}")) for i in range(10)]
    gone = created_session.persons.create(_person("Zzqhiddenq"))
    created_session.records.edit_report(ids[7], {"text": "An informant saw her in Mosul"})
    created_session.persons.delete(gone.case_no, "to protect her")
    db = vault_dir / DB_FILE
    assert pages_holding(db, created_session.data_key, f"{INFORMANT}07".encode()) == []
    assert pages_holding(db, created_session.data_key, b"Zzqhiddenq") == []
    assert pages_holding(db, created_session.data_key, b"Layla7") and others


def test_a_deletion_inside_a_larger_change_empties_the_log_once_that_is_saved(created_session,
                                                                              vault_dir):
    # A list's withdrawal deletes the persons it made inside its own transaction.
    gone = created_session.persons.create(_person("Zzqhiddenq"))
    with created_session.db.transaction():
        created_session.persons.delete(gone.case_no, "made by a list withdrawn")
    wal = vault_dir / f"{DB_FILE}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert pages_holding(vault_dir / DB_FILE, created_session.data_key, b"Zzqhiddenq") == []
