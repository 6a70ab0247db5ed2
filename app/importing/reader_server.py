"""A warm reader: one fresh interpreter, started once, forks a bounded child for each file read.

Starting a new interpreter for every read cost about 0.1 s (the interpreter and the reading
modules, imported anew each time); a desktop import reads a file two or three times. The
server is started the same way the lone child was (a fresh interpreter, the environment without
secrets), so it has never seen the vault or its keys; it imports the readers once and forks a
child per request. The child sets the same limits on itself and runs the parser.

Over the server's own pipes it says the child's pid first (so that the caller can kill it at
its deadline), then passes the child's answer on a piece at a time as the child writes it
(it never holds a whole answer, so it stays small and holds nothing of one file when it forks
for the next), then how the child ended. Pipes, not a socket: the program opens none. POSIX
only: elsewhere sandbox.py starts a lone child as before.
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
_NUMBER = struct.Struct("<q")  # a length, a pid, an exit code (negative: the signal)
_END = -1  # in place of a piece's length: the answer is whole; the exit code follows
_PIECE = 1 << 20
_GRACE = 10.0  # seconds for what follows at once: the pid after a fork, a code after an end


class ServerGone(Exception):
    """The server stopped or cannot be used now: the caller reads the file another way."""


class TimedOut(Exception):
    """The child passed its deadline and was killed."""


def available() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def server_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVER_FLAG]
    return [sys.executable, "-m", "app.importing.reader_server"]


class _Client:
    """The caller's side of one server."""

    def __init__(self, env: dict[str, str]) -> None:
        try:
            self.proc = subprocess.Popen(server_command(), stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         env=env)
        except OSError:
            raise ServerGone from None
        self.out = self.proc.stdout.fileno()
        self.buffer = bytearray()
        self.in_step = True  # every message asked for has been read whole
        self.piece = 0  # the length of a piece whose bytes are being read, taken already

    def ask(self, request: bytes, timeout: float) -> tuple[int, bytes]:
        deadline = time.monotonic() + timeout
        self.in_step = False
        try:
            self.proc.stdin.write(_NUMBER.pack(len(request)) + request)
            self.proc.stdin.flush()
        except OSError:
            raise ServerGone from None
        # the pid comes as soon as the child is forked, later only while the server starts
        pid = self._number(deadline + _GRACE, ServerGone)
        answer = bytearray()
        try:
            while (size := self._number(deadline, TimedOut)) != _END:
                self.piece = size
                answer += self._read(size, deadline, TimedOut)
                self.piece = 0
        except TimedOut:
            _kill(pid)
            self._drain()  # the server reaps it and says how it ended: killed
            raise
        except BaseException:
            _kill(pid)  # never left to run on when the caller stops waiting, or the server
            raise
        code = self._number(time.monotonic() + _GRACE, ServerGone)
        self.in_step = True
        return code, bytes(answer)

    def _drain(self) -> None:
        """The rest of an answer given up on, and the code after it: in step for the next.
        First the rest of a piece the deadline came in the middle of (its length taken)."""
        if self.piece:
            self._read(self.piece, time.monotonic() + _GRACE, ServerGone)
            self.piece = 0
        while (size := self._number(time.monotonic() + _GRACE, ServerGone)) != _END:
            self._read(size, time.monotonic() + _GRACE, ServerGone)
        self._number(time.monotonic() + _GRACE, ServerGone)
        self.in_step = True

    def _number(self, deadline: float, late: type[Exception]) -> int:
        return _NUMBER.unpack(self._read(_NUMBER.size, deadline, late))[0]

    def _read(self, n: int, deadline: float, late: type[Exception]) -> bytes:
        with selectors.DefaultSelector() as sel:
            sel.register(self.out, selectors.EVENT_READ)
            while len(self.buffer) < n:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise late
                chunk = os.read(self.out, max(1 << 16, n - len(self.buffer)))
                if not chunk:
                    raise ServerGone
                self.buffer += chunk
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data

    def stop(self, gently: bool = True) -> None:
        """The end of its input ends the server; if it does not end at once, or it is out of
        step (stopped halfway through an answer: it would wait to write the rest), it is
        killed."""
        try:
            self.proc.stdin.close()
            if gently:
                self.proc.wait(timeout=5)
                return
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.proc.kill()
        self.proc.wait()


def _kill(pid: int) -> None:
    if pid > 0:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


_lock = threading.Lock()
_client: _Client | None = None


def ask(request: bytes, timeout: float, env: dict[str, str]) -> tuple[int, bytes]:
    """(the child's exit code, its pickled answer); TimedOut, or ServerGone when the server
    cannot answer (stopped, or reading another file for another thread just now)."""
    global _client
    if not _lock.acquire(blocking=False):
        raise ServerGone  # a second read at once goes to a lone child, not behind the first
    try:
        if _client is None or _client.proc.poll() is not None:
            _client = _Client(env)
        try:
            return _client.ask(request, timeout)
        finally:
            if not _client.in_step or _client.proc.poll() is not None:
                # out of step (stopped halfway) or gone: a new one next time
                _client.stop(gently=_client.in_step)
                _client = None
    finally:
        _lock.release()


def stop() -> None:
    """End the server (a process ending does so too: the server reads the end of its input)."""
    global _client
    with _lock:
        if _client is not None:
            _client.stop()
            _client = None


def serve() -> None:
    """The server's loop: a request in; a forked child's pid, its answer in pieces and how it
    ended out."""
    import app.importing.reader  # noqa: F401 - the readers, imported once for every child

    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = inp.read(_NUMBER.size)
        if len(head) < _NUMBER.size:
            return  # the caller ended
        request = inp.read(_NUMBER.unpack(head)[0])
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            _child(r, w, request)
        os.close(w)
        out.write(_NUMBER.pack(pid))
        out.flush()
        while piece := os.read(r, _PIECE):
            out.write(_NUMBER.pack(len(piece)))
            out.write(piece)
            out.flush()
        os.close(r)
        _, status = os.waitpid(pid, 0)
        out.write(_NUMBER.pack(_END) + _NUMBER.pack(os.waitstatus_to_exitcode(status)))
        out.flush()


def _child(r: int, w: int, request: bytes) -> None:
    """In the forked child: answer into the pipe, and end without the server's exit."""
    from app.importing.sandbox import answer_request

    code = 0
    try:
        os.close(r)
        # the server's own input and output are not the child's to hold open
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        view = memoryview(answer_request(request))
        while view:
            view = view[os.write(w, view):]
    except BaseException:  # noqa: BLE001 - an exit code says it; nothing else may run
        code = 70
    os._exit(code)


if __name__ == "__main__":
    serve()
