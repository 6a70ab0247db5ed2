"""The audit trail: an append-only log chained with HMAC-SHA256 keyed from the data key.

Each entry's MAC covers the previous MAC and the entry's own fields, so an edited, deleted,
reordered or inserted entry breaks the chain at that point. A cut-off tail cannot be seen from
inside the vault alone: that is why the chain head is printed on dossiers and shown by `info`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import ValidationError
from db.database import Database
from db.repositories.audit import AuditRepository, AuditRow

_GENESIS = "0" * 64
# How far around a broken link verify looks to tell an edit from a move or an insertion.
_WINDOW = 40


def audit_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"casekeeper audit chain v1").derive(data_key)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: str
    first_broken_seq: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class AuditPage:
    """One page of the trail for reading: newest first, and whether older entries remain."""

    rows: list[AuditRow]
    total: int
    has_older: bool


PAGE = 200


# vault_meta's entry for the chain's key, once the vault has had a new data key (app/rekey.py):
# the chain keeps the key it was begun with, so entries from before still verify.
AUDIT_KEY_META = "audit_key"


class AuditTrail:
    def __init__(self, db: Database, data_key: bytes, kept_key: bytes | None = None) -> None:
        """kept_key: the chain's key as vault_meta keeps it, if it does; else it is derived
        from the data key, as it always was before a vault's first new key."""
        self.repo = AuditRepository(db)
        self._key = kept_key or audit_key(data_key)
        self.db = db

    def key_hex(self) -> str:
        """The chain's key, to be kept in vault_meta before the data key changes."""
        return self._key.hex()

    def _mac(self, prev_mac: str, seq: int, at: str, action: str, entity: str, ref: str,
             detail: str) -> str:
        body = json.dumps([prev_mac, seq, at, action, entity, ref, detail],
                          ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self._key, body.encode("utf-8"), hashlib.sha256).hexdigest()

    def append(self, action: str, entity: str, ref: str = "", detail: dict | None = None) -> str:
        """Add one entry; call inside the transaction of the change it records."""
        last = self.repo.last()
        seq = (last.seq + 1) if last else 1
        prev = last.mac if last else _GENESIS
        at = now_utc()
        text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
        mac = self._mac(prev, seq, at, action, entity, ref, text)
        self.repo.insert(AuditRow(seq, at, action, entity, ref, text, mac))
        return mac

    def append_many(self, entries: list[tuple[str, str, str, dict]]) -> None:
        """Append (action, entity, ref, detail) entries in one statement, chained in order."""
        last = self.repo.last()
        seq, prev, at = (last.seq if last else 0), (last.mac if last else _GENESIS), now_utc()
        rows = []
        for action, entity, ref, detail in entries:
            seq += 1
            text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
            prev = self._mac(prev, seq, at, action, entity, ref, text)
            rows.append(AuditRow(seq, at, action, entity, ref, text, prev))
        self.repo.insert_many(rows)

    def head(self) -> str:
        last = self.repo.last()
        return last.mac if last else _GENESIS

    def short_head(self) -> str:
        """What goes on paper: enough to compare by eye, 16 hex digits."""
        return self.head()[:16]

    def verify(self) -> ChainReport:
        prev, expected_seq, n = _GENESIS, 1, 0
        seen: deque[AuditRow] = deque(maxlen=_WINDOW)  # recent rows, to say what happened
        rows = self.repo.all()
        for row in rows:
            n += 1
            if row.seq != expected_seq:
                return ChainReport(False, n, self.head(), row.seq,
                                   f"entry {expected_seq} is missing (deleted; the next is "
                                   f"{row.seq})")
            mac = self._mac(prev, row.seq, row.at, row.action, row.entity, row.entity_ref,
                            row.detail)
            if not hmac.compare_digest(mac, row.mac):
                after = [r for r, _ in zip(rows, range(_WINDOW), strict=False)]
                return ChainReport(False, n, self.head(), row.seq,
                                   self._diagnose(prev, mac, row, list(seen), after))
            seen.append(row)
            prev, expected_seq = row.mac, expected_seq + 1
        return ChainReport(True, n, prev)

    def _verifies(self, prev: str, seq: int, row: AuditRow) -> bool:
        return hmac.compare_digest(self._mac(prev, seq, row.at, row.action, row.entity,
                                             row.entity_ref, row.detail), row.mac)

    def _diagnose(self, prev: str, expected: str, row: AuditRow, before: list[AuditRow],
                  after: list[AuditRow]) -> str:
        """Say which kind of change broke the chain at row, from the MACs around it.

        Each stored MAC is genuine unless forged, so a neighbour that still chains to a value
        tells what that value was: the row's own MAC (its content was edited), the MAC the
        row should have (its seal was replaced), or the previous MAC (the row was slipped in).
        """
        nxt = after[0] if after else None
        k = row.seq
        if nxt is not None and self._verifies(row.mac, nxt.seq, nxt):
            return f"entry {k} was edited (its content no longer matches its seal)"
        if nxt is not None and self._verifies(expected, nxt.seq, nxt):
            return f"entry {k} had its seal (MAC) replaced"
        # Moved: the row's MAC chains from another row's MAC, at some nearby position.
        for other in [*before, *after]:
            for seq in range(max(1, k - _WINDOW), k + _WINDOW + 1):
                if self._verifies(other.mac, seq, row):
                    return (f"entry {k} was moved: it belongs after the entry now at "
                            f"{other.seq}")
        if k > 1 and self._verifies(_GENESIS, 1, row):
            return f"entry {k} was moved: it is the first entry"
        if nxt is not None and self._verifies(prev, nxt.seq - 1, nxt):
            return f"entry {k} was inserted (the entries after it were renumbered)"
        if nxt is None:
            return f"entry {k}, the last one, was edited or added without the key"
        return f"entry {k} was altered, inserted or moved"

    def find_head(self, noted: str) -> int | None:
        """Where a chain head noted earlier (in full, or the 16 digits on paper) sits in the log.

        None means the entries up to it are gone: the log was cut back or replaced since.
        """
        return self.repo.seq_of_mac(noted.strip().lower())

    def newest(self, limit: int = PAGE, before: int | None = None) -> AuditPage:
        """The newest `limit` entries older than entry `before` (all, when None), newest first.

        Reads one page, never the whole trail (100,000 persons leave 100,000+ entries)."""
        if limit < 1:
            raise ValidationError(f"an audit page holds at least 1 entry, not {limit}")
        rows = self.repo.newest(limit + 1, before)  # one more tells whether older ones remain
        return AuditPage(rows[:limit], self.repo.count(), len(rows) > limit)

    def history(self, entity: str, ref: str) -> list[AuditRow]:
        return self.repo.for_entity(entity, ref)

    def with_actions(self, *actions: str) -> list[AuditRow]:
        return self.repo.with_actions(actions)
