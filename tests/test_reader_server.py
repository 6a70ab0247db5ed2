"""The reader server: one interpreter started once forks a bounded child for every file read.

Each read used to start a new interpreter (about 0.1 s); the server is started as that child
was, fresh and without secrets, and the child it forks keeps the limits and the deadline."""

from __future__ import annotations

import os
import time

import pytest

from app.domain.errors import InputFileError
from app.importing import ReadLimits, reader_server, sandbox
from tests import hostile_files as hf


@pytest.fixture(autouse=True)
def fresh_server():
    reader_server.stop()
    yield
    reader_server.stop()


def _ask(fn, *args, **limits):
    return sandbox.run_isolated(fn, args, ReadLimits(**limits), "probe.xlsx")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_every_read_is_a_new_child_of_one_server_started_by_this_process():
    first, second = _ask(hf.child_itself), _ask(hf.child_itself)
    assert first["pid"] != second["pid"] and first["pid"] != os.getpid()
    assert first["parent"] == second["parent"] != os.getpid()
    with open(f"/proc/{first['parent']}/stat") as fh:
        assert int(fh.read().split(") ")[1].split()[1]) == os.getpid()


def test_the_child_sets_its_memory_and_processor_limits_on_itself():
    got = _ask(hf.child_itself, memory_bytes=900 * 2**20, timeout_seconds=30)
    assert got["memory"] == 900 * 2**20
    # the caller's deadline kills it; a CPU limit a little beyond stops it if the caller is gone
    assert got["cpu"] == 40


def test_the_server_passes_on_no_secret(monkeypatch):
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "correct horse battery")
    env = _ask(hf.child_environment)
    assert "CASEKEEPER_PASSPHRASE" not in env and env.get("PYTHONPATH")


def test_a_read_past_its_deadline_is_killed_and_the_next_read_uses_the_same_server():
    server = _ask(hf.child_itself)["parent"]
    started = time.monotonic()
    with pytest.raises(InputFileError, match="probe.xlsx: reading took longer than 1 s"):
        _ask(hf.child_sleeps, 60, timeout_seconds=1)
    assert time.monotonic() - started < 15
    after = _ask(hf.child_itself)
    assert after["parent"] == server
    # the sleeping child was killed, not left to run on: the server, which waits for each child,
    # answered at once and has no child left
    assert not any(_alive(pid) for pid in _children_of(server))


def test_a_server_that_died_is_started_again_and_the_read_goes_through():
    server = _ask(hf.child_itself)["parent"]
    os.kill(server, 9)
    os.waitpid(server, 0)
    again = _ask(hf.child_itself)
    assert again["parent"] != server and again["pid"] != server


def test_a_server_that_cannot_start_leaves_the_read_to_a_child_of_its_own(monkeypatch):
    monkeypatch.setattr(reader_server, "server_command", lambda: ["/bin/false"])
    got = _ask(hf.child_itself)
    assert got["parent"] == os.getpid()  # a lone interpreter, started for this read


def _children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except FileNotFoundError:
        return []
