"""An erased entry keeps the MAC it was sealed with: the next entry, and a chain head noted on
paper, chain from it. Whoever is made to give the passphrase holds the chain's key: had the MAC
sealed the entry's fields alone, they could test a guess of what it said (her captor, from a
list of names) against it, as docs/VAULT-FORMAT.md tells them to compute it. Each entry is
sealed with a salt of its own, wiped with what it said: the guess confirms nothing then. An
entry written before salts (a vault of an earlier version) still confirms a guess: said so in
docs/VAULT-FORMAT.md, and shown here."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil

from app.audit import audit_key
from app.domain.person import NamePart, NameText, Person
from app.vault import open_vault
from db.database import DB_FILE
from tests.conftest import PASSPHRASE, ROOT
from tests.pagescan import pages_holding


def _confirms(key: bytes, conn, seq: int, detail: str, salt: str = "") -> bool:
    """Whether detail is what entry seq said, by its MAC, as the format document tells."""
    at, action, entity, ref, mac = conn.execute(
        "SELECT at, action, entity, entity_ref, mac FROM audit_log WHERE seq=?",
        (seq,)).fetchone()
    prev = conn.execute("SELECT mac FROM audit_log WHERE seq=?", (seq - 1,)).fetchone()[0]
    fields = [prev, seq, at, action, entity, ref, detail, *([salt] if salt else [])]
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.compare_digest(hmac.new(key, body, hashlib.sha256).hexdigest(), mac)


def test_an_erased_entrys_seal_confirms_no_guess_of_what_it_said(created_session, vault_dir):
    her = created_session.persons.create(Person(names={NamePart.GIVEN: NameText("", "Zzsaltq")}))
    her.held_by = "Abu Qaswara Tunisi"
    created_session.persons.update(her)
    key, conn = audit_key(created_session.data_key), created_session.db.conn
    seq, detail, salt = conn.execute(
        "SELECT seq, detail, salt FROM audit_log WHERE action='person.edit'").fetchone()
    assert len(salt) == 32 and _confirms(key, conn, seq, detail, salt)
    assert not _confirms(key, conn, seq, detail)  # the salt is sealed with it
    created_session.persons.delete(her.case_no, "to protect her")
    assert conn.execute("SELECT detail, salt FROM audit_log WHERE seq=?", (seq,)).fetchone() \
        == ('{"erased": true}', "")
    # the guess, right to the letter, is no longer confirmed: its salt went with it
    assert not _confirms(key, conn, seq, detail)
    assert not pages_holding(vault_dir / DB_FILE, created_session.data_key, salt.encode())
    assert _confirms(key, conn, seq, detail, salt)  # (what only the wiped salt could tell)
    assert created_session.audit.verify().ok


def test_an_entry_written_before_salts_still_confirms_a_guess_once_erased(tmp_path):
    """What does not hold: the vault of format 7 (tests/test_vault_format_7_opened.py) wrote
    her status entry without a salt; erased after the upgrade, its MAC still confirms a
    guess of the exact text it held to anyone holding the passphrase."""
    folder = tmp_path / "vault"
    shutil.copytree(ROOT / "tests" / "fixtures" / "vault_format_7", folder)
    s = open_vault(folder, PASSPHRASE)
    try:
        key, conn = audit_key(s.data_key), s.db.conn
        seq, detail = conn.execute("SELECT seq, detail FROM audit_log WHERE "
                                   "action='person.status'").fetchone()
        s.persons.delete("SNJ-00001", "to protect her")
        assert conn.execute("SELECT detail FROM audit_log WHERE seq=?", (seq,)).fetchone()[0] \
            == '{"erased": true}'
        # a status is one of a few words: each tried in turn, the seal says which it was
        guesses = [json.dumps({"changes": {"status": ["", st]}, "date": "", "status": st})
                   for st in ("missing", "sighted", "located", "rescued", "deceased")]
        assert [g for g in guesses if _confirms(key, conn, seq, g)] == [detail]
        assert '"located"' in detail
    finally:
        s.close()
