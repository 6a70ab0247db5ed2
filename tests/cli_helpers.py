"""Helpers for tests that drive the command line in a child process (the cli fixture)."""

from __future__ import annotations

import json


def add(cli, *args) -> str:
    """`person add ARGS` through the command line; the new record's case number."""
    r = cli("--json", "person", "add", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["case_no"]


def ok(cli, *args, **kw):
    """A command through the command line that must succeed; its result."""
    r = cli(*args, **kw)
    assert r.returncode == 0, (args, r.stderr)
    return r


def restored_over(folder, tmp_path):
    """A real backup of the vault at folder restored over it, through the command line: the
    vault it replaced, kept beside it."""
    from app.backup_drive import moved_aside
    from tests.conftest import cli_env, run_cli

    env = cli_env(tmp_path)
    (tmp_path / "usb").mkdir()
    r = run_cli(["--vault", str(folder), "--json", "backup", str(tmp_path / "usb")], env)
    assert r.returncode == 0, r.stderr
    backup = json.loads(r.stdout)["backup"]
    r = run_cli(["--vault", str(folder), "restore", backup, "--yes"], env)
    assert r.returncode == 0, r.stderr
    [kept] = moved_aside(folder)
    return kept
