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
