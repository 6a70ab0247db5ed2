"""The reader server: one interpreter started once forks a bounded child for every file read.

Each read used to start a new interpreter (about 0.1 s); the server is started as that child
was, fresh and without secrets, and the child it forks keeps the limits and the deadline. A
review found answers slowed to a refusal by their size, a read stopped halfway leaving every
later read the answer of the one before, relative paths read from the server's folder and
children left running: each is pinned here."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from app.domain.errors import InputFileError
from app.importing import ReadLimits, read_table, reader_server, sandbox
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


def _ended(pid: int) -> bool:
    """Whether pid has ended, given the moment a kill takes to land (half a minute at most)."""
    for _ in range(1500):
        if not _alive(pid):
            return True
        time.sleep(0.02)
    return False


def _parent_of(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        return int(fh.read().split(") ")[1].split()[1])


def _pids(log: Path, n: int) -> list[int]:
    """The first n pids the waiting children wrote, once they have (a minute at most)."""
    for _ in range(3000):
        if log.exists() and len(lines := log.read_text().split()) >= n:
            return [int(p) for p in lines]
        time.sleep(0.02)
    raise AssertionError(f"no child said its pid in {log}")


def test_every_read_is_a_new_child_of_one_server_started_by_this_process():
    first, second = _ask(hf.child_itself), _ask(hf.child_itself)
    assert first["pid"] != second["pid"] and first["pid"] != os.getpid()
    assert first["parent"] == second["parent"] != os.getpid()
    assert _parent_of(first["parent"]) == os.getpid()


def test_the_child_sets_its_memory_processor_and_clock_limits_on_itself():
    got = _ask(hf.child_itself, memory_bytes=900 * 2**20, timeout_seconds=30)
    assert got["memory"] == 900 * 2**20
    # the caller's deadline kills it; should the caller be gone (killed), its own CPU limit and
    # alarm end it a little after, whether it computes or waits
    assert got["cpu"] == 40 and 0 < got["alarm"] <= 40


def test_the_server_passes_on_no_secret(monkeypatch):
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", "correct horse battery")
    env = _ask(hf.child_environment)
    assert "CASEKEEPER_PASSPHRASE" not in env and env.get("PYTHONPATH")


def test_a_read_past_its_deadline_is_killed_and_the_next_read_uses_the_same_server(tmp_path):
    server = _ask(hf.child_itself)["parent"]
    log = tmp_path / "pids"
    with pytest.raises(InputFileError, match="probe.xlsx: reading took longer than 1 s"):
        _ask(hf.child_waits, str(tmp_path / "never"), str(log), timeout_seconds=1)
    (child,) = _pids(log, 1)
    assert _ended(child)  # killed, not left to wait on
    assert _ask(hf.child_itself)["parent"] == server


def test_a_large_answer_comes_whole():
    """A 100,000-row list of 45 columns is an answer of tens of MiB: it was read in 8 s and then
    refused as 'took longer than 180 s' while it crossed over in pieces."""
    size = 96 * 2**20
    got = _ask(hf.child_blob, size)
    assert len(got) == size and got[:1] == got[-1:] == b"x"


def test_a_read_stopped_halfway_leaves_the_next_reads_their_own_answers(tmp_path, monkeypatch):
    real = reader_server._Client._read
    log = tmp_path / "pids"

    def stopped(self, n, deadline, late):  # as Ctrl-C or a MemoryError stops the caller
        if late is reader_server.TimedOut:  # reading the answer
            monkeypatch.setattr(reader_server._Client, "_read", real)
            _pids(log, 1)
            raise KeyboardInterrupt
        return real(self, n, deadline, late)

    monkeypatch.setattr(reader_server._Client, "_read", stopped)
    with pytest.raises(KeyboardInterrupt):
        _ask(hf.child_waits, str(tmp_path / "never"), str(log))
    (child,) = _pids(log, 1)
    assert _ended(child)
    for key in ("HOME", "PATH", "PYTHONPATH"):
        assert _ask(hf.child_environment)[key] == sandbox._environment()[key]


def test_a_relative_path_is_read_from_the_callers_folder(tmp_path, monkeypatch):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "list.csv").write_text(f"Name,Father\nNadia{name},Murad\n")
    for name in ("a", "b"):
        monkeypatch.chdir(tmp_path / name)
        assert read_table("list.csv").rows[0].texts()[0] == f"Nadia{name}"


def test_a_server_that_died_is_started_again_and_the_read_goes_through():
    server = _ask(hf.child_itself)["parent"]
    os.kill(server, 9)
    os.waitpid(server, 0)
    again = _ask(hf.child_itself)
    assert again["parent"] not in (server, os.getpid())  # a new server, not a lone child
    assert _parent_of(again["parent"]) == os.getpid()


def _waiting_read(tmp_path: Path) -> tuple[threading.Thread, list, Path, Path]:
    """A read started in a thread whose child says its pid in log and waits for flag: (the
    thread, where its answer goes, flag, log)."""
    flag, log = tmp_path / "go", tmp_path / "pids"
    got: list = []
    reading = threading.Thread(target=lambda: got.append(
        _ask(hf.child_waits, str(flag), str(log), timeout_seconds=60)))
    reading.start()
    return reading, got, flag, log


def test_a_server_killed_during_a_read_leaves_no_child_and_the_read_goes_through(tmp_path):
    reading, got, flag, log = _waiting_read(tmp_path)
    (forked,) = _pids(log, 1)
    os.kill(_parent_of(forked), 9)  # the server
    lone = _pids(log, 2)[1]  # the read goes on in a child of this process's own
    assert _parent_of(lone) == os.getpid()
    assert _ended(forked)  # the server's child was killed with it, not left to run
    flag.touch()
    reading.join(60)
    assert got == [lone]


def test_a_second_read_at_once_does_not_wait_behind_the_first(tmp_path):
    first, got, flag, log = _waiting_read(tmp_path)
    _pids(log, 1)
    second = _ask(hf.child_itself)  # answered while the first still waits
    assert first.is_alive() and second["parent"] == os.getpid()
    flag.touch()
    first.join(60)
    assert len(got) == 1


def test_a_server_that_cannot_start_leaves_the_read_to_a_child_of_its_own(monkeypatch):
    monkeypatch.setattr(reader_server, "server_command", lambda: ["/bin/false"])
    got = _ask(hf.child_itself)
    assert got["parent"] == os.getpid()  # a lone interpreter, started for this read


def test_a_deadline_in_the_middle_of_a_piece_stops_the_read_and_the_server_stays(monkeypatch):
    """The deadline came while a piece of the answer was half read; the rest of that piece was
    then taken for the next piece's length, the server for gone, and the file read again by a
    lone child with a new deadline (a reviewer's slowed caller): a 2 s limit took 12 s."""
    real = os.read

    class SlowReads:  # a busy machine's caller: 64 KiB a read, 5 ms apart
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def read(fd, n):
            time.sleep(0.005)
            return real(fd, min(n, 1 << 16))

    server = _ask(hf.child_itself)["parent"]
    monkeypatch.setattr(reader_server, "os", SlowReads())
    with pytest.raises(InputFileError, match="reading took longer than 2 s"):
        _ask(hf.child_blob, 40 * 2**20, timeout_seconds=2)
    monkeypatch.undo()
    assert _ask(hf.child_itself)["parent"] == server  # in step: the same server answers
