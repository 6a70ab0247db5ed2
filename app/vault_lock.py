"""Who has a vault open: each session holds it shared; a new key or a restore holds it alone."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import VaultInUse

try:
    import fcntl
except ImportError:  # Windows: no flock; the lock is not kept there (docs/VAULT-FORMAT.md)
    fcntl = None

LOCK_FILE = "vault.lock"

OPEN_ELSEWHERE = ("the vault is open in another CaseKeeper window or command: close it there "
                  "first, then try again; nothing was changed")
BUSY_ELSEWHERE = ("another CaseKeeper window or command is giving the vault a new key or "
                  "restoring it from a backup: wait until it finishes, then try again; "
                  "nothing was changed")

# A restore puts another folder, with its own lock file, in the vault's place: a lock taken on
# the file it moved aside guards nothing, so the lock is taken again on the file now there.
_ATTEMPTS = 10


class VaultLock:
    """The kernel's advisory locks (flock) on the empty file vault.lock in the vault's folder.

    Every open session holds it shared, so any number of windows and commands work side by
    side (SQLite keeps their writes apart). A new key or a restore takes it exclusive without
    waiting, and is refused while anyone else holds it. The kernel lets go of a process's
    locks when it ends, however it ends (kill -9, a power cut): no lock left behind can ever
    keep her out of her vault.

    Locks belong to an open file, not to a process: two sessions of one process on one vault
    hold two locks, and one of them cannot be alone with the vault while the other is open.

    Where the system gives no such locks (Windows, a file system without them), nothing is
    locked and everything goes on as without the lock."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._fd: int | None = None  # vault.lock, held shared while a session is open

    def share(self) -> VaultLock:
        """Hold the vault shared (for a session's lifetime); refused while another is alone
        with it (a new key or a restore under way)."""
        try:
            self._fd = _locked(self.folder / LOCK_FILE, _SH)
        except BlockingIOError:
            raise VaultInUse(BUSY_ELSEWHERE) from None
        return self

    @contextlib.contextmanager
    def alone(self) -> Iterator[None]:
        """The vault to this caller alone, or VaultInUse at once with nothing done. A lock held
        shared (this session's) is made exclusive and shared again afterwards."""
        if fcntl is None:
            yield
            return
        # Only the holder of the folder's own lock may try for the exclusive lock: changing a
        # shared flock into an exclusive one lets go of it first, and two sessions trying at
        # once could both be left without one while a third re-keys under them.
        try:
            gate = _locked(self.folder, _EX)
        except BlockingIOError:
            raise VaultInUse(_refusal(self.folder)) from None
        try:
            if self._fd is None:
                with self._fresh_exclusive():
                    yield
            else:
                try:
                    fcntl.flock(self._fd, _EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    # the shared lock was let go by the failed change: taken again (none can
                    # hold it exclusive meanwhile without the folder's lock, which is ours)
                    fcntl.flock(self._fd, _SH)
                    raise VaultInUse(_refusal(self.folder)) from None
                try:
                    yield
                finally:
                    fcntl.flock(self._fd, _SH)
        finally:
            _close(gate)

    @contextlib.contextmanager
    def _fresh_exclusive(self) -> Iterator[None]:
        try:
            fd = _locked(self.folder / LOCK_FILE, _EX)
        except BlockingIOError:
            raise VaultInUse(_refusal(self.folder)) from None
        try:
            yield
        finally:
            _close(fd)

    @contextlib.contextmanager
    def one_at_a_time(self, wait: float = 10.0) -> Iterator[None]:
        """A change of the key files made while no other is: a new passphrase or recovery
        code reads keyslots.bin, changes one slot and writes it whole (two at once would lose
        one), and the first to unlock after a new key was cut off finishes it (the next must
        not find it half done). Waits for the other, briefly; others keep the vault open."""
        deadline = time.monotonic() + wait
        while True:
            try:
                gate = _locked(self.folder, _EX)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise VaultInUse(_refusal(self.folder)) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            _close(gate)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        _close(fd)

    def __del__(self) -> None:
        # a session dropped without close: its database connection goes with it, so does this
        with contextlib.suppress(Exception):
            self.release()


def alone_with(folder: Path) -> contextlib.AbstractContextManager:
    """VaultLock(folder).alone() where a vault is in folder; nothing to lock where none is (a
    folder with no vault in it is nobody's to have open, and is given no lock file)."""
    from app.vault import vault_exists

    folder = Path(folder).expanduser()
    return VaultLock(folder).alone() if vault_exists(folder) else contextlib.nullcontext()


def check_free(folder: Path) -> None:
    """VaultInUse now if the vault in folder is open anywhere, so that nobody answers a
    question or types a new passphrase only to be refused after."""
    with alone_with(folder):
        pass


_SH = fcntl.LOCK_SH if fcntl else 0
_EX = fcntl.LOCK_EX if fcntl else 0


def _locked(path: Path, how: int) -> int | None:
    """An open descriptor of path (a file, made if missing, or a folder) holding the lock how,
    taken without waiting; BlockingIOError if another holds it; None where no lock can be had
    (no flock here, a file system without locks, a folder that cannot be written to)."""
    if fcntl is None:
        return None
    for _ in range(_ATTEMPTS):
        fd = _open(path)
        if fd is None:
            return None
        try:
            fcntl.flock(fd, how | fcntl.LOCK_NB)
        except BlockingIOError:
            _close(fd)
            raise
        except OSError:
            _close(fd)
            return None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same = False
        if same:
            return fd
        _close(fd)
    raise BlockingIOError  # replaced again and again: a restore after a restore under way


def _open(path: Path) -> int | None:
    if not path.is_dir():
        with contextlib.suppress(OSError):
            # holds nothing, ever: only its lock counts; owner-only like every file here
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def _refusal(folder: Path) -> str:
    """Which of the two: another is alone with the vault now, or others only have it open."""
    try:
        probe = _locked(folder / LOCK_FILE, _SH)
    except BlockingIOError:
        return BUSY_ELSEWHERE
    _close(probe)
    return OPEN_ELSEWHERE


def _close(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)
