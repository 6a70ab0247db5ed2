"""Run a parser in a child process under a memory limit and a deadline (hostile files).

The child never sees the vault or its keys: it gets a path and limits only.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from app.domain.errors import CaseKeeperError, InputFileError
from app.importing.limits import ReadLimits


def _limit_child(memory_bytes: int) -> None:
    try:
        import resource  # POSIX only; on Windows the time limit still applies
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a core dump would hold the file's names
    # Rust prints a backtrace on allocation failure; the parent reports it in one line instead.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)


def _child(conn, fn: Callable[..., Any], args: tuple, memory_bytes: int) -> None:
    _limit_child(memory_bytes)
    try:
        result = fn(*args)
    except CaseKeeperError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
    except MemoryError:
        conn.send(("memory", "", ""))
    except Exception as exc:  # noqa: BLE001 - any parser failure becomes one clear line
        conn.send(("error", "InputFileError", f"{type(exc).__name__}: {str(exc)[:200]}"))
    else:
        try:
            conn.send(("ok", result))
        except MemoryError:
            conn.send(("memory", "", ""))
    conn.close()


def run_isolated(fn: Callable[..., Any], args: tuple, limits: ReadLimits, what: str) -> Any:
    """fn(*args) in a child process bounded by limits.memory_bytes and limits.timeout_seconds.

    `what` names the file (and sheet) for the error messages. fn must be a module-level function.
    """
    if not limits.isolate:
        return fn(*args)
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, limits.memory_bytes), daemon=True)
    proc.start()
    child.close()
    deadline = time.monotonic() + limits.timeout_seconds
    try:
        while not parent.poll(0.05):
            if not proc.is_alive() and not parent.poll(0):
                break
            if time.monotonic() > deadline:
                raise InputFileError(f"{what}: reading took longer than "
                                     f"{limits.timeout_seconds:.0f} s and was stopped")
        try:
            message = parent.recv()
        except (EOFError, OSError):
            proc.join(5)
            raise InputFileError(_death_message(what, proc.exitcode, limits)) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    return _unpack(message, what, limits)


def _unpack(message: tuple, what: str, limits: ReadLimits) -> Any:
    kind = message[0]
    if kind == "ok":
        return message[1]
    if kind == "memory":
        raise InputFileError(_death_message(what, None, limits))
    raise InputFileError(message[2])


def _death_message(what: str, exitcode: int | None, limits: ReadLimits) -> str:
    mib = limits.memory_bytes // 2**20
    killed = (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, None)
    if exitcode in killed or sys.platform == "win32":
        return (f"{what}: reading needed more than the {mib} MiB memory limit and was stopped; "
                "the sheet reaches far-away cells or the file is damaged or hostile")
    return f"{what}: the reader stopped unexpectedly (exit code {exitcode})"
