"""Persons, their names and status events: reading and writing the case tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.fuzzydate import ABDUCTIONS_BEGAN, FuzzyDate
from app.domain.person import (
    Person,
    Sex,
    SharingLevel,
    Status,
    StatusEvent,
    given_from_other_script,
    person_sort_texts,
)
from app.domain.script import is_arabic_script
from db.bulk_indexes import indexes_aside
from db.database import Database
from db.high_marks import give
from db.repositories.name_order import BY_NAME
from db.repositories.named_persons import fill_names, named_persons
from db.repositories.seen import seen_since_sql
from db.repositories.taken import taken_col_sql, taken_from_sql, taken_to_sql

_PERSON_COLS = (
    "uuid", "case_no", "name_original", "name_latin", "sex",
    "birth_earliest", "birth_latest", "birth_text",
    "origin_village", "origin_district", "origin_governorate",
    "abduction_earliest", "abduction_latest", "abduction_text",
    "abduction_place", "abduction_circumstances", "incident_id",
    "last_known_location", "held_by", "sharing_level", "notes", "current_status",
    "synthetic", "merged_into", "version", "created_at", "updated_at",
)
# Written with her, never read into a Person: her names as the lists sort them (m0012)
_WRITE_COLS = (*_PERSON_COLS, "sort_latin", "sort_original")
_SELECT = "SELECT id, " + ", ".join(_PERSON_COLS) + " FROM persons"
_INSERT = (f"INSERT INTO persons(id, {', '.join(_WRITE_COLS)}) "
           f"VALUES(?, {', '.join('?' * len(_WRITE_COLS))})")
_UPDATE = ("UPDATE persons SET " + ", ".join(f"{c}=?" for c in _WRITE_COLS)
           + " WHERE id=? AND version=?")


@dataclass(frozen=True)
class PersonFilter:
    status: str | None = None
    village: str | None = None
    sex: str | None = None
    born_from: int | None = None      # birth year range (inclusive), from an age range
    born_to: int | None = None
    abducted_from: date | None = None
    abducted_to: date | None = None
    # Age in years when she was taken (inclusive), from her birth and abduction dates.
    taken_min_age: int | None = None
    taken_max_age: int | None = None
    include_merged: bool = False
    # The stored spellings of village's place (Kocho, Koço, كوجو), filled in by the service:
    # records under any of them pass too.
    villages: tuple[str, ...] = ()
    # Current statuses any of which passes (missing or sighted), beside status's one.
    statuses: tuple[str, ...] = ()
    # Named by a report that counts as seen (db/repositories/seen.py) observed on or after it.
    seen_since: date | None = None


@dataclass(frozen=True)
class PersonSummary:
    """What a list shows: enough to recognise a person without loading the whole record."""

    id: int
    case_no: str
    name_original: str
    name_latin: str
    sex: str
    origin_village: str
    current_status: str
    birth_year: int | None
    birth_text: str = ""  # as typed ("about 1979"), for the words of an age or an "about"
    # no given name in either script (Person.given_unknown): her name is shown marked so
    given_unknown: bool = False
    # The range her birth lies in (ISO days): the list shows a known date in one form from it
    # (3/5/98 is 1998-05-03) and sorts by it.
    birth_earliest: str | None = None
    birth_latest: str | None = None
    # no name part at all: the name columns hold her nickname or first alias (known_as)
    known_as_only: bool = False
    # her given name where it is written in one script only, for the other script's name
    # column (Person.given_across): "الياس حيدر" alone reads as a man named Elias
    given_across: tuple[str, str] = ("", "")


def _person_values(p: Person) -> tuple:
    full = (p.full_name("original"), p.full_name("latin"))  # worked out once: its sort texts too
    return (p.uuid, p.case_no, *full, p.sex.value,
            *p.birth.to_row(), p.origin_village, p.origin_district, p.origin_governorate,
            *p.abduction_date.to_row(), p.abduction_place, p.abduction_circumstances,
            p.incident_id, p.last_known_location, p.held_by, p.sharing_level.value, p.notes,
            p.current_status.value, int(p.synthetic), p.merged_into, p.version,
            p.created_at, p.updated_at, *person_sort_texts(p, full))


def _name_rows(person_id: int, p: Person) -> list[tuple]:
    rows = []
    for part, text in p.names.items():  # written for every person of a long list: no loop
        original, latin = text.original, text.latin
        if original.strip():
            rows.append((person_id, part.value, "original", original, 0))
        if latin.strip():
            rows.append((person_id, part.value, "latin", latin, 0))
    for seq, alias in enumerate(a for a in p.aliases if a.strip()):
        script = "original" if is_arabic_script(alias) else "latin"
        rows.append((person_id, "alias", script, alias, seq))
    return rows


def known_as_of(conn, ids: list[int]) -> dict[int, tuple[str, str]]:
    """PersonRepository.known_as, for any repository's rows (a search's results too)."""
    out: dict[int, dict[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for pid, script, value in conn.execute(
                f"SELECT person_id, script, value FROM person_names WHERE person_id IN "
                f"({','.join('?' * len(chunk))}) AND part IN ('nickname', 'alias') "
                "ORDER BY person_id, part = 'alias', seq", chunk):
            out.setdefault(pid, {}).setdefault(script, value)
    return {pid: (v.get("original", ""), v.get("latin", "")) for pid, v in out.items()}


class PersonRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing ---------------------------------------------------------------------------
    def _know_reports(self, people: list[Person]) -> None:
        """The day each status's report came in (StatusEvent.known_by), where the record was
        made or read without it (a draft, a file): her stored current status is chosen by it."""
        ids = sorted({ev.report_id for p in people for ev in p.status_events
                      if ev.report_id is not None and ev.known_by is None})
        if not ids:
            return
        came = dict(self.db.conn.execute(
            f"SELECT id, received_latest FROM reports WHERE id IN ({','.join('?' * len(ids))})",
            ids).fetchall())
        for p in people:
            for ev in p.status_events:
                if ev.known_by is None and came.get(ev.report_id):
                    ev.known_by = date.fromisoformat(came[ev.report_id])

    def insert(self, p: Person) -> int:
        self._know_reports([p])
        pid = give(self.db.conn, "persons")
        self.db.conn.execute(_INSERT, (pid, *_person_values(p)))
        self._write_children(pid, p)
        return pid

    def indexes_aside(self, adding: int):
        """Its indexes set aside while `adding` records are written (db/bulk_indexes.py)."""
        return indexes_aside(self.db.conn, "persons", adding)

    def insert_many(self, people: list[Person]) -> None:
        """Bulk insert with ids assigned here: a few statements per batch instead of per person.

        With cipher_memory_security every SQLite allocation is mlock'ed, so statement count,
        not row count, dominates write time (see BENCHMARKS.md).
        """
        if not people:
            return
        self._know_reports(people)
        # SQLite gives a deleted newest row's number again, and the trail names persons by number
        first = give(self.db.conn, "persons", len(people))
        for offset, p in enumerate(people):
            p.id = first + offset
        self.db.conn.executemany(_INSERT, [(p.id, *_person_values(p)) for p in people])
        self.db.conn.executemany(
            "INSERT INTO person_names(person_id, part, script, value, seq) VALUES(?,?,?,?,?)",
            [row for p in people for row in _name_rows(p.id, p)])
        self.db.conn.executemany(
            "INSERT INTO status_events(person_id, status, date_earliest, date_latest, "
            "date_text, note, report_id, recorded_at, rescue_id, dated_by_report) "
            "VALUES(?,?,?,?,?,?,?,?,?,?)",
            [(p.id, ev.status.value, *ev.date.to_row(), ev.note, ev.report_id, ev.recorded_at,
              ev.rescue_id, int(ev.dated_by_report)) for p in people for ev in p.status_events])

    def update(self, p: Person, expected_version: int) -> bool:
        """Write p over the stored row if nobody changed it since expected_version."""
        self._know_reports([p])
        cur = self.db.conn.execute(_UPDATE, (*_person_values(p), p.id, expected_version))
        if cur.rowcount != 1:
            return False
        self.db.conn.execute("DELETE FROM person_names WHERE person_id=?", (p.id,))
        self.db.conn.execute("DELETE FROM status_events WHERE person_id=?", (p.id,))
        self._write_children(p.id, p)
        return True

    def _write_children(self, pid: int, p: Person) -> None:
        self.db.conn.executemany(
            "INSERT INTO person_names(person_id, part, script, value, seq) VALUES(?,?,?,?,?)",
            _name_rows(pid, p))
        for ev in p.status_events:
            cur = self.db.conn.execute(
                "INSERT INTO status_events(person_id, status, date_earliest, date_latest, "
                "date_text, note, report_id, recorded_at, rescue_id, dated_by_report) "
                "VALUES(?,?,?,?,?,?,?,?,?,?)",
                (pid, ev.status.value, *ev.date.to_row(), ev.note, ev.report_id,
                 ev.recorded_at, ev.rescue_id, int(ev.dated_by_report)))
            ev.id = cur.lastrowid

    def holding_rescue_events(self, rescue_id: int) -> list[int]:
        """Ids of the persons with a status event that came from this rescue."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT person_id FROM status_events WHERE rescue_id=? ORDER BY person_id",
            (rescue_id,))]

    def delete(self, pid: int) -> None:
        self.db.conn.execute("DELETE FROM persons WHERE id=?", (pid,))

    def merged_under(self, pid: int) -> list[tuple[int, str]]:
        """(id, case number) of every record merged into this one, directly or through a record
        merged into it, parents before their children."""
        out: list[tuple[int, str]] = []
        frontier = [pid]
        while frontier:
            marks = ",".join("?" * len(frontier))
            rows = self.db.conn.execute(
                f"SELECT id, case_no FROM persons WHERE merged_into IN ({marks}) ORDER BY id",
                frontier).fetchall()
            out.extend((r[0], r[1]) for r in rows)
            frontier = [r[0] for r in rows]
        return out

    def merged_beneath(self, pid: int) -> list[tuple[int, str]]:
        """(id, case number) of every record merged into this one, directly or through a record
        merged into it, read through the merges' index: a person's page and dossier ask this
        each time, and persons.merged_into has no index (merged_under reads the whole table)."""
        return [(r[0], r[1]) for r in self.db.conn.execute(
            "WITH RECURSIVE under(id) AS (SELECT ? UNION ALL"
            " SELECT p.id FROM under u JOIN merges m ON m.survivor_id = u.id"
            " AND m.split_at IS NULL JOIN persons p ON p.id = m.merged_id"
            " AND p.merged_into = u.id)"
            " SELECT p.id, p.case_no FROM under u JOIN persons p ON p.id = u.id"
            " WHERE u.id != ?", (pid, pid))]

    def top_of(self, ids: list[int]) -> dict[int, str]:
        """For each of these ids whose record is merged into another: the case number of the
        live record on top of its chain (the one a user works with now)."""
        return {start: case_no for start, _top, case_no in self._tops(ids)}

    def top_ids(self, ids: list[int]) -> dict[int, int]:
        """top_of, by the id of the record on top of each chain."""
        return {start: top for start, top, _case_no in self._tops(ids)}

    def _tops(self, ids: list[int]) -> list[tuple[int, int, str]]:
        """(id, id on top of its chain, that record's case number) of the merged ones."""
        found: list[tuple[int, int, str]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += self.db.conn.execute(
                "WITH RECURSIVE up(start, id, parent) AS ("
                f" SELECT id, id, merged_into FROM persons WHERE id IN ({marks})"
                " AND merged_into IS NOT NULL"
                " UNION ALL SELECT up.start, p.id, p.merged_into FROM up"
                " JOIN persons p ON p.id = up.parent)"
                " SELECT up.start, p.id, p.case_no FROM up JOIN persons p ON p.id = up.id"
                " WHERE up.parent IS NULL", chunk).fetchall()
        return found

    def case_numbers(self, ids: list[int]) -> dict[int, str]:
        """{id: case number} of these records, merged ones too (missing ids left out)."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.conn.execute(
                f"SELECT id, case_no FROM persons WHERE id IN ({marks})", chunk).fetchall())
        return found

    def set_merged_into(self, pid: int, target: int | None) -> None:
        self.db.conn.execute("UPDATE persons SET merged_into=? WHERE id=?", (target, pid))

    # -- reading ---------------------------------------------------------------------------
    def missing_references(self, incident_id: int | None, report_ids: list[int]) -> list[str]:
        """Which of an incident and reports a person points at do not exist (for a clear error)."""
        c = self.db.conn
        missing = []
        if incident_id is not None and c.execute("SELECT 1 FROM incidents WHERE id=?",
                                                  (incident_id,)).fetchone() is None:
            missing.append(f"incident {incident_id}")
        for rid in dict.fromkeys(report_ids):
            if c.execute("SELECT 1 FROM reports WHERE id=?", (rid,)).fetchone() is None:
                missing.append(f"report {rid}")
        return missing

    def reports_proved_false(self, report_ids: list[int]) -> list[int]:
        """Which of these reports are marked proved false (a status cannot rest on one)."""
        return [rid for rid in dict.fromkeys(report_ids) if self.db.conn.execute(
            "SELECT 1 FROM reports WHERE id=? AND false_reason != ''", (rid,)).fetchone()]

    def case_prefixes(self) -> set[str]:
        """The prefixes of the vault's case numbers (SNJ of SNJ-00001), a record shared in too."""
        rows = self.db.conn.execute(
            "SELECT DISTINCT substr(case_no, 1, instr(case_no, '-') - 1) FROM persons").fetchall()
        return {r[0] for r in rows if r[0]}

    def id_for_case(self, case_no: str) -> int | None:
        row = self.db.conn.execute("SELECT id FROM persons WHERE case_no=?",
                                   (case_no,)).fetchone()
        return row[0] if row else None

    def case_no_of_uuid(self, uuid: str) -> str | None:
        """The case number of the record with this record id, if the vault holds one."""
        row = self.db.conn.execute("SELECT case_no FROM persons WHERE uuid=?", (uuid,)).fetchone()
        return row[0] if row else None

    def get(self, pid: int) -> Person | None:
        row = self.db.conn.execute(_SELECT + " WHERE id=?", (pid,)).fetchone()
        if row is None:
            return None
        people = self._hydrate([row])
        return people[0]

    def with_several_statuses(self) -> list[int]:
        """Ids of the persons with more than one status event: a rule chooses their current one."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT person_id FROM status_events GROUP BY person_id HAVING count(*) > 1 "
            "ORDER BY person_id")]

    def stored_statuses(self, ids: list[int]) -> dict[int, str]:
        """The current status each of these persons is stored with (any number of ids: read
        500 at a time, as case_numbers reads them)."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.conn.execute(
                f"SELECT id, current_status FROM persons WHERE id IN ({marks})", chunk).fetchall())
        return found

    def set_current_status(self, pid: int, status: str) -> None:
        """Store a current status worked out again (the record itself is unchanged)."""
        self.db.conn.execute("UPDATE persons SET current_status=? WHERE id=?", (status, pid))

    def get_many(self, ids: list[int]) -> list[Person]:
        """Whole records for these ids, in the order given (missing ids left out)."""
        found: dict[int, Person] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.conn.execute(f"{_SELECT} WHERE id IN ({marks})", chunk).fetchall()
            for p in self._hydrate(rows):
                found[p.id] = p
        return [found[i] for i in ids if i in found]

    def named(self, ids: list[int]) -> dict[int, Person]:
        """These records with their case numbers, sexes and names only (named_persons)."""
        return named_persons(self.db.conn, ids)

    def iter_all(self, batch: int = 2000, include_merged: bool = False):
        """Every person, whole, in id order, a batch at a time (bounded memory)."""
        last = 0
        where = "" if include_merged else " AND merged_into IS NULL"
        while True:
            rows = self.db.conn.execute(
                f"{_SELECT} WHERE id > ?{where} ORDER BY id LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            yield from self._hydrate(rows)
            last = rows[-1][0]

    def _hydrate(self, rows: list[tuple]) -> list[Person]:
        people = {r[0]: _person_from_row(r) for r in rows}
        ids = list(people)
        marks = ",".join("?" * len(ids))
        fill_names(self.db.conn, people, ids)
        # with the last day its report may have been received (StatusEvent.known_by)
        for r in self.db.conn.execute(
                f"SELECT s.person_id, s.status, s.date_earliest, s.date_latest, s.date_text, "
                f"s.note, s.report_id, s.id, s.recorded_at, s.rescue_id, s.dated_by_report, "
                f"r.received_latest FROM status_events s LEFT JOIN reports r ON r.id = s.report_id "
                f"WHERE s.person_id IN ({marks}) ORDER BY s.id", ids):
            people[r[0]].status_events.append(StatusEvent(
                Status(r[1]), FuzzyDate.from_row(r[2], r[3], r[4]), r[5], r[6], r[7], r[8],
                r[9], bool(r[10]), date.fromisoformat(r[11]) if r[11] else None))
        return [people[i] for i in ids]

    def summaries(self, f: PersonFilter, limit: int | None = None, offset: int = 0,
                  order: str = "case_no") -> list[PersonSummary]:
        where, args = _where(f)
        # by name: by the names as shown, stored on save (name_order.py), an index each
        order_sql = {"case_no": "case_no", "status": "current_status, case_no",
                     "village": "origin_village, case_no", **BY_NAME,
                     **_BY_BIRTH}.get(order, "case_no")
        columns = ("id, case_no, name_original, name_latin, sex, origin_village, "
                   "current_status, birth_earliest, birth_latest, birth_text")
        if order in _BY_BIRTH or order in BY_NAME:
            # No index holds the birth order: the rows are sorted by their ids and keys alone,
            # and only the page's rows read whole (a page deep in 100,000 persons: 0.5 s, not
            # 1.5); the name orders' index holds merged_into, so a deep page is counted off in
            # it alone (50 ms, not 600)
            sql = (f"SELECT {columns} FROM persons WHERE id IN (SELECT id FROM persons{where} "
                   f"ORDER BY {order_sql} LIMIT ? OFFSET ?) ORDER BY {order_sql}")
        else:
            sql = f"SELECT {columns} FROM persons{where} ORDER BY {order_sql} LIMIT ? OFFSET ?"
        rows = self.db.conn.execute(sql, (*args, -1 if limit is None else limit, offset)
                                    ).fetchall()
        given = self.given_names([r[0] for r in rows if r[2] or r[3]])
        known_as = self.known_as([r[0] for r in rows if not (r[2] or r[3])])
        return [PersonSummary(r[0], r[1], *(known_as.get(r[0]) or (r[2], r[3])), r[4], r[5],
                              r[6], _mid_year(r[7], r[8]), r[9],
                              bool(r[2] or r[3]) and r[0] not in given, r[7], r[8],
                              r[0] in known_as,
                              given_from_other_script(*given[r[0]]) if r[0] in given
                              else ("", ""))
                for r in rows]

    def attached(self, pid: int) -> dict[str, list]:
        """What refers to this person and loses her with her deletion: the rescues and reports
        that name her (they stay, without her), the records linked to her as relatives, the
        rows of lists waiting for a decision about her (they go with her)."""
        c = self.db.conn
        return {
            "rescues": [r[0] for r in c.execute(
                "SELECT rescue_id FROM rescue_persons WHERE person_id=? ORDER BY 1", (pid,))],
            "reports": [r[0] for r in c.execute(
                "SELECT report_id FROM report_persons WHERE person_id=? ORDER BY 1", (pid,))],
            "relatives": [r[0] for r in c.execute(
                "SELECT DISTINCT p.case_no FROM relatives l JOIN persons p ON p.id = CASE "
                "WHEN l.person_id = ? THEN l.relative_id ELSE l.person_id END "
                "WHERE ? IN (l.person_id, l.relative_id) ORDER BY 1", (pid, pid))],
            # rows of lists waiting for a decision that matched her or were withdrawn from
            # her: [batch, row]; they go with her (app/erasure_rows.py)
            # (two lookups through the rows' and the provenance's indexes: an OR of them read
            # every list row, 0.17 s a deletion at 100,000)
            "waiting_rows": [list(r) for r in c.execute(
                "SELECT r.batch_id, r.row_number FROM import_rows r "
                "JOIN import_batches b ON b.id = r.batch_id WHERE r.match_person_id = ? "
                "AND r.decision = '' AND r.outcome != 'rejected' AND b.state != 'discarded' "
                "UNION SELECT r.batch_id, r.row_number FROM provenance p "
                "JOIN import_rows r ON r.batch_id = p.batch_id AND r.row_number = p.row_number "
                "JOIN import_batches b ON b.id = r.batch_id WHERE p.person_id = ? "
                "AND r.decision = '' AND r.outcome != 'rejected' AND b.state != 'discarded' "
                "ORDER BY 1, 2", (pid, pid))],
        }

    def known_as(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """{id: (original, latin)} of the nickname, else the first alias, of these persons, for
        a list's name columns where a record holds no name part (a woman known only as أم
        أحمد): a blank line in the list could be anyone."""
        return known_as_of(self.db.conn, ids)

    def given_names(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """{id: (original, latin)} of the given names of those of these ids that have one in
        either script (one missing from it: her given name is unknown). Asked of the rows a
        list shows, after they are chosen: in the query, the list's sort would ask it of every
        person first."""
        out: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for pid, script, value in self.db.conn.execute(
                    f"SELECT person_id, script, value FROM person_names WHERE part = 'given' "
                    f"AND person_id IN ({','.join('?' * len(chunk))}) ORDER BY seq DESC", chunk):
                original, latin = out.get(pid, ("", ""))
                out[pid] = (value, latin) if script == "original" else (original, value)
        return out

    def village_counts(self) -> dict[str, int]:
        """Every village value the records hold, with how many hold it. Merged records count
        too: asking for live ones only reads the whole table (120 ms at 100,000 persons instead
        of 8 ms from the village index), and the filters built on this run at every page."""
        rows = self.db.conn.execute(
            "SELECT origin_village, count(*) FROM persons GROUP BY origin_village")
        return {v: n for v, n in rows if v}

    def count(self, f: PersonFilter) -> int:
        where, args = _where(f)
        return self.db.conn.execute(f"SELECT count(*) FROM persons{where}", args).fetchone()[0]

    def status_counts(self, f: PersonFilter) -> dict[str, int]:
        where, args = _where(f)
        rows = self.db.conn.execute(
            f"SELECT current_status, count(*) FROM persons{where} "
            f"GROUP BY current_status", args)
        return dict(rows.fetchall())

    def status_sexes(self, f: PersonFilter) -> dict[str, tuple[str, ...]]:
        """The sexes recorded among the persons of each status (as status_counts counts them)."""
        where, args = _where(f)
        rows = self.db.conn.execute(
            f"SELECT DISTINCT current_status, sex FROM persons{where}", args)
        out: dict[str, tuple[str, ...]] = {}
        for status, sex in rows.fetchall():
            out[status] = (*out.get(status, ()), sex)
        return out


# By birth (the desktop list's Born column): the earliest day first, births not known last;
# and the exact reverse, asked for itself so that its first page is sorted as cheaply as the
# other's (read as the last page of the ascending order, it sorted every row).
_BIRTH = "COALESCE(birth_earliest, birth_latest)"
_BY_BIRTH = {"birth": f"{_BIRTH} IS NULL, {_BIRTH}, birth_latest, case_no",
             "birth_desc": f"{_BIRTH} IS NULL DESC, {_BIRTH} DESC, birth_latest DESC, "
                           "case_no DESC"}


def _where(f: PersonFilter) -> tuple[str, list]:
    clauses, args = [], []
    if not f.include_merged:
        clauses.append("merged_into IS NULL")
    for col, value in (("current_status", f.status), ("sex", f.sex)):
        if value and value.strip():
            clauses.append(f"{col} = ?")
            args.append(value.strip())
    if f.statuses:
        clauses.append(f"current_status IN ({', '.join('?' * len(f.statuses))})")
        args += list(f.statuses)
    if f.village and f.village.strip():
        clauses.append(village_sql("origin_village", f.villages))
        args += [f.village.strip(), *f.villages]
    # Fuzzy dates are ranges: a person passes when her range overlaps the asked range (as in
    # search), so "about 2000" is kept for a search of ages 13 to 15.
    for cond, value in (("birth_latest >= ?", f.born_from and f"{f.born_from:04d}-01-01"),
                        ("birth_earliest <= ?", f.born_to and f"{f.born_to:04d}-12-31")):
        if value:
            clauses.append(cond)
            args.append(value)
    # her abduction's days: hers, else her incident's, as her dossier prints them
    for taken, day in ((taken_from_sql, f.abducted_from), (taken_to_sql, f.abducted_to)):
        if day:
            sql, more_args = taken("", day.isoformat())
            clauses.append(sql)
            args += more_args
    more, more_args = taken_age_sql("", f.taken_min_age, f.taken_max_age)
    clauses += more
    args += more_args
    if f.seen_since:
        sql, more_args = seen_since_sql("id", f.seen_since)
        clauses.append(sql)
        args += more_args
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def taken_age_sql(alias: str, min_age: int | None, max_age: int | None
                  ) -> tuple[list[str], list]:
    """Conditions for an age when taken: the years from her birth to her abduction may fall in
    the range (ranges overlap, as for an age today). Her abduction's days are hers, else her
    incident's; one without a date counts as in ABDUCTIONS_BEGAN; a person without a birth has
    no age and is left out."""
    def year(col: str) -> str:
        return f"CAST(substr({alias}{col}, 1, 4) AS INTEGER)"

    def taken_year(col: str) -> str:
        return f"CAST(substr({taken_col_sql(alias, col)}, 1, 4) AS INTEGER)"
    taken_first = f"COALESCE({taken_year('earliest')}, {taken_year('latest')}, {ABDUCTIONS_BEGAN})"
    taken_last = f"COALESCE({taken_year('latest')}, {taken_year('earliest')}, {ABDUCTIONS_BEGAN})"
    clauses, args = [], []
    if max_age is not None:  # born late enough to be that young in the first year she may
        clauses.append(f"{year('birth_latest')} >= {taken_first} - ? - 1")  # have been taken
        args.append(max_age)
    if min_age is not None:
        clauses.append(f"{year('birth_earliest')} <= {taken_last} - ?")
        args.append(min_age)
    return clauses, args


def village_sql(col: str, spellings: tuple[str, ...]) -> str:
    """The condition for a village filter: the value as typed ("kocho" finds "Kocho": NOCASE folds
    Latin letters; Arabic has no case) or any of the place's stored spellings."""
    typed = f"{col} = ? COLLATE NOCASE"
    if not spellings:
        return typed
    return f"({typed} OR {col} IN ({', '.join('?' * len(spellings))}))"


def _mid_year(a: str | None, b: str | None) -> int | None:
    """The middle year of a range given as ISO days (or years)."""
    years = [int(y[:4]) for y in (a, b) if y]
    return sum(years) // len(years) if years else None


def _person_from_row(r: tuple) -> Person:
    (pid, uuid, case_no, _no, _nl, sex, be, bl, bt, village, district, gov, ae, al, at,
     aplace, acirc, incident, lkl, held, sharing, notes, _status, synthetic, merged,
     version, created, updated) = r
    return Person(
        case_no=case_no, names={}, aliases=[], sex=Sex(sex), birth=FuzzyDate.from_row(be, bl, bt),
        origin_village=village, origin_district=district, origin_governorate=gov,
        abduction_date=FuzzyDate.from_row(ae, al, at), abduction_place=aplace,
        abduction_circumstances=acirc, incident_id=incident, last_known_location=lkl,
        held_by=held, sharing_level=SharingLevel(sharing), notes=notes, status_events=[],
        synthetic=bool(synthetic), merged_into=merged, version=version, id=pid, uuid=uuid,
        created_at=created, updated_at=updated)
