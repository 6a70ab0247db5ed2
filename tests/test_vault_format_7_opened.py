"""A vault of format 7, written by the version before the indexes of matched rows (d25484f),
is brought up to date when opened: the indexes of rows matched to a person and of rows going
with another (migrations 8, 9), a salt for each new audit entry (10). Its trail still
verifies, the entries it wrote without salts too, and a woman it holds is deleted as in any
vault.

tests/fixtures/vault_format_7 was made by that version's `casekeeper` with the fast KDF and the
tests' passphrase: init --prefix SNJ; person add Jilan Khalaf Hasan (notes Qqoldnoteq);
person add Zzgonez (notes Qqgonenoteq) and person delete SNJ-00002; person status SNJ-00001
located (note Qqoldstatusq); import of a list waiting whose row 3 (notes Qqoldrowq) was
decided by hand to update her."""

from __future__ import annotations

import json
import shutil

from app.vault import open_vault
from db.database import DB_FILE
from db.migrations import latest_version
from tests.conftest import PASSPHRASE, ROOT
from tests.pagescan import pages_holding

FIXTURE = ROOT / "tests" / "fixtures" / "vault_format_7"


def test_a_vault_of_format_7_is_brought_up_to_date_and_still_deletes_her(tmp_path):
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURE, folder)
    s = open_vault(folder, PASSPHRASE)
    try:
        c = s.db.conn
        assert c.execute("PRAGMA user_version").fetchone()[0] == latest_version() >= 10
        indexes = {n for (n,) in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"import_rows_match_person", "import_rows_match_row"} <= indexes
        salts = dict(c.execute("SELECT seq, salt FROM audit_log"))
        unlocked = max(salts)  # this opening's own entry: the first with a salt
        assert [q for q, salt in salts.items() if salt] == [unlocked]
        assert len(salts[unlocked]) == 32
        report = s.audit.verify()
        assert report.ok and report.erased == ((7, "SNJ-00002", 1),)  # the old deletion's
        key = s.data_key
        assert pages_holding(folder / DB_FILE, key, b"Qqoldrowq")

        s.persons.delete("SNJ-00001", "to protect her")
        report = s.audit.verify()
        assert report.ok and [ref for _, ref, _ in report.erased] == ["SNJ-00002", "SNJ-00001"]
        row = c.execute("SELECT outcome, raw_json, rejected FROM import_rows WHERE "
                        "row_number=3").fetchone()
        assert row[:2] == ("rejected", "{}") and "deleted since" in json.loads(row[2])["said"]
    finally:
        s.close()
    for word in (b"Qqoldnoteq", b"Qqoldstatusq", b"Qqoldrowq", b"Qqgonenoteq"):
        assert not pages_holding(folder / DB_FILE, key, word), word
