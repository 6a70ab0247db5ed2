"""Reports, rescue operations (with their cost ledger), relatives, contacts, photos, provenance."""

from __future__ import annotations

from decimal import Decimal

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import (
    CostEntry,
    FamilyContact,
    Incident,
    Photo,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
)
from db.database import Database
from db.high_marks import give

# A contact with the list it was read from, if any (the batch names the file and sheet).
_CONTACT = ("SELECT c.person_id, c.name, c.phone, c.relation, c.id, c.batch_id, c.row_number, "
            "coalesce(b.file_name, ''), coalesce(b.sheet, '') FROM family_contacts c "
            "LEFT JOIN import_batches b ON b.id = c.batch_id ")


def _handover(earliest: str | None, latest: str | None, text: str) -> FuzzyDate:
    """The handover to family as a date. One typed before it was read as a date has text
    only: read now, as the date options read dates; text that is no date stays as typed."""
    if earliest or latest or not text.strip():
        return FuzzyDate.from_row(earliest, latest, text)
    try:
        return FuzzyDate.parse(text)
    except ValueError:
        return FuzzyDate.from_row(None, None, text)


_REPORT = ("SELECT received_earliest, received_latest, received_text, observed_earliest, "
           "observed_latest, observed_text, place, text, source_code, credibility, "
           "could_identify_source, id, false_reason, false_earliest, false_latest, false_text "
           "FROM reports")


def _report(r: tuple, pids: list[int]) -> Report:
    return Report(FuzzyDate.from_row(*r[0:3]), FuzzyDate.from_row(*r[3:6]), r[6], r[7], r[8],
                  r[9], bool(r[10]), pids, r[11], r[12], FuzzyDate.from_row(*r[13:16]))


_RESCUE = ("SELECT date_earliest, date_latest, date_text, from_place, route, handover_point, "
           "team_codes, outcome, handover_earliest, handover_latest, handover_to_family, "
           "needs, notes, id, gives_status FROM rescues")
_COST = ("SELECT amount, currency, paid_to, purpose, date_earliest, date_latest, date_text, id, "
         "rescue_id FROM rescue_costs")


def _rescue(r: tuple, pids: list[int], costs: list[CostEntry]) -> RescueOperation:
    return RescueOperation(FuzzyDate.from_row(*r[0:3]), *r[3:8], _handover(*r[8:11]),
                           r[11], r[12], pids, costs, r[13], r[14])


def _cost(c: tuple) -> CostEntry:
    return CostEntry(Decimal(c[0]), c[1], c[2], c[3], FuzzyDate.from_row(*c[4:7]), c[7])


class RecordRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _c(self):
        return self.db.conn

    # -- reports ---------------------------------------------------------------------------
    def insert_report(self, r: Report, created_at: str) -> int:
        cur = self._c.execute(
            "INSERT INTO reports(id, received_earliest, received_latest, received_text, "
            "observed_earliest, observed_latest, observed_text, place, text, source_code, "
            "credibility, could_identify_source, created_at, false_reason, false_earliest, "
            "false_latest, false_text) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (give(self._c, "reports"), *r.received.to_row(), *r.observed.to_row(),
             r.place, r.text, r.source_code, r.credibility, int(r.could_identify_source),
             created_at, r.proved_false, *r.proved_false_on.to_row()))
        rid = cur.lastrowid
        self._c.executemany("INSERT INTO report_persons(report_id, person_id) VALUES(?,?)",
                            [(rid, pid) for pid in r.person_ids])
        return rid

    def update_report(self, r: Report) -> None:
        """Its fields as r holds them; the persons it is about stay as they are."""
        self._c.execute(
            "UPDATE reports SET received_earliest=?, received_latest=?, received_text=?, "
            "observed_earliest=?, observed_latest=?, observed_text=?, place=?, text=?, "
            "source_code=?, credibility=?, could_identify_source=?, false_reason=?, "
            "false_earliest=?, false_latest=?, false_text=? WHERE id=?",
            (*r.received.to_row(), *r.observed.to_row(), r.place, r.text, r.source_code,
             r.credibility, int(r.could_identify_source), r.proved_false,
             *r.proved_false_on.to_row(), r.id))

    def set_report_persons(self, rid: int, person_ids: list[int]) -> None:
        """The persons a report is about, exactly these."""
        self._c.execute("DELETE FROM report_persons WHERE report_id=?", (rid,))
        self._c.executemany("INSERT INTO report_persons(report_id, person_id) VALUES(?,?)",
                            [(rid, pid) for pid in person_ids])

    def delete_report(self, rid: int) -> None:
        self._c.execute("DELETE FROM report_persons WHERE report_id=?", (rid,))
        self._c.execute("DELETE FROM reports WHERE id=?", (rid,))

    def statuses_resting_on(self, rid: int) -> list[tuple[int, str, str]]:
        """(person id, status, date as written) of the status events that rest on a report."""
        return [(pid, status, text or "") for pid, status, text in self._c.execute(
            "SELECT person_id, status, date_text FROM status_events WHERE report_id=? "
            "ORDER BY person_id, id", (rid,))]

    def withhold_unjudged_reports(self) -> list[int]:
        """Flag every report stored as unable to identify its source; their ids."""
        ids = [r[0] for r in self._c.execute(
            "SELECT id FROM reports WHERE could_identify_source=0 ORDER BY id")]
        self._c.execute("UPDATE reports SET could_identify_source=1 WHERE could_identify_source=0")
        return ids

    def reports_for(self, person_id: int) -> list[Report]:
        rows = self._c.execute(
            "SELECT r.id FROM reports r JOIN report_persons rp ON rp.report_id=r.id "
            "WHERE rp.person_id=? ORDER BY r.received_earliest, r.id", (person_id,)).fetchall()
        return [self.get_report(r[0]) for r in rows]

    def get_report(self, rid: int) -> Report | None:
        r = self._c.execute(_REPORT + " WHERE id=?", (rid,)).fetchone()
        if r is None:
            return None
        pids = [x[0] for x in self._c.execute(
            "SELECT person_id FROM report_persons WHERE report_id=? ORDER BY person_id", (rid,))]
        return _report(r, pids)

    def list_reports(self, limit: int = 1000) -> list[Report]:
        return self._whole(self._c.execute(_REPORT + " ORDER BY id DESC LIMIT ?",
                                           (limit,)).fetchall())

    def list_reports_received(self, limit: int, source: str | None = None) -> list[Report]:
        """Newest first by date received, then by number; those received on no known date
        last. source: only the reports of that code (as kept: upper case)."""
        where, args = ("WHERE source_code=? ", (source,)) if source is not None else ("", ())
        return self._whole(self._c.execute(
            _REPORT + " " + where + "ORDER BY received_earliest IS NULL, "  # noqa: S608
            "received_earliest DESC, id DESC LIMIT ?", (*args, limit)).fetchall())

    def _whole(self, rows: list[tuple]) -> list[Report]:
        """The reports of these rows with the persons each is about, in a query per 500: read
        one by one (get_report, two queries each), the desktop's Reports screen of 940
        reports took a second to read."""
        pids: dict[int, list[int]] = {r[11]: [] for r in rows}
        ids = list(pids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for rid, pid in self._c.execute(
                    "SELECT report_id, person_id FROM report_persons "  # noqa: S608
                    f"WHERE report_id IN ({marks}) ORDER BY report_id, person_id", chunk):
                pids[rid].append(pid)
        return [_report(r, pids[r[11]]) for r in rows]

    # -- rescues ---------------------------------------------------------------------------
    def insert_rescue(self, op: RescueOperation, created_at: str) -> int:
        cur = self._c.execute(
            "INSERT INTO rescues(id, date_earliest, date_latest, date_text, from_place, route, "
            "handover_point, team_codes, outcome, handover_earliest, handover_latest, "
            "handover_to_family, needs, notes, gives_status, created_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (give(self._c, "rescues"), *op.date.to_row(), op.from_place, op.route,
             op.handover_point, op.team_codes,
             op.outcome, *op.handover_to_family.to_row(), op.needs, op.notes,
             op.gives_status, created_at))
        rid = cur.lastrowid
        self._c.executemany("INSERT INTO rescue_persons(rescue_id, person_id) VALUES(?,?)",
                            [(rid, pid) for pid in op.person_ids])
        for cost in op.costs:
            self.insert_cost(rid, cost)
        return rid

    def insert_cost(self, rescue_id: int, c: CostEntry) -> int:
        return self._c.execute(
            "INSERT INTO rescue_costs(rescue_id, amount, currency, paid_to, purpose, "
            "date_earliest, date_latest, date_text) VALUES(?,?,?,?,?,?,?,?)",
            (rescue_id, str(c.amount), c.currency, c.paid_to, c.purpose, *c.date.to_row())
        ).lastrowid

    def get_rescue(self, rid: int) -> RescueOperation | None:
        r = self._c.execute(_RESCUE + " WHERE id=?", (rid,)).fetchone()
        if r is None:
            return None
        pids = [x[0] for x in self._c.execute(
            "SELECT person_id FROM rescue_persons WHERE rescue_id=? ORDER BY person_id", (rid,))]
        costs = [_cost(c) for c in self._c.execute(
            _COST + " WHERE rescue_id=? ORDER BY id", (rid,))]
        return _rescue(r, pids, costs)

    def list_rescues(self) -> list[RescueOperation]:
        """Every rescue with its persons and its ledger, by number: three queries however
        many rescues there are (get_rescue, once per rescue, made three each)."""
        pids: dict[int, list[int]] = {}
        for rid, pid in self._c.execute(
                "SELECT rescue_id, person_id FROM rescue_persons ORDER BY rescue_id, person_id"):
            pids.setdefault(rid, []).append(pid)
        costs: dict[int, list[CostEntry]] = {}
        for c in self._c.execute(_COST + " ORDER BY rescue_id, id"):
            costs.setdefault(c[8], []).append(_cost(c))
        return [_rescue(r, pids.get(r[13], []), costs.get(r[13], []))
                for r in self._c.execute(_RESCUE + " ORDER BY id")]

    def update_rescue(self, op: RescueOperation) -> None:
        """Its fields as op holds them; its persons and costs stay as they are."""
        self._c.execute(
            "UPDATE rescues SET date_earliest=?, date_latest=?, date_text=?, from_place=?, "
            "route=?, handover_point=?, team_codes=?, outcome=?, handover_earliest=?, "
            "handover_latest=?, handover_to_family=?, needs=?, notes=?, gives_status=? "
            "WHERE id=?",
            (*op.date.to_row(), op.from_place, op.route, op.handover_point, op.team_codes,
             op.outcome, *op.handover_to_family.to_row(), op.needs, op.notes,
             op.gives_status, op.id))

    def replace_costs(self, rescue_id: int, costs: list[CostEntry]) -> None:
        self._c.execute("DELETE FROM rescue_costs WHERE rescue_id=?", (rescue_id,))
        for cost in costs:
            self.insert_cost(rescue_id, cost)

    def set_rescue_persons(self, rid: int, person_ids: list[int]) -> None:
        """The persons a rescue freed, exactly these (the statuses it gives follow elsewhere)."""
        self._c.execute("DELETE FROM rescue_persons WHERE rescue_id=?", (rid,))
        self._c.executemany("INSERT INTO rescue_persons(rescue_id, person_id) VALUES(?,?)",
                            [(rid, pid) for pid in person_ids])

    def delete_rescue(self, rid: int) -> None:
        self._c.execute("DELETE FROM rescues WHERE id=?", (rid,))

    def rescues_for(self, person_id: int) -> list[RescueOperation]:
        ids = [x[0] for x in self._c.execute(
            "SELECT rescue_id FROM rescue_persons WHERE person_id=? ORDER BY rescue_id",
            (person_id,))]
        return [self.get_rescue(i) for i in ids]

    def rescues_naming(self, person_ids: list[int]) -> list[int]:
        """Ids of the rescues that name any of these records."""
        if not person_ids:
            return []
        marks = ",".join("?" * len(person_ids))
        return [x[0] for x in self._c.execute(
            f"SELECT DISTINCT rescue_id FROM rescue_persons WHERE person_id IN ({marks}) "
            "ORDER BY rescue_id", list(person_ids))]

    def list_rescue_ids(self) -> list[int]:
        return [x[0] for x in self._c.execute("SELECT id FROM rescues ORDER BY id")]

    # -- relatives, contacts, photos, incidents ----------------------------------------------
    def insert_relative(self, link: RelativeLink) -> int:
        return self._c.execute(
            "INSERT INTO relatives(person_id, relative_id, relation, note) VALUES(?,?,?,?)",
            (link.person_id, link.relative_id, link.relation.value, link.note)).lastrowid

    def relatives_for(self, person_id: int) -> list[RelativeLink]:
        return [RelativeLink(r[0], r[1], Relation(r[2]), r[3], r[4]) for r in self._c.execute(
            "SELECT person_id, relative_id, relation, note, id FROM relatives "
            "WHERE person_id=? ORDER BY id", (person_id,))]

    def relatives_naming(self, person_id: int) -> list[tuple[RelativeLink, str]]:
        """The links made from the other side (she is their relative), as stored, each with
        the sex of the person it was made from."""
        return [(RelativeLink(r[0], r[1], Relation(r[2]), r[3], r[4]), r[5])
                for r in self._c.execute(
                    "SELECT l.person_id, l.relative_id, l.relation, l.note, l.id, p.sex "
                    "FROM relatives l JOIN persons p ON p.id = l.person_id "
                    "WHERE l.relative_id=? ORDER BY l.id", (person_id,))]

    def relatives_between(self, ids: list[int], other_ids: list[int]) -> list[RelativeLink]:
        """The links stored between any of ids and any of other_ids, made from either side."""
        marks, other_marks = ", ".join("?" * len(ids)), ", ".join("?" * len(other_ids))
        return [RelativeLink(r[0], r[1], Relation(r[2]), r[3], r[4]) for r in self._c.execute(
            "SELECT person_id, relative_id, relation, note, id FROM relatives "  # noqa: S608
            f"WHERE (person_id IN ({marks}) AND relative_id IN ({other_marks})) "
            f"OR (person_id IN ({other_marks}) AND relative_id IN ({marks})) ORDER BY id",
            [*ids, *other_ids, *other_ids, *ids])]

    def get_relative(self, link_id: int) -> RelativeLink | None:
        r = self._c.execute("SELECT person_id, relative_id, relation, note, id FROM relatives "
                            "WHERE id=?", (link_id,)).fetchone()
        return RelativeLink(r[0], r[1], Relation(r[2]), r[3], r[4]) if r else None

    def delete_relatives(self, link_ids: list[int]) -> None:
        self._c.executemany("DELETE FROM relatives WHERE id=?", [(i,) for i in link_ids])

    def insert_contact(self, c: FamilyContact) -> int:
        return self._c.execute(
            "INSERT INTO family_contacts(id, person_id, name, phone, relation, batch_id, "
            "row_number) VALUES(?,?,?,?,?,?,?)",
            (give(self._c, "family_contacts"), c.person_id, c.name, c.phone, c.relation,
             c.batch_id, c.row_number)).lastrowid

    def get_contact(self, contact_id: int) -> FamilyContact | None:
        r = self._c.execute(_CONTACT + "WHERE c.id=?", (contact_id,)).fetchone()
        return FamilyContact(*r) if r else None

    def phones_of(self, person_ids: list[int]) -> dict[int, list[str]]:
        """The phone numbers on the contacts of these persons and of the records merged into
        them, by the person asked for: a list's number she already has is not added again."""
        out: dict[int, list[str]] = {}
        ids = sorted(set(person_ids))
        for i in range(0, len(ids), 400):  # each bound twice, under SQLite's old limit of 999
            chunk = ids[i:i + 400]
            asked = set(chunk)
            marks = ", ".join("?" * len(chunk))
            for pid, merged_into, phone in self._c.execute(
                    "SELECT c.person_id, p.merged_into, c.phone FROM family_contacts c "  # noqa: S608
                    f"JOIN persons p ON p.id = c.person_id WHERE c.person_id IN ({marks}) "
                    f"OR p.merged_into IN ({marks})", chunk + chunk):
                out.setdefault(pid if pid in asked else merged_into, []).append(phone)
        return out

    def contacts_from_row(self, batch_id: int, row_number: int) -> list[FamilyContact]:
        """The contacts a list's row added, on whichever record they are now."""
        return [FamilyContact(*r) for r in self._c.execute(
            _CONTACT + "WHERE c.batch_id=? AND c.row_number=? ORDER BY c.id",
            (batch_id, row_number))]

    def delete_contact(self, contact_id: int) -> None:
        self._c.execute("DELETE FROM family_contacts WHERE id=?", (contact_id,))

    def update_contact(self, c: FamilyContact) -> None:
        self._c.execute("UPDATE family_contacts SET name=?, phone=?, relation=? WHERE id=?",
                        (c.name, c.phone, c.relation, c.id))

    def contacts_for(self, person_id: int) -> list[FamilyContact]:
        return [FamilyContact(*r) for r in self._c.execute(
            _CONTACT + "WHERE c.person_id=? ORDER BY c.id", (person_id,))]

    def insert_photo(self, p: Photo, created_at: str) -> int:
        return self._c.execute(
            "INSERT INTO photos(id, person_id, mime, data, caption, created_at) "
            "VALUES(?,?,?,?,?,?)",
            (give(self._c, "photos"), p.person_id, p.mime, p.data, p.caption, created_at)
        ).lastrowid

    def photos_for(self, person_id: int) -> list[Photo]:
        return [Photo(r[0], bytes(r[1]), r[2], r[3], r[4]) for r in self._c.execute(
            "SELECT person_id, data, mime, caption, id FROM photos WHERE person_id=? "
            "ORDER BY id", (person_id,))]

    def get_photo(self, photo_id: int) -> Photo | None:
        r = self._c.execute("SELECT person_id, data, mime, caption, id FROM photos WHERE id=?",
                            (photo_id,)).fetchone()
        return Photo(r[0], bytes(r[1]), r[2], r[3], r[4]) if r else None

    def delete_photo(self, photo_id: int) -> None:
        self._c.execute("DELETE FROM photos WHERE id=?", (photo_id,))

    def insert_incident(self, i: Incident) -> int:
        return self._c.execute(
            "INSERT INTO incidents(date_earliest, date_latest, date_text, place, description) "
            "VALUES(?,?,?,?,?)", (*i.date.to_row(), i.place, i.description)).lastrowid

    def get_incident(self, iid: int) -> Incident | None:
        r = self._c.execute("SELECT date_earliest, date_latest, date_text, place, description, "
                            "id FROM incidents WHERE id=?", (iid,)).fetchone()
        return Incident(FuzzyDate.from_row(*r[0:3]), r[3], r[4], r[5]) if r else None

    def list_incidents(self) -> list[Incident]:
        return [Incident(FuzzyDate.from_row(*r[0:3]), r[3], r[4], r[5]) for r in self._c.execute(
            "SELECT date_earliest, date_latest, date_text, place, description, id FROM incidents "
            "ORDER BY id")]

    def person_ids_in_incident(self, iid: int) -> list[int]:
        return [x[0] for x in self._c.execute(
            "SELECT id FROM persons WHERE incident_id=? AND merged_into IS NULL ORDER BY case_no",
            (iid,))]

    # -- provenance ------------------------------------------------------------------------
    def insert_provenance(self, person_id: int, batch_id: int | None, list_source: str,
                          file_name: str, file_sha256: str, sheet: str, row_number: int | None,
                          raw_json: str, recorded_at: str) -> int:
        return self._c.execute(
            "INSERT INTO provenance(person_id, batch_id, list_source, file_name, file_sha256, "
            "sheet, row_number, raw_json, recorded_at) VALUES(?,?,?,?,?,?,?,?,?)",
            (person_id, batch_id, list_source, file_name, file_sha256, sheet, row_number,
             raw_json, recorded_at)).lastrowid

    def provenance_for(self, person_id: int) -> list[dict]:
        cols = ("batch_id", "list_source", "file_name", "file_sha256", "sheet", "row_number",
                "raw_json", "recorded_at")
        # A row withdrawn from her (review --withdraw) names her no more: kept for the trail.
        rows = self._c.execute(f"SELECT {', '.join(cols)} FROM provenance "
                               "WHERE person_id=? AND withdrawn_at IS NULL ORDER BY id",
                               (person_id,))
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def batch_mappings(self, batch_ids: set[int]) -> dict[int, str]:
        """{batch id: its column mapping as stored}: which field each of the list's columns fed."""
        ids = sorted(batch_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(self._c.execute(
            f"SELECT id, mapping_json FROM import_batches WHERE id IN ({marks})", ids))
