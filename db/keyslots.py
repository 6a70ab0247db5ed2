"""Key slots: the random data key, wrapped with AES-256-GCM under Argon2id-derived keys.

File layout (fixed size, so its length says nothing about how many secrets exist):
  header  8 bytes  b"CKSLOTS1"
  4 slots of 192 bytes each. A used slot:
    tag 4 | memory_kib u32 | iterations u32 | lanes u32 | salt 16 | nonce 12 | sealed key 48 | pad
  An unused slot is random bytes (its tag then matches neither kind but with chance 2^-31).
The tag, parameters and salt are bound to the ciphertext as associated data, so a changed
parameter fails the GCM check instead of silently weakening the key.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.domain.errors import VaultError, WrongSecret

MAGIC = b"CKSLOTS1"
SLOT_SIZE = 192
SLOT_COUNT = 4
FILE_SIZE = len(MAGIC) + SLOT_SIZE * SLOT_COUNT
TAG_PASSPHRASE = b"PASS"
TAG_RECOVERY = b"RCVR"
_HEAD = struct.Struct("<4sIII16s12s")  # tag, memory KiB, iterations, lanes, salt, nonce
_SEALED_LEN = 32 + 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Production: 256 MiB and about 1 s on the reference laptop."""

    memory_kib: int
    iterations: int
    lanes: int = 1

    @classmethod
    def production(cls) -> KdfParams:
        return cls(memory_kib=256 * 1024, iterations=3, lanes=1)

    @classmethod
    def fast(cls) -> KdfParams:
        """For tests and throwaway demo vaults only: 1 MiB, one pass (the test suite unlocks
        vaults tens of thousands of times: 8 MiB cost 4.4 ms of CPU each, 1 MiB 0.45 ms)."""
        return cls(memory_kib=1024, iterations=1, lanes=1)


def normalise_secret(secret: str) -> bytes:
    """NFC so that the same passphrase typed on two keyboards (composed or not) is one secret."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib)
    return kdf.derive(normalise_secret(secret))


def seal_slot(tag: bytes, secret: str, data_key: bytes, params: KdfParams) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    head = _HEAD.pack(tag, params.memory_kib, params.iterations, params.lanes, salt, nonce)
    sealed = AESGCM(derive(secret, salt, params)).encrypt(nonce, data_key, head)
    body = head + sealed
    return body + os.urandom(SLOT_SIZE - len(body))


def open_slot(slot: bytes, secret: str) -> bytes | None:
    """The data key if secret opens this slot, else None."""
    tag, mem, it, lanes, salt, nonce = _HEAD.unpack_from(slot)
    if tag not in (TAG_PASSPHRASE, TAG_RECOVERY):
        return None
    sealed = slot[_HEAD.size:_HEAD.size + _SEALED_LEN]
    key = derive(secret, salt, KdfParams(mem, it, lanes))
    try:
        return AESGCM(key).decrypt(nonce, sealed, slot[:_HEAD.size])
    except InvalidTag:
        return None


def slot_params(slot: bytes) -> tuple[bytes, KdfParams] | None:
    tag, mem, it, lanes, _salt, _nonce = _HEAD.unpack_from(slot)
    if tag not in (TAG_PASSPHRASE, TAG_RECOVERY):
        return None
    return tag, KdfParams(mem, it, lanes)


class SlotFile:
    """The key-slot file of one vault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[bytes]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise VaultError(f"no key-slot file in {self.path.parent}: not a vault") from None
        if len(raw) != FILE_SIZE or not raw.startswith(MAGIC):
            raise VaultError(f"the key-slot file {self.path.name} is damaged")
        body = raw[len(MAGIC):]
        return [body[i * SLOT_SIZE:(i + 1) * SLOT_SIZE] for i in range(SLOT_COUNT)]

    def write(self, slots: list[bytes]) -> None:
        """Atomically: temp file, fsync, rename, fsync the folder."""
        assert len(slots) == SLOT_COUNT and all(len(s) == SLOT_SIZE for s in slots)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, MAGIC + b"".join(slots))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)

    def unlock(self, secret: str, kind: bytes | None = None) -> bytes:
        """Try every used slot (of one kind if given); one generic error when none opens."""
        for slot in self.read():
            info = slot_params(slot)
            if info is None or (kind is not None and info[0] != kind):
                continue
            key = open_slot(slot, secret)
            if key is not None:
                return key
        raise WrongSecret()

    def replace(self, tag: bytes, secret: str, data_key: bytes, params: KdfParams) -> None:
        """Put a new slot of this kind in place of the old one (the old secret stops working)."""
        slots = self.read()
        new = seal_slot(tag, secret, data_key, params)
        for i, slot in enumerate(slots):
            info = slot_params(slot)
            if info is not None and info[0] == tag:
                slots[i] = new
                break
        else:
            free = next((i for i, s in enumerate(slots) if slot_params(s) is None), None)
            if free is None:
                raise VaultError("no free key slot")
            slots[free] = new
        self.write(slots)

    @classmethod
    def create(cls, path: Path, data_key: bytes, passphrase: str, recovery: str,
               params: KdfParams) -> SlotFile:
        slots = [seal_slot(TAG_PASSPHRASE, passphrase, data_key, params),
                 seal_slot(TAG_RECOVERY, recovery, data_key, params)]
        slots += [os.urandom(SLOT_SIZE) for _ in range(SLOT_COUNT - len(slots))]
        f = cls(path)
        f.write(slots)
        return f


def fsync_dir(folder: Path) -> None:
    """A folder's entries (a rename, a new file) made durable; a file system that gives no
    handle on a folder (Windows, some others) is left to itself."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
