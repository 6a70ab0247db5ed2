"""Rows of the append-only audit log; the chaining itself lives in app/audit.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from db.database import Database


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    action: str
    entity: str
    entity_ref: str
    detail: str
    mac: str
    # 32 hex digits sealed with the entry (migration 10); blank once a deletion erased it,
    # and for an entry written before salts
    salt: str = ""


_COLS = "seq, at, action, entity, entity_ref, detail, mac, salt"


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def last(self) -> AuditRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return AuditRow(*row) if row else None

    def insert(self, row: AuditRow) -> None:
        self.insert_many([row])

    def insert_many(self, rows: list[AuditRow]) -> None:
        self.db.conn.executemany(
            f"INSERT INTO audit_log({_COLS}) VALUES(?,?,?,?,?,?,?,?)",
            [(r.seq, r.at, r.action, r.entity, r.entity_ref, r.detail, r.mac, r.salt)
             for r in rows])

    def mac_of(self, seq: int) -> str | None:
        row = self.db.conn.execute("SELECT mac FROM audit_log WHERE seq=?", (seq,)).fetchone()
        return row[0] if row else None

    def set_detail(self, seq: int, detail: str) -> None:
        """The one change an entry may have: its content erased (app/audit.py erase), and its
        salt with it."""
        self.db.conn.execute("UPDATE audit_log SET detail=?, salt='' WHERE seq=?",
                             (detail, seq))

    def all(self) -> Iterator[AuditRow]:
        # Physical order (rowid) and seq are the same column: we read in seq order.
        for row in self.db.conn.execute(f"SELECT {_COLS} FROM audit_log ORDER BY seq"):
            yield AuditRow(*row)

    def newest(self, limit: int, before_seq: int | None = None) -> list[AuditRow]:
        """At most `limit` entries, newest first, all older than `before_seq` when given.

        A walk along the primary key from its end: the cost is the page, not the trail."""
        if before_seq is None:
            rows = self.db.conn.execute(
                f"SELECT {_COLS} FROM audit_log ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
        else:
            rows = self.db.conn.execute(
                f"SELECT {_COLS} FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?",
                (before_seq, limit)).fetchall()
        return [AuditRow(*r) for r in rows]

    def for_entity(self, entity: str, ref: str) -> list[AuditRow]:
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log WHERE entity=? AND entity_ref=? ORDER BY seq",
            (entity, ref)).fetchall()
        return [AuditRow(*r) for r in rows]

    def for_entities(self, entity: str, refs: list[str]) -> dict[str, list[AuditRow]]:
        """{ref: its entries, oldest first} for many records: for_entity of each, in one call
        for a list's rows. One indexed statement a record (microseconds each): an IN list of
        500 refs read no faster, and after it every statement of the connection cost three
        times as much in the kernel (its ephemeral index, under cipher_memory_security)."""
        out: dict[str, list[AuditRow]] = {}
        for ref in refs:
            if ref not in out:
                out[ref] = [AuditRow(*r) for r in self.db.conn.execute(
                    f"SELECT {_COLS} FROM audit_log WHERE entity=? AND entity_ref=? ORDER BY seq",
                    (entity, ref))]
        return out

    def with_actions(self, actions: tuple[str, ...]) -> list[AuditRow]:
        """Every entry of these actions, whatever it is about, oldest first (a whole-trail
        read: for a rare step, such as withdrawing a list's row)."""
        marks = ",".join("?" * len(actions))
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log WHERE action IN ({marks}) ORDER BY seq",  # noqa: S608
            actions).fetchall()
        return [AuditRow(*r) for r in rows]

    def naming_person(self, pid: int, naming: tuple[str, ...], case_no: str,
                      links: tuple[str, ...]) -> list[AuditRow]:
        """Oldest first: the entries of the naming actions whose persons, added or removed
        name record pid, and those of the link actions whose relative is case_no. Narrowed in
        SQL (her number among the detail's digits, then its JSON read): her page had read
        every report's entry in Python, slower the bigger the vault."""
        n, m = ",".join("?" * len(naming)), ",".join("?" * len(links))
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log WHERE "  # noqa: S608
            f"(action IN ({n}) AND detail LIKE ? AND CASE WHEN json_valid(detail) THEN EXISTS("
            # a key's value read as a list only where it is one ('cli' is no JSON)
            "SELECT 1 FROM json_each(detail) AS k, json_each(CASE WHEN k.type = 'array' "
            "THEN k.value ELSE '[]' END) AS i WHERE k.key IN ('persons', 'added', 'removed') "
            "AND i.type = 'integer' AND i.value = ?) ELSE 0 END) "
            f"OR (action IN ({m}) AND CASE WHEN json_valid(detail) "
            "THEN json_extract(detail, '$.relative') = ? ELSE 0 END) ORDER BY seq",
            (*naming, f"%{pid:d}%", pid, *links, case_no)).fetchall()
        return [AuditRow(*r) for r in rows]

    def holding(self, text: str) -> list[AuditRow]:
        """Every entry whose detail holds this text ('"notes"', a key or a value), oldest first:
        a whole-trail read narrowed in SQL, for a once-per-vault pass."""
        pattern = _like(text)
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM audit_log WHERE detail LIKE ? ESCAPE '\\' ORDER BY seq",
            (pattern,)).fetchall()
        return [AuditRow(*r) for r in rows]

    def seqs_by_mac(self) -> dict[str, int]:
        """Every entry's MAC and its seq, in one read of the trail (the MACs are not indexed:
        a lookup of one is a read of the whole trail)."""
        return dict(self.db.conn.execute("SELECT mac, seq FROM audit_log"))

    def seq_of_mac(self, prefix: str) -> int | None:
        """The entry whose MAC starts with prefix (a head noted on paper), if any."""
        row = self.db.conn.execute("SELECT seq FROM audit_log WHERE substr(mac, 1, ?) = ? "
                                   "ORDER BY seq LIMIT 1", (len(prefix), prefix)).fetchone()
        return row[0] if row else None

    def described(self, seqs: list[int]) -> dict[int, tuple[str, str, str]]:
        """{seq: (action, entity, entity_ref)} of these entries, without their details."""
        out: dict[int, tuple[str, str, str]] = {}
        for i in range(0, len(seqs), 500):
            chunk = seqs[i:i + 500]
            out.update((q, (a, e, r)) for q, a, e, r in self.db.conn.execute(
                "SELECT seq, action, entity, entity_ref FROM audit_log "  # noqa: S608
                f"WHERE seq IN ({', '.join('?' * len(chunk))})", chunk))
        return out

    def count(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def _like(text: str) -> str:
    """A LIKE pattern (ESCAPE '\\') of any text holding this one."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
