"""A warm reader: one fresh interpreter, started once, forks a bounded child for each file read.

Starting a new interpreter for every read cost about 0.1 s (the interpreter and the reading
modules, imported anew each time); a desktop import reads a file two or three times. The
server is started the same way the lone child was (a fresh interpreter, the environment without
secrets), so it has never seen the vault or its keys; it imports the readers once and forks a
child per request. The child sets the same limits on itself and runs the parser.

The caller sends each request over a socket with the writing end of a pipe of its own: the
child writes its answer straight into that pipe, so an answer of any size never passes through
the server (which stays small, and holds nothing of one file when it forks the next child). The
server says the child's pid (so that the caller can kill it at its deadline) and then how it
ended. POSIX only: elsewhere sandbox.py starts a lone child as before.
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

SERVER_FLAG = "--casekeeper-parse-server"
_NUMBER = struct.Struct("<q")  # a length, a pid, an exit code (negative: the signal)
_GRACE = 10.0  # seconds for what follows at once: the pid after a fork, a code after an end


class ServerGone(Exception):
    """The server stopped or cannot be used now: the caller reads the file another way."""


class TimedOut(Exception):
    """The child passed its deadline and was killed."""


def available() -> bool:
    return hasattr(os, "fork") and hasattr(socket, "send_fds") and sys.platform != "win32"


def server_command(fd: int) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVER_FLAG, str(fd)]
    return [sys.executable, "-m", "app.importing.reader_server", str(fd)]


class _Client:
    """The caller's side of one server."""

    def __init__(self, env: dict[str, str]) -> None:
        self.sock, theirs = socket.socketpair()
        try:
            self.proc = subprocess.Popen(
                server_command(theirs.fileno()), pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env=env)
        except OSError:
            self.sock.close()
            raise ServerGone from None
        finally:
            theirs.close()
        self.in_step = True  # every message asked for has been read whole

    def ask(self, request: bytes, timeout: float) -> tuple[int, bytes]:
        deadline = time.monotonic() + timeout
        self.in_step = False
        r, w = os.pipe()
        try:
            try:
                socket.send_fds(self.sock, [_NUMBER.pack(len(request))], [w])
                self.sock.sendall(request)
            except OSError:
                raise ServerGone from None
            finally:
                os.close(w)  # the child holds it now: its end is the answer's end
            # the pid comes as soon as the child is forked, later only while the server starts
            pid = self._number(deadline + _GRACE)
            try:
                answer = _read_to_end(r, deadline, self.sock)
            except TimedOut:
                _kill(pid)
                self._number(time.monotonic() + _GRACE)  # how it ended: killed
                self.in_step = True
                raise
            except BaseException:
                _kill(pid)  # never left to run on when the caller stops waiting, or the server
                raise
            code = self._number(time.monotonic() + _GRACE)
            self.in_step = True
            return code, answer
        finally:
            os.close(r)

    def _number(self, deadline: float) -> int:
        data = b""
        with selectors.DefaultSelector() as sel:
            sel.register(self.sock, selectors.EVENT_READ)
            while len(data) < _NUMBER.size:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise ServerGone  # a server that does not answer at once is not usable
                try:
                    chunk = self.sock.recv(_NUMBER.size - len(data))
                except OSError:  # reset: the server ended
                    chunk = b""
                if not chunk:
                    raise ServerGone
                data += chunk
        return _NUMBER.unpack(data)[0]

    def stop(self) -> None:
        """The end of its socket ends the server; if it does not end at once, it is killed."""
        self.sock.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _read_to_end(fd: int, deadline: float, server: socket.socket) -> bytes:
    """The child's answer, to the end of its pipe; ServerGone if the server ends meanwhile (its
    child holds the pipe open, so the pipe alone would wait out the deadline)."""
    out = bytearray()
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        sel.register(server, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            ready = sel.select(left) if left > 0 else []
            if not ready:
                raise TimedOut
            if any(key.fileobj is server for key, _ in ready):
                try:
                    said = server.recv(1, socket.MSG_PEEK)
                except OSError:  # reset: the server ended
                    said = b""
                if not said:
                    raise ServerGone
                # the child's end already said: the answer is still being read from the pipe
                sel.unregister(server)
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return bytes(out)
            out += chunk


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
                _client.stop()  # out of step (stopped halfway) or gone: a new one next time
                _client = None
    finally:
        _lock.release()


def stop() -> None:
    """End the server (a process ending does so too: the server reads the end of its socket)."""
    global _client
    with _lock:
        if _client is not None:
            _client.stop()
            _client = None


def serve(fd: int) -> None:
    """The server's loop: a request and a pipe in, a forked child, its pid and its end out."""
    import app.importing.reader  # noqa: F401 - the readers, imported once for every child

    sock = socket.socket(fileno=fd)
    while True:
        try:
            head, fds, _flags, _addr = socket.recv_fds(sock, _NUMBER.size, 1)
        except OSError:
            return
        if not head or not fds:
            return  # the caller ended
        w = fds[0]
        head += _received(sock, _NUMBER.size - len(head))
        request = _received(sock, _NUMBER.unpack(head)[0])
        pid = os.fork()
        if pid == 0:
            _child(sock, w, request)
        os.close(w)
        sock.sendall(_NUMBER.pack(pid))
        _, status = os.waitpid(pid, 0)
        sock.sendall(_NUMBER.pack(os.waitstatus_to_exitcode(status)))


def _received(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            sys.exit(0)  # the caller ended halfway through a request
        data += chunk
    return data


def _child(sock: socket.socket, w: int, request: bytes) -> None:
    """In the forked child: answer into the caller's pipe, and end without the server's exit."""
    from app.importing.sandbox import answer_request

    code = 0
    try:
        sock.close()  # the server's line to the caller is not the child's to hold open
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
    serve(int(sys.argv[1]))
