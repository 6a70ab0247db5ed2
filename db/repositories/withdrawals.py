"""A committed list row withdrawn from its person: its provenance link, and what else refers to her."""

from __future__ import annotations

from dataclasses import dataclass

from db.database import Database


@dataclass(frozen=True)
class Link:
    """A list row's standing provenance line: the person it went to."""

    id: int
    person_id: int
    batch_id: int
    row_number: int
    raw_json: str


class WithdrawalRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def link(self, batch_id: int, row_number: int) -> Link | None:
        """The standing (not withdrawn) provenance line of a batch's row, if it went anywhere."""
        row = self.db.conn.execute(
            "SELECT id, person_id, batch_id, row_number, raw_json FROM provenance WHERE "
            "batch_id=? AND row_number=? AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1",
            (batch_id, row_number)).fetchone()
        return Link(*row) if row else None

    def other_links(self, person_id: int, except_id: int) -> list[Link]:
        """Every other standing provenance line of the person: the other rows naming her."""
        return [Link(*r) for r in self.db.conn.execute(
            "SELECT id, person_id, coalesce(batch_id, 0), coalesce(row_number, 0), raw_json "
            "FROM provenance WHERE person_id=? AND id != ? AND withdrawn_at IS NULL ORDER BY id",
            (person_id, except_id))]

    def links_of(self, person_ids: list[int]) -> dict[int, list[Link]]:
        """{person: her standing provenance lines, in id order} for many persons at once (500
        a statement): other_links(person, -1) of each."""
        out: dict[int, list[Link]] = {pid: [] for pid in person_ids}
        wanted = sorted(set(person_ids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.conn.execute(
                    "SELECT id, person_id, coalesce(batch_id, 0), coalesce(row_number, 0), "
                    f"raw_json FROM provenance WHERE person_id IN ({marks}) AND withdrawn_at "  # noqa: S608
                    "IS NULL ORDER BY id", chunk):
                out[r[1]].append(Link(*r))
        return out

    def withdraw(self, link_id: int, at: str) -> None:
        self.db.conn.execute("UPDATE provenance SET withdrawn_at=? WHERE id=?", (at, link_id))

    def withdrawn(self, batch_ids: list[int]) -> set[tuple[int, int, str]]:
        """(batch, row, case number) of every row of these batches withdrawn from a person who
        is still in the vault: what those rows said of her is no longer hers."""
        if not batch_ids:
            return set()
        marks = ", ".join("?" * len(batch_ids))
        return set(self.db.conn.execute(
            "SELECT v.batch_id, v.row_number, p.case_no FROM provenance v JOIN persons p ON "  # noqa: S608
            f"p.id = v.person_id WHERE v.withdrawn_at IS NOT NULL AND v.batch_id IN ({marks}) "
            # decided onto her again since: it names her again
            "AND NOT EXISTS (SELECT 1 FROM provenance s WHERE s.batch_id = v.batch_id AND "
            "s.row_number = v.row_number AND s.person_id = v.person_id AND "
            "s.withdrawn_at IS NULL)", batch_ids).fetchall())

    def reopen(self, batch_id: int, row_number: int) -> None:
        """The row of a committed batch waits for a decision again (it was withdrawn)."""
        self.db.conn.execute("UPDATE import_rows SET decision='' WHERE batch_id=? AND "
                             "row_number=?", (batch_id, row_number))

    def keep_values(self, batch_id: int, row_number: int, raw_json: str,
                    person_json: str) -> None:
        """A row of a batch committed at once (its staged row lean) keeps its values again,
        to be shown and decided anew once withdrawn."""
        self.db.conn.execute("UPDATE import_rows SET raw_json=?, person_json=? WHERE "
                             "batch_id=? AND row_number=?",
                             (raw_json, person_json, batch_id, row_number))

    def set_report(self, batch_id: int, report_json: str) -> None:
        self.db.conn.execute("UPDATE import_batches SET report_json=? WHERE id=?",
                             (report_json, batch_id))

    def references(self, person_id: int) -> dict[str, list]:
        """What besides list rows refers to a person: reports, rescues, relatives (either
        side), records merged into her, family contacts, photos, not-the-same decisions."""
        c = self.db.conn
        pid = person_id
        return {
            "reports": [r for (r,) in c.execute(
                "SELECT report_id FROM report_persons WHERE person_id=? UNION SELECT report_id "
                "FROM status_events WHERE person_id=? AND report_id IS NOT NULL ORDER BY 1",
                (pid, pid))],
            "rescues": [r for (r,) in c.execute(
                "SELECT rescue_id FROM rescue_persons WHERE person_id=? ORDER BY 1", (pid,))],
            "relatives": c.execute(
                "SELECT p.case_no, r.relation FROM relatives r JOIN persons p ON p.id = CASE "
                "WHEN r.person_id=? THEN r.relative_id ELSE r.person_id END WHERE r.person_id=? "
                "OR r.relative_id=? ORDER BY r.id", (pid, pid, pid)).fetchall(),
            "merged": [r for (r,) in c.execute(
                "SELECT case_no FROM persons WHERE merged_into=? ORDER BY id", (pid,))],
            "contacts": [r for (r,) in c.execute(
                "SELECT id FROM family_contacts WHERE person_id=? ORDER BY id", (pid,))],
            "photos": [r for (r,) in c.execute(
                "SELECT id FROM photos WHERE person_id=? ORDER BY id", (pid,))],
            "not_same": c.execute(
                "SELECT p.case_no, d.note FROM match_decisions d JOIN persons p ON p.id = CASE "
                "WHEN d.person_a=? THEN d.person_b ELSE d.person_a END WHERE d.person_a=? OR "
                "d.person_b=? ORDER BY d.id", (pid, pid, pid)).fetchall(),
        }
