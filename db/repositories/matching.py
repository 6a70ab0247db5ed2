"""What matching reads in bulk (names and the few fields scoring uses) and the decisions it keeps:
"not the same person" pairs and reversible "same person" merges."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from db.database import Database

_CHUNK = 500  # ids per statement, well under SQLite's bound on bound values


@dataclass(frozen=True)
class MergeRow:
    id: int
    survivor_id: int
    merged_id: int
    added: dict
    merged_at: str
    split_at: str | None


@dataclass(frozen=True)
class NotSameRow:
    person_a: int
    person_b: int
    decided_at: str
    note: str


class MatchingRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _c(self):
        return self.db.conn

    # -- bulk reading for scoring ----------------------------------------------------------
    def iter_for_matching(self, created_after: str | None = None) -> Iterator[Person]:
        """Every live (not merged) person with names, aliases, sex, birth, village and abduction
        date only: two table scans instead of a query per person (100,000 in seconds).
        created_after: only persons created since that moment (ISO UTC)."""
        # >=: stamps have whole seconds, and one made in the second of staging must be seen.
        since = " AND created_at >= ?" if created_after else ""
        args = (created_after,) if created_after else ()
        people = self._people(f"merged_into IS NULL{since} ORDER BY id", args)
        if not people:
            return
        names = ("SELECT person_id, part, script, value, seq FROM person_names"
                 + (" WHERE person_id IN (SELECT id FROM persons WHERE created_at >= ?)"
                    if created_after else ""))
        _add_names(people, self._c.execute(names, args))
        yield from people.values()

    def for_matching(self, ids: list[int]) -> list[Person]:
        """The live persons among ids, read as iter_for_matching reads them, in id order."""
        people = self._read(ids, "merged_into IS NULL AND ")
        return [people[i] for i in sorted(people)]

    def merged_for_matching(self, kept: set[int] | None = None
                            ) -> tuple[dict[int, Person], dict[int, int]]:
        """The records merged into another, read as for_matching reads them, and for each the
        live record it is kept as (the top of its chain of merges). kept: only those kept as
        one of these live records."""
        into = dict(self._c.execute(
            "SELECT id, merged_into FROM persons WHERE merged_into IS NOT NULL"))
        top: dict[int, int] = {}
        for pid in into:
            k, seen = into[pid], {pid}
            while k in into and k not in seen:  # a merge of a merge: up to the live record
                seen.add(k)
                k = into[k]
            if kept is None or k in kept:
                top[pid] = k
        people = self._read(list(top))
        return people, {pid: top[pid] for pid in people}

    def _read(self, ids: list[int], where: str = "") -> dict[int, Person]:
        """The persons among ids (where: a further condition, ending in AND) with their names,
        a chunk of ids at a time."""
        people: dict[int, Person] = {}
        ids = sorted(set(ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            got = self._people(f"{where}id IN ({marks})", chunk)
            _add_names(got, self._c.execute(
                "SELECT person_id, part, script, value, seq FROM person_names "
                f"WHERE person_id IN ({marks})", chunk))
            people.update(got)
        return people

    def _people(self, where: str, args) -> dict[int, Person]:
        people: dict[int, Person] = {}
        for (pid, case_no, sex, be, bl, bt, village, ae, al, at) in self._c.execute(
                "SELECT id, case_no, sex, birth_earliest, birth_latest, birth_text, "
                "origin_village, abduction_earliest, abduction_latest, abduction_text "
                f"FROM persons WHERE {where}", args):
            people[pid] = Person(case_no=case_no, names={}, aliases=[], sex=Sex(sex),
                                 birth=FuzzyDate.from_row(be, bl, bt), origin_village=village,
                                 abduction_date=FuzzyDate.from_row(ae, al, at), id=pid)
        return people

    # -- "not the same person" -------------------------------------------------------------
    def add_not_same(self, a: int, b: int, at: str, note: str) -> bool:
        a, b = min(a, b), max(a, b)
        cur = self._c.execute(
            "INSERT OR IGNORE INTO match_decisions(kind, person_a, person_b, decided_at, note) "
            "VALUES('not_same', ?, ?, ?, ?)", (a, b, at, note))
        return cur.rowcount == 1

    def remove_not_same(self, a: int, b: int) -> bool:
        a, b = min(a, b), max(a, b)
        cur = self._c.execute("DELETE FROM match_decisions WHERE kind='not_same' AND "
                              "person_a=? AND person_b=?", (a, b))
        return cur.rowcount == 1

    def not_same_between(self, group_a: list[int], group_b: list[int]) -> list[NotSameRow]:
        """The not-same decisions between any record of one group and any of the other."""
        ma, mb = ",".join("?" * len(group_a)), ",".join("?" * len(group_b))
        rows = self._c.execute(
            "SELECT person_a, person_b, decided_at, note FROM match_decisions "
            f"WHERE kind='not_same' AND ((person_a IN ({ma}) AND person_b IN ({mb})) "
            f"OR (person_a IN ({mb}) AND person_b IN ({ma}))) ORDER BY decided_at, id",
            (*group_a, *group_b, *group_b, *group_a))
        return [NotSameRow(*r) for r in rows]

    def not_same_of(self, group: list[int]) -> list[NotSameRow]:
        """The not-same decisions on any record of the group, with whomever."""
        marks = ",".join("?" * len(group))
        rows = self._c.execute(
            "SELECT person_a, person_b, decided_at, note FROM match_decisions "
            f"WHERE kind='not_same' AND (person_a IN ({marks}) OR person_b IN ({marks})) "
            "ORDER BY decided_at, id", (*group, *group))
        return [NotSameRow(*r) for r in rows]

    def not_same_groups(self) -> set[tuple[int, int]]:
        """Pairs of live records (lower id first) kept apart by a not-same decision on them or
        on records merged into them: merged, a record's decisions hold for its new self."""
        # Each decided record is walked up its merged_into chain to the live record on top.
        rows = self._c.execute(
            "WITH RECURSIVE up(start, id, parent) AS ("
            " SELECT id, id, merged_into FROM persons WHERE id IN ("
            "  SELECT person_a FROM match_decisions WHERE kind='not_same' UNION "
            "  SELECT person_b FROM match_decisions WHERE kind='not_same')"
            " UNION ALL SELECT up.start, p.id, p.merged_into FROM up "
            " JOIN persons p ON p.id = up.parent) "
            "SELECT start, id FROM up WHERE parent IS NULL").fetchall()
        top = dict(rows)
        out = set()
        for a, b in self._c.execute(
                "SELECT person_a, person_b FROM match_decisions WHERE kind='not_same'"):
            x, y = top.get(a, a), top.get(b, b)
            if x != y:
                out.add((min(x, y), max(x, y)))
        return out

    def existing(self, ids: list[int]) -> set[int]:
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self._c.execute(f"SELECT id FROM persons WHERE id IN ({marks})",
                                              ids)}

    # -- "same person" merges --------------------------------------------------------------
    def add_merge(self, survivor_id: int, merged_id: int, added: dict, at: str) -> int:
        cur = self._c.execute(
            "INSERT INTO merges(survivor_id, merged_id, added, merged_at) VALUES(?,?,?,?)",
            (survivor_id, merged_id, json.dumps(added, ensure_ascii=False), at))
        return cur.lastrowid

    def open_merge_of(self, merged_id: int) -> MergeRow | None:
        row = self._c.execute(
            "SELECT id, survivor_id, merged_id, added, merged_at, split_at FROM merges "
            "WHERE merged_id=? AND split_at IS NULL ORDER BY id DESC LIMIT 1",
            (merged_id,)).fetchone()
        return _merge(row) if row else None

    def open_merges_into(self, survivor_id: int) -> list[MergeRow]:
        rows = self._c.execute(
            "SELECT id, survivor_id, merged_id, added, merged_at, split_at FROM merges "
            "WHERE survivor_id=? AND split_at IS NULL ORDER BY id", (survivor_id,))
        return [_merge(r) for r in rows]

    def open_merges(self) -> list[MergeRow]:
        """Every merge not split since, in the order made: a record merged into another before
        that one was merged on."""
        rows = self._c.execute(
            "SELECT id, survivor_id, merged_id, added, merged_at, split_at FROM merges "
            "WHERE split_at IS NULL ORDER BY id")
        return [_merge(r) for r in rows]

    def set_merge_added(self, merge_id: int, added: dict) -> None:
        self._c.execute("UPDATE merges SET added=? WHERE id=?",
                        (json.dumps(added, ensure_ascii=False), merge_id))

    def mark_split(self, merge_id: int, at: str) -> None:
        self._c.execute("UPDATE merges SET split_at=? WHERE id=?", (at, merge_id))


def _merge(r: tuple) -> MergeRow:
    return MergeRow(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5])


def _add_names(people: dict[int, Person], rows) -> None:
    """Names and aliases onto the persons read (rows of other persons are passed over)."""
    # No ORDER BY: sorting 900,000 rows inside SQLCipher (every allocation locked in memory)
    # takes seconds; the few aliases are put in order here instead.
    aliases: dict[int, list[tuple[int, str]]] = {}
    for pid, part, script, value, seq in rows:
        p = people.get(pid)
        if p is None:
            continue
        if part == "alias":
            aliases.setdefault(pid, []).append((seq, value))
        else:
            setattr(p.name(NamePart(part)), script, value)
    for pid, values in aliases.items():
        people[pid].aliases = [v for _, v in sorted(values)]
