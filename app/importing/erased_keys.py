"""The name key of a list row whose person was deleted, kept one way only, and its comparison."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from app.importing.notes import ERASED_WITH_RECORD
from db.database import Database
from db.repositories.importing import StagedRowRecord
from db.repositories.meta import MetaRepository

# A row's key once her record is deleted: this, then HMAC-SHA256 of the whole key. It never
# equals a key read from a list, so every comparison that meets one hashes the new version's
# keys first (as_now). The whole key, not each name part: a part alone (her given name) is one
# of a few thousand names, and anyone holding the passphrase could try them all; the whole key
# is known only to whoever holds her full name as the list spelt it.
ERASED = "erased:"
# vault_meta's entry for the HMAC's key: 32 random bytes made at the first deletion that needs
# it. Not derived from the data key, which `passwd --new-key` replaces: the rows' keys must
# still compare after a new key.
KEY_META = "erased_rows_key"  # noqa: S105 - the entry's name, not a secret


def is_erased(key: str) -> bool:
    return key.startswith(ERASED)


def erased_row(r: StagedRowRecord) -> bool:
    """Whether a person's deletion erased this row's values (app/erasure_rows.py): a row of an
    imported list keeps its key one way only, one of a list not imported is set aside among
    the rejected rows with the reason said."""
    return is_erased(r.row_key) or (r.outcome == "rejected" and ERASED_WITH_RECORD in r.rejected)


def secret(db: Database, make: bool = False) -> bytes | None:
    """The vault's key for erased rows; made and kept when asked to (inside the deletion's
    transaction), else None while the vault has none."""
    meta = MetaRepository(db)
    kept = meta.get(KEY_META)
    if kept:
        return bytes.fromhex(kept)
    if not make:
        return None
    made = secrets.token_bytes(32)
    meta.set(KEY_META, made.hex())
    return made


def _mac(key: bytes, *parts: object) -> str:
    text = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def erased_key(key: bytes, batch_id: int, row_key: str) -> str:
    """A row's key as it is kept once her record is deleted ('' stays ''). The batch is in it:
    two lists' rows of her say nothing of each other."""
    return ERASED + _mac(key, "key", batch_id, row_key) if row_key else ""


def erased_hash(key: bytes, batch_id: int, row_hash: str) -> str:
    """A row's hash of its values as it is kept then: still tells a row sent again unchanged."""
    return _mac(key, "hash", batch_id, row_hash)[:32] if row_hash else ""


def as_now(db: Database, batch_id: int, keys_then: Iterable[str], keys_now: Iterable[str]
           ) -> dict[str, str]:
    """{an erased key of batch batch_id: the key of this version it was} for the rows of that
    batch whose person was deleted and that this version lists again. Hashes this version's
    keys only when the batch has an erased row."""
    erased = {k for k in keys_then if is_erased(k)}
    key = secret(db) if erased else None
    if key is None:
        return {}
    out: dict[str, str] = {}
    for k in keys_now:
        if k and not is_erased(k) and (e := erased_key(key, batch_id, k)) in erased:
            out[e] = k
    return out


def row_keys_now(db: Database, batch_id: int, before: dict[str, tuple[int, str]],
                 now: dict[str, str]) -> dict[str, tuple[int, str]]:
    """ImportRepository.row_keys of batch batch_id with each erased row this version lists
    again under its key now, and its hash as this version's where the values are the same
    (now: {key: row hash} of this version's rows)."""
    found = as_now(db, batch_id, before, now)
    if not found:
        return before
    key = secret(db)
    out: dict[str, tuple[int, str]] = {}
    for k, (n, h) in before.items():  # in the rows' order, as row_keys gives them
        if k in found:
            k = found[k]
            if key is not None and hmac.compare_digest(h, erased_hash(key, batch_id, now[k])):
                h = now[k]
        out.setdefault(k, (n, h))
    return out
