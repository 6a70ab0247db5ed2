"""A drive failing or pulled out as the close folds the vault's log in still warns that the log
may hold earlier versions of what was changed (an informant's name erased from her notes stays
in vault.db-wal until the next unlock folds it), as a full disk's warning does."""

from __future__ import annotations

from types import SimpleNamespace

from db.connection import DatabaseError

LOG = "the log may hold earlier versions of what was changed until it is"


def _closed_with(error, folder, capsys) -> str:
    from app.cli.main import _close

    def close():
        raise error

    _close(SimpleNamespace(close=close, vault_dir=folder))
    return capsys.readouterr().err


def test_a_failing_drive_at_the_close_warns_the_log_holds_earlier_versions(tmp_path, capsys):
    said = _closed_with(DatabaseError("disk I/O error"), tmp_path, capsys)
    assert "could not be read or written (disk I/O error): it may be failing" in said, said
    assert LOG in said and "unlock once" in said


def test_a_full_disk_at_the_close_still_warns_so(tmp_path, capsys):
    said = _closed_with(DatabaseError("database or disk is full"), tmp_path, capsys)
    assert "is full or cannot be written" in said and LOG in said, said
