"""`backup --list` and `--keep` place each backup in this vault's trail: the trail is read once for
a drive of many backups, not once for each (a vault of years and twenty backups waited on it)."""

from __future__ import annotations

import json
import types

import pytest

from app.vault import open_vault
from db import connection
from tests.conftest import PASSPHRASE, run_in_process

ENTRIES = 4000  # a trail long enough that reading it outweighs the rest of the command


@pytest.fixture
def work_on_the_vault(monkeypatch, cli):
    """How much SQLite does on the vault's own database (its virtual machine's steps, counted
    by hundreds), whatever the code asks of it; the backups' files are not counted."""
    steps = [0]
    real = connection.sqlcipher3

    def connect(database, *args, **kwargs):
        conn = real.connect(database, *args, **kwargs)
        if f"{cli.vault.as_posix()}/" in str(database):
            conn.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1) or 0, 100)
        return conn

    names = {k: getattr(real, k) for k in dir(real) if not k.startswith("__")}
    monkeypatch.setattr(connection, "sqlcipher3", types.SimpleNamespace(**{**names,
                                                                          "connect": connect}))
    return steps


def _vault_of_years(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    s = open_vault(cli.vault, passphrase=PASSPHRASE)
    try:
        with s.db.transaction():
            for i in range(ENTRIES):
                s.audit.append("person.edit", "person", f"SNJ-{i % 50 + 1:05d}",
                               {"changes": {"village": ["Kocho", f"Tel Qasab {i}"]}})
    finally:
        s.close()


def _backups(cli, usb, n):
    for _ in range(n):
        r = cli("backup", str(usb))
        assert r.returncode == 0, r.stderr


def _work(steps, cli, *args) -> int:
    before = steps[0]
    r = run_in_process(["--vault", str(cli.vault), *args], cli.env)  # counted in this process
    assert r.returncode == 0, r.stderr
    return steps[0] - before


def test_listing_a_drive_of_many_backups_reads_the_trail_once(cli, tmp_path, work_on_the_vault):
    usb = tmp_path / "usb"
    usb.mkdir()
    _vault_of_years(cli)
    _backups(cli, usb, 2)
    few = _work(work_on_the_vault, cli, "backup", str(usb), "--list")
    _backups(cli, usb, 10)
    many = _work(work_on_the_vault, cli, "--json", "backup", str(usb), "--list")
    assert len(json.loads(run_in_process(["--vault", str(cli.vault), "--json", "backup", str(usb),
                                          "--list"], cli.env).stdout)) == 12
    # a read of the trail for each backup made twelve cost six times two
    assert many < few * 1.5, (few, many)


def test_keep_places_a_drive_of_many_backups_with_one_read(cli, tmp_path, work_on_the_vault):
    usb = tmp_path / "usb"
    usb.mkdir()
    _vault_of_years(cli)
    _backups(cli, usb, 2)
    few = _work(work_on_the_vault, cli, "backup", str(usb), "--keep", "50")
    _backups(cli, usb, 10)
    many = _work(work_on_the_vault, cli, "backup", str(usb), "--keep", "50")
    assert many < few * 1.5, (few, many)
    r = run_in_process(["--vault", str(cli.vault), "--json", "backup", str(usb), "--keep", "3"],
                       cli.env)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["removed"]) == 12  # 14 there, 3 kept: still placed right
