"""A warm reader: one fresh interpreter, started once, forks a bounded child for each file read.

Starting a new interpreter for every read cost about 0.1 s (the interpreter and the reading
modules, imported anew each time); a desktop import reads a file two or three times. The
server is started the same way the lone child was (a fresh interpreter, the environment without
secrets), so it has never seen the vault or its keys; it imports the readers once and forks a
child per request. The child sets the same memory and time limits on itself and runs the
parser; the server only relays: the child's pid first (so that the caller can kill it at its
deadline), then its exit code and its answer. POSIX only: elsewhere sandbox.py starts a lone
child as before.
"""

from __future__ import annotations

import os
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time

SERVER_FLAG = "--casekeeper-parse-server"
_PID = struct.Struct("<q")
_RESULT = struct.Struct("<qQ")  # exit code (negative: the signal that ended it), answer length
_LEN = struct.Struct("<Q")


class ServerGone(Exception):
    """The server itself stopped (not the child reading a file): the caller reads another way."""


class TimedOut(Exception):
    """The child passed its deadline and was killed."""


def available() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def server_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVER_FLAG]
    return [sys.executable, "-m", "app.importing.reader_server"]


class _Client:
    """The caller's side: one request at a time (a lock), answers read against a deadline."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(server_command(), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.out = self.proc.stdout.fileno()
        self.buffer = b""
        self.in_step = True  # every answer asked for has been read whole


    def ask(self, request: bytes, timeout: float) -> tuple[int, bytes]:
        self.in_step = False
        try:
            self.proc.stdin.write(_LEN.pack(len(request)) + request)
            self.proc.stdin.flush()
        except OSError:
            raise ServerGone from None
        deadline = time.monotonic() + timeout
        # the pid comes as soon as the child is forked, later only while the server starts
        (pid,) = _PID.unpack(self._read(_PID.size, deadline + 10))
        try:
            code, size = _RESULT.unpack(self._read(_RESULT.size, deadline))
        except TimedOut:
            _kill(pid)  # the server then reaps it and reports; its report is not needed
            code, size = _RESULT.unpack(self._read(_RESULT.size, time.monotonic() + 10))
            self._read(size, time.monotonic() + 10)
            self.in_step = True
            raise
        data = self._read(size, time.monotonic() + 10)
        self.in_step = True
        return code, data

    def _read(self, n: int, deadline: float) -> bytes:
        with selectors.DefaultSelector() as sel:
            sel.register(self.out, selectors.EVENT_READ)
            while len(self.buffer) < n:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise TimedOut
                chunk = os.read(self.out, max(1 << 16, n - len(self.buffer)))
                if not chunk:
                    raise ServerGone
                self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def stop(self) -> None:
        """The end of its input ends the server; if it does not end at once, it is killed."""
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


_lock = threading.Lock()
_client: _Client | None = None


def ask(request: bytes, timeout: float, env: dict[str, str]) -> tuple[int, bytes]:
    """(the child's exit code, its pickled answer); TimedOut or ServerGone otherwise."""
    global _client
    with _lock:
        if _client is None or _client.proc.poll() is not None:
            _client = _Client(env)
        try:
            return _client.ask(request, timeout)
        except ServerGone:
            _client.stop()
            _client = None
            raise
        except TimedOut:
            if not _client.in_step or _client.proc.poll() is not None:
                _client.stop()  # out of step with the server: a new one next time
                _client = None
            raise


def stop() -> None:
    """End the server (a process ending does so too: the server reads the end of its input)."""
    global _client
    with _lock:
        if _client is not None:
            _client.stop()
            _client = None


def serve() -> None:
    """The server's loop: a request in, a forked child, its pid and then its answer out."""
    import app.importing.reader  # noqa: F401 - the readers, imported once for every child
    from app.importing.sandbox import answer_request

    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = inp.read(_LEN.size)
        if len(head) < _LEN.size:
            return  # the caller ended
        request = inp.read(_LEN.unpack(head)[0])
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answer, and end without running the server's exit code
            code = 0
            try:
                os.close(r)
                # the server's own input and output are not the child's to hold open
                null = os.open(os.devnull, os.O_RDWR)
                os.dup2(null, 0)
                os.dup2(null, 1)
                data = answer_request(request)
                view = memoryview(data)
                while view:
                    view = view[os.write(w, view):]
            except BaseException:  # noqa: BLE001 - an exit code says it; nothing else may run
                code = 70
            os._exit(code)
        os.close(w)
        out.write(_PID.pack(pid))
        out.flush()
        chunks = []
        with os.fdopen(r, "rb") as fh:
            while chunk := fh.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        data = b"".join(chunks)
        out.write(_RESULT.pack(os.waitstatus_to_exitcode(status), len(data)) + data)
        out.flush()


if __name__ == "__main__":
    serve()
