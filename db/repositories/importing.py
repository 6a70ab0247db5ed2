"""Import batches, staged rows, saved mappings and bulk provenance: all the SQL of importing."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.person import Person
from db.database import Database

_ROW_COLS = ("row_number", "raw_json", "person_json", "row_key", "row_hash", "warnings_json",
             "rejected", "outcome", "match_person_id", "match_row_number", "match_score",
             "match_explain", "decision", "decided_version")
_BATCH_COLS = ("id", "list_source", "file_name", "file_sha256", "sheet", "header_row",
               "mapping_json", "read_issues_json", "state", "rows_read", "blank_rows",
               "report_json", "created_at", "committed_at")
_HEAD_COLS = ", ".join("'' AS report_json" if c == "report_json" else c for c in _BATCH_COLS)
# A row waits for a decision when it has none, or when it was to update a person who has been
# deleted since the list was staged (the vault cleared the link): it cannot be done as decided.
_WAITING = ("outcome != 'rejected' AND (decision = '' "
            "OR (decision = 'update' AND match_person_id IS NULL))")
# A probable match is never a repeat when read: joining another row, it follows that row, the
# same woman (ImportRepository.follow), and match_row_number names the row it follows.
# a row that goes with another row of her (follow), as same_woman.follows_row says
_FOLLOWS = ("outcome = 'probable' AND decision = 'same_as_row' "
            "AND match_person_id IS NOT NULL")


@dataclass
class BatchRecord:
    id: int
    list_source: str
    file_name: str
    file_sha256: str
    sheet: str
    header_row: int | None
    mapping_json: str
    read_issues_json: str
    state: str
    rows_read: int
    blank_rows: int
    report_json: str
    created_at: str
    committed_at: str | None


@dataclass
class StagedRowRecord:
    row_number: int
    raw_json: str
    person_json: str | None
    row_key: str
    row_hash: str
    warnings_json: str
    rejected: str
    outcome: str
    match_person_id: int | None
    # The earlier row of the same file it matched; for a probable match decided to go where
    # another row of the same woman goes (decision same_as_row), that row.
    match_row_number: int | None
    match_score: float | None
    match_explain: str
    decision: str
    # The version of the record it updates when that was decided (staged, or by hand): the
    # commit checks again a row whose record changed since (m0011).
    decided_version: int | None = None
    # The converted person while the row is still in memory (not a column): saves a JSON trip.
    person: Person | None = field(default=None, repr=False, compare=False)


class ImportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- batches ---------------------------------------------------------------------------
    def insert_batch(self, b: BatchRecord) -> int:
        cols = _BATCH_COLS[1:]
        cur = self.db.conn.execute(
            f"INSERT INTO import_batches({', '.join(cols)}) "  # noqa: S608
            f"VALUES({', '.join('?' * len(cols))})",
            tuple(getattr(b, c) for c in cols))
        b.id = cur.lastrowid
        return b.id

    def batch(self, batch_id: int) -> BatchRecord | None:
        row = self.db.conn.execute(f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
                                   "WHERE id=?", (batch_id,)).fetchone()
        return BatchRecord(*row) if row else None

    def batch_head(self, batch_id: int) -> BatchRecord | None:
        """The batch without its stored report (left blank): what a loop over many rows asks
        of it (source, file, state). The report grows with the list, and read for each row of
        a list of thousands it made a commit last minutes (a review: 242 s for 20,000 rows)."""
        row = self.db.conn.execute(f"SELECT {_HEAD_COLS} FROM import_batches WHERE id=?",  # noqa: S608
                                   (batch_id,)).fetchone()
        return BatchRecord(*row) if row else None

    def batches(self, state: str | None = None) -> list[BatchRecord]:
        sql = f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches"  # noqa: S608
        rows = (self.db.conn.execute(sql + " WHERE state=? ORDER BY id", (state,)) if state
                else self.db.conn.execute(sql + " ORDER BY id"))
        return [BatchRecord(*r) for r in rows]

    def reports_naming(self, case_nos: list[str]) -> list[BatchRecord]:
        """Committed batches whose report names one of these case numbers (a prefilter: the
        caller reads the reports)."""
        if not case_nos:
            return []
        likes = " OR ".join("report_json LIKE ?" for _ in case_nos)
        rows = self.db.conn.execute(
            f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
            f"WHERE state='committed' AND ({likes}) ORDER BY id",
            [f'%"{c}"%' for c in case_nos])
        return [BatchRecord(*r) for r in rows]

    def reports_of_persons(self, person_ids: set[int]) -> list[tuple[int, str]]:
        """(batch id, report JSON) of the committed batches that brought a row to one of these
        persons (by their provenance), oldest first."""
        ids, batches = sorted(person_ids), set()
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            batches.update(b for (b,) in self.db.conn.execute(
                "SELECT DISTINCT batch_id FROM provenance "  # noqa: S608
                f"WHERE withdrawn_at IS NULL AND person_id IN ({', '.join('?' * len(chunk))})",
                chunk))
        found, out = sorted(batches), []
        for chunk in (found[i:i + 500] for i in range(0, len(found), 500)):
            out += self.db.conn.execute(
                "SELECT id, report_json FROM import_batches WHERE state='committed' "  # noqa: S608
                f"AND id IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
        return sorted(out)

    def versions_before(self, sources: set[str], file_names: set[str],
                        after: int) -> dict[int, int]:
        """committed batch -> the last version of its list its commit was weighed against (its
        report's changes_since_last_import.previous_batch), for the batches after batch `after`
        of these sources or file names (a list's versions: commit.previous_version) that had
        one. Only their reports are read: a vault's every report is large."""
        sources, file_names = sorted(sources - {""}), sorted(file_names)
        if not sources and not file_names:
            return {}
        said = " OR ".join([*(["list_source IN (" + ", ".join("?" * len(sources)) + ")"]
                              if sources else []),
                            *(["file_name IN (" + ", ".join("?" * len(file_names)) + ")"]
                              if file_names else [])])
        return dict(self.db.conn.execute(
            "SELECT id, json_extract(report_json, '$.changes_since_last_import.previous_batch') "  # noqa: S608
            f"AS v FROM import_batches WHERE state='committed' AND id > ? AND ({said}) "
            "AND json_valid(report_json) AND v IS NOT NULL", (after, *sources, *file_names)))

    def batches_naming_case(self, case_no: str) -> set[int]:
        """The batches a standing row of this person came from (her provenance)."""
        return {b for (b,) in self.db.conn.execute(
            "SELECT DISTINCT v.batch_id FROM provenance v JOIN persons p ON p.id = v.person_id "
            "WHERE p.case_no=? AND v.withdrawn_at IS NULL AND v.batch_id IS NOT NULL",
            (case_no,))}

    def committed_with_sha(self, sha256: str, sheet: str) -> list[BatchRecord]:
        """Committed imports of this very sheet of this very file ('' for a CSV): another
        sheet of the same workbook is another list."""
        rows = self.db.conn.execute(
            f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
            "WHERE file_sha256=? AND sheet=? AND state='committed' ORDER BY id", (sha256, sheet))
        return [BatchRecord(*r) for r in rows]

    def staged_with_sha(self, sha256: str, sheet: str) -> list[BatchRecord]:
        """Batches of this very sheet of this very file staged and waiting for decisions."""
        rows = self.db.conn.execute(
            f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
            "WHERE file_sha256=? AND sheet=? AND state='staged' ORDER BY id", (sha256, sheet))
        return [BatchRecord(*r) for r in rows]

    def staged_for(self, list_source: str, file_name: str, sheet: str) -> list[BatchRecord]:
        """Batches of the same list staged and still waiting for decisions, oldest first: of the
        same source, else of the same file name, of the same sheet (as last_committed_for finds
        the list; another sheet of one workbook is another list, whose batch must not be
        discarded for it), any version of the file."""
        sql = (f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
               "WHERE state='staged' AND {}=? AND sheet=? ORDER BY id")
        rows = self.db.conn.execute(sql.format("list_source"), (list_source, sheet)).fetchall() \
            if list_source else []
        if not rows:
            rows = self.db.conn.execute(sql.format("file_name"), (file_name, sheet)).fetchall()
        return [BatchRecord(*r) for r in rows]

    def last_committed_for(self, list_source: str, file_name: str,
                           sheet: str | None, before: int | None = None) -> BatchRecord | None:
        """The latest committed batch of the same list: of the same source, else of the same
        file name; of the same sheet, or of any sheet when sheet is None. Latest as read (by
        batch number: a batch is numbered when its file is read), not as committed: a version
        staged and committed after a newer one is still the older. before: read before that
        batch (the versions a staged batch comes after)."""
        where = "state='committed' AND {}" + ("" if sheet is None else " AND sheet=?") + (
            "" if before is None else " AND id<?")
        sql = (f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
               f"WHERE {where} ORDER BY id DESC LIMIT 1")
        tail = (() if sheet is None else (sheet,)) + (() if before is None else (before,))
        row = None
        if list_source:
            row = self.db.conn.execute(sql.format("list_source=?"),
                                       (list_source, *tail)).fetchone()
        if row is None:
            row = self.db.conn.execute(sql.format("file_name=?"), (file_name, *tail)).fetchone()
        return BatchRecord(*row) if row else None

    def committed_after(self, b: BatchRecord) -> list[BatchRecord]:
        """Other committed versions of batch b's list (same source, else same file name, same
        sheet), oldest first, that were read after it or committed after it: what the vault
        took from that list since b's values, a later version or an older one committed late.
        Committed after by the trail's order of the commits: two commits in one second have
        one committed_at."""
        sql = (f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches "  # noqa: S608
               "WHERE state='committed' AND {}=? AND sheet=? AND id!=? ORDER BY id")
        args = (b.sheet, b.id)
        rows = self.db.conn.execute(sql.format("list_source"), (b.list_source, *args)
                                    ).fetchall() if b.list_source else \
            self.db.conn.execute(sql.format("file_name"), (b.file_name, *args)).fetchall()
        others = [BatchRecord(*r) for r in rows]
        if b.state != "committed":
            return [o for o in others if o.id > b.id]
        order = self._commit_order([b.id, *(o.id for o in others)])
        mine = (b.committed_at or "", order.get(b.id, 0))
        return [o for o in others if o.id > b.id
                or (o.committed_at or "", order.get(o.id, 0)) > mine]

    def same_rows(self, batch_id: int, other_id: int) -> bool:
        """Whether two batches read the same rows (names and cells), in any order."""
        def rows(b: int) -> list[tuple[str, str]]:
            return sorted(self.db.conn.execute(
                "SELECT row_key, row_hash FROM import_rows WHERE batch_id=?", (b,)).fetchall())
        return rows(batch_id) == rows(other_id)

    def _commit_order(self, batch_ids: list[int]) -> dict[int, int]:
        """batch id -> the sequence number of its commit in the audit trail."""
        found = self.db.conn.execute(
            "SELECT entity_ref, MAX(seq) FROM audit_log WHERE action='import.commit' "  # noqa: S608
            f"AND entity='import_batch' AND entity_ref IN ({', '.join('?' * len(batch_ids))}) "
            "GROUP BY entity_ref", [str(i) for i in batch_ids])
        return {int(ref): seq for ref, seq in found}

    def finish_batch(self, batch_id: int, state: str, report_json: str, at: str | None) -> None:
        self.db.conn.execute("UPDATE import_batches SET state=?, report_json=?, committed_at=? "
                             "WHERE id=?", (state, report_json, at, batch_id))

    # -- staged rows -----------------------------------------------------------------------
    def insert_rows(self, batch_id: int, rows: list[StagedRowRecord], lean: bool = False) -> None:
        """lean: for a batch committed at once, leave out the values (provenance holds them).
        A rejected row has no provenance line: it keeps its values, so that the report can
        still name the row as the list wrote it."""
        cols = _ROW_COLS
        values = [(batch_id, *(getattr(r, c) for c in cols))
                  if not lean or r.outcome == "rejected" else
                  (batch_id, r.row_number, "{}", None, *(getattr(r, c) for c in cols[3:]))
                  for r in rows]
        self.db.conn.executemany(
            f"INSERT INTO import_rows(batch_id, {', '.join(cols)}) "  # noqa: S608
            f"VALUES(?, {', '.join('?' * len(cols))})", values)

    def rows(self, batch_id: int, outcome: str | None = None,
             undecided: bool = False) -> list[StagedRowRecord]:
        sql = (f"SELECT {', '.join(_ROW_COLS)} FROM import_rows "  # noqa: S608
               "WHERE batch_id=?")
        args: list = [batch_id]
        if outcome:
            sql += " AND outcome=?"
            args.append(outcome)
        if undecided:
            sql += f" AND {_WAITING}"
        rows = self.db.conn.execute(sql + " ORDER BY row_number", args)
        return [StagedRowRecord(*r) for r in rows]

    def row(self, batch_id: int, row_number: int) -> StagedRowRecord | None:
        found = self.db.conn.execute(
            f"SELECT {', '.join(_ROW_COLS)} FROM import_rows "  # noqa: S608
            "WHERE batch_id=? AND row_number=?", (batch_id, row_number)).fetchone()
        return StagedRowRecord(*found) if found else None

    def row_keys(self, batch_id: int) -> dict[str, tuple[int, str]]:
        """row_key -> (row_number, row_hash) for a batch, to say what changed in a new version
        of a list."""
        out: dict[str, tuple[int, str]] = {}
        for n, k, h in self.db.conn.execute(
                "SELECT row_number, row_key, row_hash FROM import_rows WHERE batch_id=? "
                "AND rejected='' ORDER BY row_number", (batch_id,)):
            out.setdefault(k, (n, h))  # a name listed twice: its first row, as now
        return out

    def rows_of_keys(self, batch_id: int, keys: list[str]) -> dict[str, list[tuple[int, str]]]:
        """row_key -> [(row_number, row_hash)] of each of these keys listed more than once in
        a batch, in the list's order (a name listed once is row_keys's)."""
        out: dict[str, list[tuple[int, str]]] = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ", ".join("?" * len(part))
            for n, k, h in self.db.conn.execute(
                    "SELECT row_number, row_key, row_hash FROM import_rows WHERE batch_id=? "  # noqa: S608
                    f"AND rejected='' AND row_key IN ({marks}) ORDER BY row_number",
                    (batch_id, *part)):
                out.setdefault(k, []).append((n, h))
        return {k: rows for k, rows in out.items() if len(rows) > 1}

    def rows_gone(self, batch_id: int) -> list[tuple[int, str]]:
        """(row number, row_key) of each row of a committed batch that went to a person (made
        her, updated her, or repeated a row that did) and has no provenance line now: the
        person was deleted since, and her lines with her. A row skipped has none either: the
        caller leaves out the rows its commit skipped."""
        return self.db.conn.execute(
            "SELECT r.row_number, r.row_key FROM import_rows r WHERE r.batch_id=? "
            "AND r.rejected='' AND r.row_key != '' "
            "AND r.decision IN ('create', 'update', 'same_as_row') AND NOT EXISTS ("
            "SELECT 1 FROM provenance p WHERE p.batch_id = r.batch_id "
            "AND p.row_number = r.row_number) ORDER BY r.row_number", (batch_id,)).fetchall()

    def made_new_keys(self, batch_id: int) -> list[tuple[int, str]]:
        """(row number, row_key) of each row of a batch that was to make a new person with
        nothing asked about it (no candidate at all): not one created despite a probable
        match, nor one decided by hand."""
        return self.db.conn.execute(
            "SELECT row_number, row_key FROM import_rows WHERE batch_id=? AND outcome='new' "
            "AND decision='create' ORDER BY row_number", (batch_id,)).fetchall()

    def rows_numbered(self, batch_id: int, row_numbers: list[int]) -> list[StagedRowRecord]:
        """These rows of a batch, in order (those it has)."""
        out: list[StagedRowRecord] = []
        for chunk in (row_numbers[i:i + 500] for i in range(0, len(row_numbers), 500)):
            out += [StagedRowRecord(*r) for r in self.db.conn.execute(
                f"SELECT {', '.join(_ROW_COLS)} FROM import_rows WHERE batch_id=? "  # noqa: S608
                f"AND row_number IN ({', '.join('?' * len(chunk))})", (batch_id, *chunk))]
        return sorted(out, key=lambda r: r.row_number)

    def persons_of_rows(self, batch_id: int, row_numbers: list[int]) -> dict[int, int]:
        """row_number -> the person a committed batch's row went to (from its provenance)."""
        out: dict[int, int] = {}
        for chunk in (row_numbers[i:i + 500] for i in range(0, len(row_numbers), 500)):
            out.update(self.db.conn.execute(
                "SELECT row_number, person_id FROM provenance WHERE batch_id=? "  # noqa: S608
                f"AND withdrawn_at IS NULL AND row_number IN ({', '.join('?' * len(chunk))})",
                (batch_id, *chunk)))
        return out

    def persons_by_row_key(self, batch_id: int) -> dict[str, int]:
        """row_key -> the person a committed batch's row went to, for keys held by one row,
        or by rows that all went to her (her row listed twice): two namesakes of one list who
        went to two persons say nothing about which is which."""
        seen: dict[str, int | None] = {}
        for key, pid in self.db.conn.execute(
                "SELECT r.row_key, p.person_id FROM import_rows r JOIN provenance p "
                "ON p.batch_id = r.batch_id AND p.row_number = r.row_number "
                # a row withdrawn from a woman must not lead the next version back to her
                "AND p.withdrawn_at IS NULL WHERE r.batch_id=? AND r.rejected='' "
                "AND r.row_key != ''", (batch_id,)):
            seen[key] = pid if key not in seen or seen[key] == pid else None
        return {k: pid for k, pid in seen.items() if pid is not None}

    def case_numbers(self, person_ids: set[int]) -> dict[int, str]:
        """person id -> case number, for the few persons a report names (no whole records)."""
        ids, out = sorted(person_ids), {}
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            out.update(self.db.conn.execute(
                f"SELECT id, case_no FROM persons WHERE id IN ({', '.join('?' * len(chunk))})",  # noqa: S608
                chunk).fetchall())
        return out

    def kept_as(self, person_ids: set[int]) -> dict[int, str]:
        """person id -> the case number of the live record it is kept as, for those of these
        persons merged into another since (the top of a chain of merges)."""
        into: dict[int, int] = {}
        todo = sorted(person_ids)
        while todo:
            chunk, todo = todo[:500], todo[500:]
            found = dict(self.db.conn.execute(
                f"SELECT id, merged_into FROM persons WHERE merged_into IS NOT NULL "  # noqa: S608
                f"AND id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
            into.update(found)
            todo += [k for k in set(found.values()) if k not in into]  # a merge of a merge
        top = {}
        for pid in person_ids & set(into):
            k, seen = into[pid], {pid}
            while k in into and k not in seen:
                seen.add(k)
                k = into[k]
            top[pid] = k
        cases = self.case_numbers(set(top.values()))
        return {pid: cases[k] for pid, k in top.items() if k in cases}

    def raw_values(self, batch_id: int, row_numbers: list[int]) -> dict[int, str]:
        """row_number -> raw JSON of rows of a batch: kept in the staged row, or (for a batch
        committed at once, whose staged rows are lean) in the provenance it left."""
        out: dict[int, str] = {}
        for chunk in (row_numbers[i:i + 500] for i in range(0, len(row_numbers), 500)):
            marks = ", ".join("?" * len(chunk))
            for sql in ("SELECT row_number, raw_json FROM import_rows WHERE batch_id=? "  # noqa: S608
                        f"AND raw_json != '{{}}' AND row_number IN ({marks})",
                        "SELECT row_number, raw_json FROM provenance WHERE batch_id=? "  # noqa: S608
                        f"AND row_number IN ({marks})"):
                for n, raw in self.db.conn.execute(sql, (batch_id, *chunk)):
                    out.setdefault(n, raw)
        return out

    def decide(self, batch_id: int, row_number: int, decision: str,
               person_id: int | None = None) -> bool:
        # A row that followed another of the same woman (see follow) no longer does: the row
        # it followed is not a row it matched.
        # Decided now: against the record as it is now (decided_version).
        cur = self.db.conn.execute(
            "UPDATE import_rows SET decision=?, match_person_id=coalesce(?, match_person_id), "
            f"match_row_number=CASE WHEN {_FOLLOWS} THEN NULL ELSE match_row_number END, "
            "decided_version=(SELECT version FROM persons WHERE id=coalesce(?, match_person_id)) "
            "WHERE batch_id=? AND row_number=? AND outcome != 'rejected'",
            (decision, person_id, person_id, batch_id, row_number))
        return cur.rowcount == 1

    def mark_versions(self, batch_id: int) -> None:
        """Each row matched to a record keeps that record's version as staged: one statement."""
        self.db.conn.execute(
            "UPDATE import_rows SET decided_version=(SELECT version FROM persons "
            "WHERE persons.id=import_rows.match_person_id) "
            "WHERE batch_id=? AND match_person_id IS NOT NULL", (batch_id,))

    def changed_updates(self, batch_id: int, staged_at: str) -> list[int]:
        """The rows to update a record that has changed since they were decided (its version
        differs, or it was merged into another), in one query. A row staged before versions
        were kept (NULL) counts its record changed when saved after the batch was staged."""
        return [n for (n,) in self.db.conn.execute(
            "SELECT r.row_number FROM import_rows r JOIN persons p ON p.id=r.match_person_id "
            "WHERE r.batch_id=? AND r.decision='update' AND r.outcome != 'rejected' AND ("
            "p.merged_into IS NOT NULL OR r.decided_version != p.version OR "
            "(r.decided_version IS NULL AND p.updated_at > ?)) ORDER BY r.row_number",
            (batch_id, staged_at))]

    def follow(self, batch_id: int, row_number: int, lead: int) -> None:
        """The row goes wherever row `lead` of the same list goes (the same woman): the commit
        reads it as a repeat of that row. Its vault candidate stays, for the review to say."""
        self.db.conn.execute(
            "UPDATE import_rows SET decision='same_as_row', match_row_number=? "
            "WHERE batch_id=? AND row_number=? AND outcome != 'rejected'",
            (lead, batch_id, row_number))

    def going_with_rows(self, batch_id: int) -> list[StagedRowRecord]:
        """The rows that go where another row of the list goes: repeats and rows of the same
        woman (decision same_as_row), in order."""
        rows = self.db.conn.execute(
            f"SELECT {', '.join(_ROW_COLS)} FROM import_rows "  # noqa: S608
            "WHERE batch_id=? AND decision='same_as_row' ORDER BY row_number", (batch_id,))
        return [StagedRowRecord(*r) for r in rows]

    def wait_again(self, batch_id: int, rows: list[tuple[int, str]]) -> None:
        """Rows (row number, explanation) that went with another row wait for a decision
        again, as probable matches: a row asked about a vault person forgets the row it went
        with; a repeat keeps the row it matched, for the review to show beside it."""
        self.db.conn.executemany(
            f"UPDATE import_rows SET match_row_number=CASE WHEN {_FOLLOWS} THEN NULL "  # noqa: S608
            "ELSE match_row_number END, outcome='probable', decision='', match_explain=? "
            "WHERE batch_id=? AND row_number=? AND outcome != 'rejected'",
            [(explain, batch_id, n) for n, explain in rows])

    def ask_again(self, batch_id: int, row_number: int, person_id: int, score: float,
                  explain: str) -> None:
        """A row to be created turns out to resemble a person added since: it waits."""
        self.db.conn.execute(
            "UPDATE import_rows SET outcome='probable', decision='', match_person_id=?, "
            "match_row_number=NULL, match_score=?, match_explain=? "
            "WHERE batch_id=? AND row_number=?",
            (person_id, score, explain, batch_id, row_number))

    def match_again(self, batch_id: int, row_number: int, outcome: str, person_id: int | None,
                    score: float | None, explain: str, warnings_json: str) -> None:
        """A staged row whose record was deleted by a withdrawal, matched again: it waits."""
        self.db.conn.execute(
            "UPDATE import_rows SET outcome=?, decision='', match_person_id=?, "
            "match_row_number=NULL, match_score=?, match_explain=?, warnings_json=?, "
            "decided_version=NULL WHERE batch_id=? AND row_number=?",
            (outcome, person_id, score, explain, warnings_json, batch_id, row_number))

    def waiting_row_numbers(self, batch_id: int) -> list[int]:
        """The numbers of the rows that wait for a decision (no values: a bulk decision names
        them in the audit trail)."""
        return [n for (n,) in self.db.conn.execute(
            f"SELECT row_number FROM import_rows WHERE batch_id=? AND {_WAITING} "  # noqa: S608
            "ORDER BY row_number", (batch_id,))]

    def updates(self, batch_id: int) -> list[tuple[int, int]]:
        """(row number, person id) of each row of a batch to update a vault person: a certain
        match, or an update decided."""
        return self.db.conn.execute(
            "SELECT row_number, match_person_id FROM import_rows WHERE batch_id=? AND "
            "decision='update' AND match_person_id IS NOT NULL ORDER BY row_number",
            (batch_id,)).fetchall()

    def decide_all(self, batch_id: int, decision: str, held: list[int] | None = None) -> int:
        """The same decision for every row that waits for one, but the rows held (left to
        wait for a decision of their own)."""
        sql = f"UPDATE import_rows SET decision=? WHERE batch_id=? AND {_WAITING}"
        if held:
            sql += f" AND row_number NOT IN ({', '.join('?' * len(held))})"
        return self.db.conn.execute(sql, (decision, batch_id, *(held or ()))).rowcount

    # -- provenance and mappings -----------------------------------------------------------
    def insert_provenance_many(self, rows: list[tuple]) -> None:
        """(person_id, batch_id, source, file, sha256, sheet, row_number, raw_json, at) each."""
        self.db.conn.executemany(
            "INSERT INTO provenance(person_id, batch_id, list_source, file_name, file_sha256, "
            "sheet, row_number, raw_json, recorded_at) VALUES(?,?,?,?,?,?,?,?,?)", rows)

    def save_mapping(self, list_source: str, mapping_json: str, at: str) -> None:
        self.db.conn.execute(
            "INSERT INTO import_mappings(list_source, mapping_json, updated_at) VALUES(?,?,?) "
            "ON CONFLICT(list_source) DO UPDATE SET mapping_json=excluded.mapping_json, "
            "updated_at=excluded.updated_at", (list_source, mapping_json, at))

    def mapping(self, list_source: str) -> str | None:
        row = self.db.conn.execute("SELECT mapping_json FROM import_mappings WHERE list_source=?",
                                   (list_source,)).fetchone()
        return row[0] if row else None

    def sources(self) -> list[str]:
        """Every list sender the vault knows (a saved mapping's, a batch's), first written
        first."""
        return [s for (s,) in self.db.conn.execute(
            "SELECT list_source FROM (SELECT list_source, min(at) AS first FROM ("
            "SELECT list_source, updated_at AS at FROM import_mappings UNION ALL "
            "SELECT list_source, created_at AS at FROM import_batches) WHERE list_source != '' "
            "GROUP BY list_source) ORDER BY first, list_source")]

    def mappings(self) -> list[tuple[str, str, str]]:
        return self.db.conn.execute("SELECT list_source, mapping_json, updated_at FROM "
                                    "import_mappings ORDER BY list_source").fetchall()

    def delete_mapping(self, list_source: str) -> bool:
        return self.db.conn.execute("DELETE FROM import_mappings WHERE list_source=?",
                                    (list_source,)).rowcount == 1
