"""Run a parser in a child process under a memory limit and a deadline (hostile files).

The child never sees the vault or its keys, only a function name, a path and the limits: it is
forked by the reader server (reader_server.py), a fresh interpreter started once, or where there
is no fork it is a fresh interpreter itself (`python -m app.importing.sandbox`). A plain
subprocess rather than multiprocessing, because multiprocessing's spawn re-runs the caller's main
script in the child.
"""

from __future__ import annotations

import importlib
import os
import pickle  # noqa: S403 - only between this process and its own child, never from a file
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import CaseKeeperError, InputFileError
from app.importing import reader_server
from app.importing.limits import ReadLimits
from app.importing.pieces import Sentence
from app.importing.refusals import MEMORY, READER_STOPPED, TIMEOUT, refused
from app.secret_env import without_secrets

_ROOT = str(Path(__file__).resolve().parents[2])
CHILD_FLAG = "--casekeeper-parse-child"


def child_command() -> list[str]:
    """How to start the parsing child: `python -m` here; a frozen build runs itself with a flag
    and its entry point must call run_child_if_asked() before anything else."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "app.importing.sandbox"]


def run_child_if_asked() -> None:
    """For a frozen build's entry point: become the parsing child (or the reader server that
    forks them) when started as one."""
    if len(sys.argv) > 1 and sys.argv[1] == CHILD_FLAG:
        _child_main()
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == reader_server.SERVER_FLAG:
        reader_server.serve()
        sys.exit(0)


def run_isolated(fn: Callable[..., Any], args: tuple, limits: ReadLimits, what: object) -> Any:
    """fn(*args) in a child process bounded by limits.memory_bytes and limits.timeout_seconds.

    `what` names the file (and sheet) for the error messages (refusals.at, or a plain name).
    fn must be a module-level function.
    """
    if not limits.isolate:
        return fn(*args)
    # the caller's folder: a path given relative to it is read there, not where the server began
    request = pickle.dumps((fn.__module__, fn.__qualname__, args, limits.memory_bytes,
                            limits.timeout_seconds, os.getcwd()))
    code, out = _served(request, limits, what) if reader_server.available() else (None, b"")
    if code is None:
        code, out = _lone_child(request, limits, what)
    if code != 0 or not out:
        raise InputFileError(_death_message(what, code, limits))
    kind, payload = pickle.loads(out)  # noqa: S301 - our own child's answer
    if kind == "ok":
        return payload
    if kind == "memory":
        raise InputFileError(_death_message(what, None, limits))
    raise InputFileError(payload)


def _environment() -> dict[str, str]:
    # Nothing secret crosses over: a passphrase given in the environment stays with the parent.
    env = without_secrets(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
    return env


def _served(request: bytes, limits: ReadLimits, what: object) -> tuple[int | None, bytes]:
    """The answer of a child the reader server forked; (None, b"") if the server cannot answer
    (it failed, which is not the file's doing, or it is reading for another thread): then a
    lone child reads the file."""
    try:
        return reader_server.ask(request, limits.timeout_seconds, _environment())
    except reader_server.TimedOut:
        raise InputFileError(refused(what, TIMEOUT, f"{limits.timeout_seconds:.0f}")) from None
    except reader_server.ServerGone:
        return None, b""


def _lone_child(request: bytes, limits: ReadLimits, what: object) -> tuple[int, bytes]:
    """The answer of a fresh interpreter started for this one file."""
    proc = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_environment())
    try:
        out, _ = proc.communicate(request, timeout=limits.timeout_seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise InputFileError(refused(what, TIMEOUT, f"{limits.timeout_seconds:.0f}")) from None
    return proc.returncode, out


def _death_message(what: object, exitcode: int | None, limits: ReadLimits) -> Sentence:
    mib = limits.memory_bytes // 2**20
    killed = (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, None)
    if exitcode in killed or sys.platform == "win32":
        return refused(what, MEMORY, mib)
    return refused(what, READER_STOPPED, exitcode)


def _limit_self(memory_bytes: int, seconds: float) -> None:
    try:
        import resource  # POSIX only; on Windows the time limit still applies
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a core dump would hold the file's names
    # The caller kills the child at its deadline; should the caller itself be gone, the kernel
    # stops the child a little after it, whether it parses on and on (an endless file) or waits.
    cpu = int(seconds) + 10
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    signal.alarm(cpu)


def _child_main() -> None:
    sys.stdout.buffer.write(answer_request(sys.stdin.buffer.read()))
    sys.stdout.buffer.flush()


def answer_request(request: bytes) -> bytes:
    """In the child: the function named, called on the arguments under the limits; its answer
    (or the refusal, or the memory it lacked) pickled for the caller."""
    module, name, args, memory_bytes, seconds, folder = pickle.loads(request)  # noqa: S301
    _limit_self(memory_bytes, seconds)
    try:
        os.chdir(folder)
    except OSError:
        pass  # a folder since removed: a path relative to it is not found, and said so
    try:
        fn = importlib.import_module(module)
        for part in name.split("."):
            fn = getattr(fn, part)
        answer = ("ok", fn(*args))
    except CaseKeeperError as exc:
        # A refusal said in pieces crosses over whole, for the desktop to say in its language.
        said = exc.args[0] if exc.args else ""
        answer = ("error", said if isinstance(said, Sentence) else str(exc))
    except MemoryError:
        answer = ("memory", "")
    except Exception as exc:  # noqa: BLE001 - any parser failure becomes one clear line
        answer = ("error", f"{type(exc).__name__}: {str(exc)[:200]}")
    try:
        return pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", ""))


if __name__ == "__main__":
    _child_main()
