"""A disk that takes no more bytes (a file-size limit, as a full disk refuses): every command
says so in one line, what was kept and what to do; never a traceback, never "damaged"."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT

ROWS = "\n".join(f"Hêvî{i},Elyas{i},Murad,F,199{i % 10},Kocho,missing,03/08/2014"
                 for i in range(400))


def _limited(kib: int):
    def preexec():  # no file may grow past kib KiB: SQLite's writes beyond it are refused
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (kib * 1024, kib * 1024))
    return preexec


def _run(cli, kib: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--vault", str(cli.vault), *args],
                          cwd=ROOT, env=cli.env, capture_output=True, text=True, timeout=120,
                          preexec_fn=_limited(kib))


@pytest.fixture
def made(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    return cli


def test_a_command_whose_close_cannot_fold_the_log_warns_and_keeps_its_work(made):
    r = _run(made, 128, "person", "add", "--given", "Hêvî", "--sex", "F")
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 0
    assert "warning: the disk of the vault" in r.stderr
    assert "is full or cannot be written (disk I/O error): what was done is saved" in r.stderr
    # the log folded at the next unlock: she is there, and the vault whole
    assert made("unlock-check").returncode == 0
    assert "Hêvî" in made("person", "show", "SNJ-00001").stdout


def test_an_import_refused_by_the_disk_says_nothing_changed(made, tmp_path):
    listed = tmp_path / "list.csv"
    listed.write_text("Name,Father,Grandfather,Sex,Born,Village,Status,Date\n" + ROWS + "\n")
    r = _run(made, 64, "import", str(listed), "--source", "X", "--yes")
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 9
    assert "is full or cannot be written" in r.stderr
    assert "nothing was changed, the vault is as it was before; free space on that disk" in r.stderr
    assert "the vault database reported an error" not in r.stderr
    assert "what was done is saved" not in r.stderr  # the close says nothing against it
    assert made("unlock-check").returncode == 0
    assert made("--json", "info").stdout.count('"persons": 0') == 1


def test_an_unlock_refused_by_the_disk_is_not_called_damage(made):
    r = _run(made, 8, "info")
    assert r.returncode == 9, r.stderr
    assert "damaged" not in r.stderr and "Traceback" not in r.stderr
    assert "the vault was not opened and nothing in it was changed" in r.stderr
    assert made("unlock-check").returncode == 0


def test_the_desktop_says_a_full_disk_in_its_words(tmp_path):
    from db.connection import DatabaseError
    from ui.worker import describe_error

    said = describe_error(DatabaseError("database or disk is full"), tmp_path / "vault")
    assert said.startswith("the disk of the vault ") and "nothing was changed" in said
    assert "unexpected error" not in said


def test_the_desktop_says_it_in_arabic(qapp, new_translations, tmp_path):
    import ui.i18n
    from db.connection import DatabaseError
    from ui.worker import describe_error

    try:
        ui.i18n.apply_language(qapp, "ar")
        said = describe_error(DatabaseError("database or disk is full"), tmp_path / "vault")
    finally:
        ui.i18n.apply_language(qapp, "en")
    assert "ممتلئ أو لا يمكن الكتابة فيه" in said and "لم يتغيّر شيء" in said


def test_a_commit_stands_where_the_disk_refuses_the_fold_after_it(session, monkeypatch):
    """A person deleted (her old pages folded out of the log at once) on a full disk: the
    deletion is made, and no error says it failed (the close tries the fold again)."""
    from db import database

    class Refusing:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "wal_checkpoint" in sql:
                raise database.connection.DatabaseError("disk I/O error")
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    real = session.db.conn
    monkeypatch.setattr(session.db, "conn", Refusing(real))
    session.db.forget_old_pages()  # would have raised: the deletion before it said to fail
    monkeypatch.setattr(session.db, "conn", real)


def test_a_backup_the_drive_refuses_names_the_drive(made, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    r = _run(made, 128, "backup", str(usb))
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 4
    assert f"the drive of {usb} is full or cannot be written (disk I/O error): no backup was " \
           "made and the vault is unchanged" in r.stderr
    assert "what was done is saved" not in r.stderr and list(usb.iterdir()) == []
