"""The audit trail detects an edited, deleted, reordered or inserted entry, and names where."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person


@pytest.fixture
def chained(session):
    for name in ("Nadia", "Layla", "Khalida", "Jamila"):
        session.persons.create(Person(names={NamePart.GIVEN: NameText("", name)}))
    report = session.audit.verify()
    assert report.ok and report.entries == 5  # vault.create + 4 creates
    return session


def raw(session, sql, *args):
    session.db.conn.execute(sql, args)


def test_intact_chain_verifies_and_head_is_last_mac(chained):
    report = chained.audit.verify()
    last = chained.db.conn.execute("SELECT mac FROM audit_log ORDER BY seq DESC").fetchone()[0]
    assert report.ok and report.head == last == chained.audit.head()


def test_edited_entry_detected(chained):
    raw(chained, "UPDATE audit_log SET entity_ref='SNJ-00099' WHERE seq=3")
    report = chained.audit.verify()
    assert not report.ok and report.first_broken_seq == 3
    assert report.problem == "entry 3 was edited (its content no longer matches its seal)"


def test_edited_detail_detected(chained):
    raw(chained, "UPDATE audit_log SET detail='{\"x\":1}' WHERE seq=4")
    report = chained.audit.verify()
    assert report.first_broken_seq == 4 and "entry 4 was edited" in report.problem


def test_replaced_seal_detected(chained):
    raw(chained, "UPDATE audit_log SET mac=? WHERE seq=2", "cd" * 32)
    report = chained.audit.verify()
    assert report.first_broken_seq == 2 and "seal (MAC) replaced" in report.problem


def test_deleted_entry_detected(chained):
    raw(chained, "DELETE FROM audit_log WHERE seq=2")
    report = chained.audit.verify()
    assert not report.ok and report.first_broken_seq == 3
    assert report.problem == "entry 2 is missing (deleted; the next is 3)"


def test_deleted_first_entry_detected(chained):
    raw(chained, "DELETE FROM audit_log WHERE seq=1")
    assert chained.audit.verify().first_broken_seq == 2


def test_reordered_entries_detected(chained):
    a = chained.db.conn.execute("SELECT at, action, entity, entity_ref, detail, mac, salt "
                                "FROM audit_log WHERE seq=2").fetchone()
    b = chained.db.conn.execute("SELECT at, action, entity, entity_ref, detail, mac, salt "
                                "FROM audit_log WHERE seq=3").fetchone()
    for seq, row in ((2, b), (3, a)):  # an entry moved whole, its salt with it
        raw(chained, "UPDATE audit_log SET at=?, action=?, entity=?, entity_ref=?, detail=?, "
                     "mac=?, salt=? WHERE seq=?", *row, seq)
    report = chained.audit.verify()
    assert report.first_broken_seq == 2
    assert report.problem == "entry 2 was moved: it belongs after the entry now at 3"


def test_inserted_entry_detected(chained):
    # Make room by renumbering, then insert a forged entry with a made-up MAC.
    for seq in (5, 4, 3):
        raw(chained, "UPDATE audit_log SET seq=? WHERE seq=?", seq + 1, seq)
    raw(chained, "INSERT INTO audit_log(seq, at, action, entity, entity_ref, detail, mac) "
                 "VALUES(3, '2026-01-01T00:00:00Z', 'person.delete', 'person', 'SNJ-00001', "
                 "'{}', ?)", "ab" * 32)
    report = chained.audit.verify()
    assert report.first_broken_seq == 3
    assert report.problem == "entry 3 was inserted (the entries after it were renumbered)"


def test_forged_entry_with_recomputed_plain_hash_detected(chained):
    """Without the key an attacker cannot make a valid MAC, even knowing the format."""
    import hashlib
    import json
    prev = chained.db.conn.execute("SELECT mac FROM audit_log WHERE seq=5").fetchone()[0]
    body = json.dumps([prev, 6, "2026-01-01T00:00:00Z", "person.delete", "person", "SNJ-00002",
                       "{}"], separators=(",", ":"))
    raw(chained, "INSERT INTO audit_log(seq, at, action, entity, entity_ref, detail, mac) "
                 "VALUES(6, '2026-01-01T00:00:00Z', 'person.delete', 'person', 'SNJ-00002', "
                 "'{}', ?)", hashlib.sha256(body.encode()).hexdigest())
    report = chained.audit.verify()
    assert report.first_broken_seq == 6 and "added without the key" in report.problem


def test_every_kind_of_change_is_recorded(session):
    from app.domain.person import Status, StatusEvent
    p = session.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}))
    p.origin_village = "Kocho"
    session.persons.update(p)
    session.persons.add_status(p.case_no, StatusEvent(Status.RESCUED))
    edit = session.audit.history("person", p.case_no)[1]
    assert '"origin_village": ["", "Kocho"]' in edit.detail
    session.persons.delete(p.case_no, reason="entered twice")
    actions = [r.action for r in session.audit.history("person", p.case_no)]
    assert actions == ["person.create", "person.edit", "person.status", "person.delete"]
    # what the entries said of her went with her record; that they were made stays
    assert [r.detail for r in session.audit.history("person", p.case_no)[:3]] == [
        '{"erased": true}'] * 3
    assert session.audit.verify().ok


def test_cli_verify_names_the_broken_entry_and_prints_the_head(cli):
    import json

    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    cli("init")
    for name in ("Nadia", "Layla", "Khalida"):
        cli("person", "add", "--given", name)
    s = open_vault(cli.vault, PASSPHRASE)
    s.db.conn.execute("UPDATE audit_log SET entity_ref='SNJ-00003' WHERE seq=3")
    s.close()
    r = cli("audit", "verify")
    assert r.returncode == 8
    lines = r.stdout.splitlines()
    assert lines[0] == ("AUDIT CHAIN BROKEN at entry 3: entry 3 was edited "
                        "(its content no longer matches its seal)")
    assert lines[1].startswith("chain head: ") and len(lines[1]) == len("chain head: ") + 64
    data = json.loads(cli("--json", "audit", "verify").stdout)
    assert data["ok"] is False and data["first_broken_seq"] == 3
    assert cli("unlock-check").returncode == 7


def test_cut_off_tail_is_invisible_inside_but_found_with_the_noted_head(cli):
    """Deleting the newest entries leaves a valid chain; only a head noted outside shows it."""
    import json

    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    cli("init")
    cli("person", "add", "--given", "Nadia")
    noted = json.loads(cli("--json", "audit", "verify").stdout)["chain_head"]
    r = cli("audit", "verify", "--noted", noted[:16])  # the 16 digits a dossier prints
    assert r.returncode == 0 and "the log still holds it" in r.stdout
    cli("person", "add", "--given", "Layla")
    s = open_vault(cli.vault, PASSPHRASE)
    seq = s.audit.find_head(noted)
    # The noted head is the unlock entry of that `audit verify`. Cut from the person's entry
    # before it: cut at the unlock alone, the next run's unlock, written in the same second,
    # would be the very same entry with the very same MAC, and the noted head would be back.
    s.db.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (seq - 1,))
    s.close()
    r = cli("audit", "verify")
    assert r.returncode == 0  # the shortened chain is still a valid chain
    r = cli("audit", "verify", "--noted", noted)
    assert r.returncode == 8 and "NOTED HEAD" in r.stdout and "NOT FOUND" in r.stdout
    r = cli("audit", "verify", "--noted", "not-hex")
    assert r.returncode == 2 and r.stderr.count("\n") == 1


def test_the_trail_is_read_newest_first_a_page_at_a_time(chained):
    chained.audit.append_many([("note", "test", str(i), {}) for i in range(20)])  # seq 6..25
    first = chained.audit.newest(10)
    assert [r.seq for r in first.rows] == list(range(25, 15, -1))
    assert first.total == 25 and first.has_older
    second = chained.audit.newest(10, before=first.rows[-1].seq)
    assert [r.seq for r in second.rows] == list(range(15, 5, -1)) and second.has_older
    last = chained.audit.newest(10, before=second.rows[-1].seq)
    assert [r.seq for r in last.rows] == [5, 4, 3, 2, 1] and not last.has_older
    assert chained.audit.newest(5, before=6).has_older is False  # exactly the rest
    assert chained.audit.newest(10, before=1).rows == []


def test_an_empty_audit_page_is_refused_by_name(chained):
    from app.domain.errors import ValidationError
    with pytest.raises(ValidationError, match="at least 1 entry"):
        chained.audit.newest(0)
