"""Bringing a vault's format up to date is all or nothing: a step that fails leaves the vault at
the format it had, without the steps before it half applied (and a new vault's schema is one
commit, not one per step)."""

from __future__ import annotations

import pytest
import sqlcipher3

from db import migrations


def _at_format(version: int, where: str = ":memory:"):
    """A database (SQLCipher's own SQLite, in memory or a file) whose schema is at this format."""
    conn = sqlcipher3.connect(where, isolation_level=None)
    for number, module in migrations.available():
        if number <= version:
            for statement in module.STATEMENTS:
                conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version:d}")
    return conn


def _indexes(conn) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_a_failing_step_leaves_the_format_it_had_and_none_of_the_steps_before_it():
    conn = _at_format(7)
    # the last step adds this column: made already, that step fails
    conn.execute("ALTER TABLE import_rows ADD COLUMN decided_version INTEGER")
    with pytest.raises(sqlcipher3.OperationalError, match="duplicate column"):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 7
    assert not {"import_rows_match_person", "import_rows_match_row"} & _indexes(conn)  # steps 8, 9
    assert not conn.in_transaction


def test_the_steps_pending_are_applied_together_and_said():
    conn = _at_format(7)
    assert migrations.migrate(conn) == list(range(8, migrations.latest_version() + 1))
    assert migrations.current_version(conn) == migrations.latest_version()
    assert {"import_rows_match_person", "import_rows_match_row"} <= _indexes(conn)
    assert migrations.migrate(conn) == []


def test_another_program_bringing_it_up_to_date_first_is_no_damage(tmp_path):
    """Two programs open an old vault at once (the desktop and an import): both read format 7;
    the other takes the write lock first and brings it up to date. This one must see that
    under the lock, not run the steps again ("duplicate column": the vault said damaged)."""
    path = str(tmp_path / "vault.db")
    _at_format(7, path).close()
    mine, other = (sqlcipher3.connect(path, isolation_level=None) for _ in range(2))

    class OtherGoesFirst:
        """This program's connection: it has read format 7; as it asks for the write lock,
        the other program has it first and brings the vault up to date."""
        went = False

        def execute(self, sql, *args):
            if sql.startswith("BEGIN") and not self.went:
                self.went = True
                assert migrations.migrate(other) == list(range(8, migrations.latest_version() + 1))
            return mine.execute(sql, *args)

    assert migrations.migrate(OtherGoesFirst()) == []
    assert migrations.current_version(mine) == migrations.latest_version()
