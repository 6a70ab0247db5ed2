"""A deletion finds the rows of lists not imported that were matched to her through an index
of matched rows, not by reading every list's rows; a vault made before the index gets it when
it is next opened."""

from __future__ import annotations

from app.vault import create_vault, open_vault
from db.keyslots import KdfParams
from db.migrations import latest_version
from tests.conftest import PASSPHRASE

_PLAN_SQL = ("SELECT DISTINCT r.batch_id FROM import_rows r JOIN import_batches b "
             "ON b.id = r.batch_id WHERE r.match_person_id IN (?) AND b.state != 'committed'")


def _indexes(s) -> set[str]:
    return {n for (n,) in s.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='import_rows'")}


def test_the_rows_matched_to_her_are_read_through_their_index(tmp_path):
    s, _ = create_vault(tmp_path / "v", PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        assert "import_rows_match_person" in _indexes(s)
        plan = " ".join(str(r[-1]) for r in s.db.conn.execute("EXPLAIN QUERY PLAN " + _PLAN_SQL,
                                                               (1,)))
        assert "import_rows_match_person" in plan, plan
    finally:
        s.close()


def test_a_vault_made_before_the_index_gets_it_when_opened(tmp_path):
    folder = tmp_path / "v"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
    s.db.conn.execute("DROP INDEX import_rows_match_person")
    s.db.conn.execute(f"PRAGMA user_version = {latest_version() - 1:d}")
    s.close()
    s = open_vault(folder, PASSPHRASE)
    try:
        assert "import_rows_match_person" in _indexes(s)
        assert s.db.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    finally:
        s.close()
