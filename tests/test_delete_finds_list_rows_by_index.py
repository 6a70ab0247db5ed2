"""A deletion finds the list rows matched to her, and the rows going with those, through
indexes of their own, not by reading every list's rows; a vault made before the indexes gets
them when it is next opened."""

from __future__ import annotations

import db.migrations as migrations
from app.vault import create_vault, open_vault
from db.keyslots import KdfParams
from db.migrations import latest_version
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


def test_a_vault_made_before_the_indexes_gets_them_when_opened(tmp_path, monkeypatch):
    """A vault of format 7, as the version before the indexes made it (its schema built by the
    migrations it knew), is brought up to date when opened."""
    folder = tmp_path / "v"
    known = migrations.available
    with monkeypatch.context() as m:
        m.setattr(migrations, "available", lambda: [s for s in known() if s[0] <= 7])
        s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
        assert s.db.conn.execute("PRAGMA user_version").fetchone()[0] == 7
        assert not {_MATCHED, _FOLLOWING} & _indexes(s)
        s.close()
    s = open_vault(folder, PASSPHRASE)
    try:
        assert {_MATCHED, _FOLLOWING} <= _indexes(s)
        assert s.db.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    finally:
        s.close()


def test_a_vault_of_format_8_gets_the_index_of_rows_going_with_another(tmp_path,
                                                                      monkeypatch):
    """The format the version before this one wrote: only migration 9 is to be applied."""
    folder = tmp_path / "v"
    known = migrations.available
    with monkeypatch.context() as m:
        m.setattr(migrations, "available", lambda: [s for s in known() if s[0] <= 8])
        s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast())
        assert _MATCHED in _indexes(s) and _FOLLOWING not in _indexes(s)
        s.close()
    s = open_vault(folder, PASSPHRASE)
    try:
        assert _FOLLOWING in _indexes(s)
    finally:
        s.close()
