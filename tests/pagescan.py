"""Reads a vault's database file page by page with its key, as whoever is made to give the
passphrase could: every byte of every page, free space included, not only the live rows."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4's defaults
RESERVE = 80  # each page's own IV (16 bytes) and HMAC-SHA512 (64)
SALT = 16  # the first page begins with the file's salt, not encrypted


def _plain(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return d.update(page[SALT if first else 0:PAGE - RESERVE]) + d.finalize()


def pages_holding(db: Path, key: bytes, marker: bytes) -> list[str]:
    """'db:N' and 'wal:N' for every page of the file and of its WAL whose plain text holds
    marker."""
    out = []
    data = db.read_bytes()
    for n in range(len(data) // PAGE):
        if marker in _plain(data[n * PAGE:(n + 1) * PAGE], key, n == 0):
            out.append(f"db:{n + 1}")
    wal = Path(f"{db}-wal")
    if wal.exists():
        w, pos = wal.read_bytes(), 32  # the WAL header, then frames of a 24-byte head and a page
        while pos + 24 + PAGE <= len(w):
            pgno = int.from_bytes(w[pos:pos + 4], "big")
            if marker in _plain(w[pos + 24:pos + 24 + PAGE], key, pgno == 1):
                out.append(f"wal:{pgno}")
            pos += 24 + PAGE
    return out
