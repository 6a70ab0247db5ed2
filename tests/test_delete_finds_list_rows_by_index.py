"""A deletion finds the list rows matched to her, and the rows going with those, through
indexes of their own, not by reading every list's rows (a vault made before the indexes gets
them when it is next opened: tests/test_vault_format_7_opened.py)."""

from __future__ import annotations

from app.vault import create_vault
from db.keyslots import KdfParams
from db.repositories.erasure_rows import ErasureRowsRepository
from tests.conftest import PASSPHRASE

_MATCHED = "import_rows_match_person"  # migration 8
_FOLLOWING = "import_rows_match_row"  # migration 9


def _indexes(s) -> set[str]:
    return {n for (n,) in s.db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='import_rows'")}


def _plans(s, sql: list[str]) -> str:
    """The query plans of the statements a deletion runs to find her rows."""
    out, conn = [], s.db.conn
    real = conn.execute

    class Watch:
        def execute(self, statement, args=()):
            if "FROM import_rows" in statement:
                out.extend(str(r[-1]) for r in real("EXPLAIN QUERY PLAN " + statement, args))
                sql.append(statement)
            return real(statement, args)

    repo = ErasureRowsRepository(s.db)
    repo.db = type("Db", (), {"conn": Watch()})()
    repo.matched_to([1, 2])
    repo.following(1, [3, 4], [1, 2])
    return " ".join(out)


def test_the_rows_matched_to_her_and_going_with_hers_are_read_through_indexes(tmp_path):
    s, _ = create_vault(tmp_path / "v", PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        assert {_MATCHED, _FOLLOWING} <= _indexes(s)
        sql: list[str] = []
        plan = _plans(s, sql)
        assert len(sql) == 2 and _MATCHED in plan and _FOLLOWING in plan, plan
        assert "SCAN r" not in plan, plan
    finally:
        s.close()
