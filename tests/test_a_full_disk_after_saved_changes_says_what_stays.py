"""A command or desktop job the disk stops after it had saved changes (demo: persons, then
reports one by one) is not told "nothing was changed": what was saved stays, the rest not done."""

from __future__ import annotations

from db.connection import DatabaseError
from tests.run_command import run_command

PART = "it stopped part way: what was saved before the disk refused stays in the vault"


def _saves_then_refused(args, ctx):
    session = ctx.open_session()
    with session.db.transaction():
        session.meta.set("test_first_part", "saved")
    raise DatabaseError("database or disk is full")


def _refused_at_once(args, ctx):
    ctx.open_session()
    raise DatabaseError("database or disk is full")


def test_a_command_that_saved_before_is_not_told_nothing_changed(cli, monkeypatch, capsys):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    code, err = run_command(monkeypatch, capsys, cli, _saves_then_refused)
    assert code == 9
    assert PART in err and "nothing was changed" not in err, err


def test_one_refused_change_still_says_nothing_changed(cli, monkeypatch, capsys):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    code, err = run_command(monkeypatch, capsys, cli, _refused_at_once)
    assert code == 9
    assert "nothing was changed, the vault is as it was before" in err and PART not in err


def test_a_desktop_job_that_saved_before_says_so(qapp, qtbot, session):
    from ui.worker import VaultWorker

    worker = VaultWorker()
    worker.session = session
    said: list[str] = []

    def job(s):
        with s.db.transaction():
            s.meta.set("test_first_part", "saved")
        raise DatabaseError("database or disk is full")

    worker.submit(job, on_error=said.append)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert PART in said[0] and "nothing was changed" not in said[0], said
    worker.submit(lambda s: (_ for _ in ()).throw(DatabaseError("database or disk is full")),
                  on_error=said.append)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert "nothing was changed" in said[1]
