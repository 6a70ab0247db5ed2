"""What other lists still say of her when one list row is withdrawn: it stays, with that row as source.

Two lists may say the same of one woman (a family's «محررة» and a committee's «rizgarkirî»); the
later one is stored only as a repeat, since it had nothing new to add. Withdrawing the first must
not take back what the second still says: each field, status and spelling the withdrawn row
brought is given again by another standing row of hers that gives it (or another value of that
field, as an import of that row now would), and is handed over to that row in the trail, so that
withdrawing that row too takes it back (row_entry). A list's status with no date counts as known
on the day its list was read.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import date

from app.domain.person import NamePart, Person, StatusEvent
from app.importing.birth_numbers import batch_bare_births
from app.importing.convert import Converter
from app.importing.date_order import batch_reading
from app.importing.dedupe import norm
from app.importing.ditto import batch_dittos
from app.importing.mapping import Mapping
from app.importing.merge import merge_into, moves_forward
from app.importing.new_year import batch_new_years
from app.importing.serial_columns import batch_typed_numbers
from app.importing.staged import person_from_json
from app.importing.table import Column, Row, Table
from app.persons import flatten, told_on
from db.repositories.importing import BatchRecord, ImportRepository
from db.repositories.withdrawals import Link

UPDATE, WITHDRAW = "person.import_update", "person.import_withdraw"
_DATES = ("birth", "abduction_date")


@dataclass
class Saying:
    """Another standing list row of hers, as its list read it."""

    link: Link
    batch: BatchRecord
    person: Person

    def by(self) -> dict:
        """The row, as a message names it."""
        return {"batch": self.batch.id, "row": self.link.row_number,
                "file": self.batch.file_name, "source": self.batch.list_source}


def read_row(session, b: BatchRecord, n: int, raw_json: str) -> Person | None:
    """A row of a committed list as its list read it, from its cells alone, under the batch's
    mapping (the row alone, as near the list's reading as it allows)."""
    raw = json.loads(raw_json or "{}")
    table = Table(b.file_name, b.sheet or None, [Column(i, label, label)
                                                 for i, label in enumerate(raw)],
                  [Row(n, tuple(raw.values()))], b.header_row)
    # Each date column in the order the whole list told (8/15/2014 beside 3/5/1999 made
    # the column month first; the row alone reads 3/5/1999 as 3 May), and its day count.
    orders, table.date1904 = batch_reading(b.mapping_json)
    # And the columns whose numbers it kept as typed (a lone 20014 alone looks like a column
    # of Excel day numbers), how its birth columns' bare numbers were read (ages or years), and
    # what its ditto marks repeated (the row alone has no row above).
    return Converter(table, Mapping.from_json(b.mapping_json),
                     session.persons.village_counts(), orders,
                     batch_new_years(b.mapping_json), batch_typed_numbers(b.mapping_json),
                     batch_bare_births(b.mapping_json),
                     batch_dittos(b.mapping_json)).convert(table.rows[0]).person


def others_saying(session, repo: ImportRepository, others: list[Link]) -> list[Saying]:
    """The other standing rows of hers of committed lists, oldest first, each as read: its
    stored reading, else its cells read again; a status with no date known by the day its
    list was read."""
    out = []
    for link in others:
        b = repo.batch(link.batch_id) if link.batch_id else None
        if b is None or b.state != "committed":
            continue
        staged = repo.row(b.id, link.row_number)
        person = (person_from_json(staged.person_json) if staged and staged.person_json
                  else read_row(session, b, link.row_number, link.raw_json))
        if person is None:
            continue
        for ev in person.status_events:
            told_on(ev, date.fromisoformat(b.created_at[:10]))
        out.append(Saying(link, b, person))
    return out


def keep_fields(p: Person, undone: dict, others: list[Saying], out: dict,
                handed: dict) -> None:
    """Each field put back (undone {field: [row wrote, back to]}) that another row of hers
    gives, as a merge of that row into her now would: given by it again, that row its source."""
    for field in [f for f in undone if f not in ("aliases", "notes", "status")
                  and not f.startswith("status_date.")]:
        wrote, back = undone[field]
        for s in others:
            merged = merge_into(p, s.person).person
            now = flatten(merged).get(field, "")
            if now == flatten(p).get(field, ""):
                continue
            # the range put back, so that withdrawing that row too gives it back exactly
            was = {"dates_before": {field: list(getattr(p, field).to_row())}} \
                if field in _DATES else {}
            if not _copy(p, merged, field):
                continue
            _hand(handed, s, {"changes": {field: [back, now]}, **was})
            out["kept"].append({"field": field, "value": now, "row_wrote": wrote,
                                "by": s.by()})
            del undone[field]
            break


def keep_status(p: Person, removed: str, others: list[Saying], out: dict,
                handed: dict) -> None:
    """With the row's status gone, another row of hers whose status is news over what she is
    now (as at an import) gives it again, dated as its list said or by the day it was read,
    told when that list was committed."""
    for s in others:
        if not s.person.status_events:
            continue
        listed = s.person.status_events[-1]
        if not moves_forward(p.current_status, listed.status):
            continue
        ev = StatusEvent(listed.status, copy.deepcopy(listed.date), listed.note,
                         recorded_at=s.batch.committed_at or s.batch.created_at)
        before = p.current_status
        p.status_events.append(ev)
        if p.current_event is not ev:  # dated before what she is known to be
            p.status_events.remove(ev)
            continue
        _hand(handed, s, {"changes": {"status": [before.value, ev.status.value]},
                          "status_added": {"status": ev.status.value,
                                           "date": list(ev.date.to_row()), "note": ev.note,
                                           "recorded_at": ev.recorded_at}})
        out["kept"].append({"field": "status", "value": ev.status.value, "row_wrote": removed,
                            "word": ev.note, "by": s.by()})


def spelt_so_by(p: Person, alias: str, others: list[Saying]) -> Saying | None:
    """The other standing row of hers that spells her exactly so: an import of it into her,
    were the spelling not hers, would make it one of her spellings again. A row that spells a
    longer name holding it (Hediye Ilyas Şemo for Hediye Ilyas) gives the longer one, not it."""
    key = norm(alias)
    without = copy.deepcopy(p)
    without.aliases = [a for a in p.aliases if norm(a) != key]
    for s in others:
        if key in {norm(a) for a in merge_into(without, s.person).person.aliases}:
            return s
    return None


def keep_aliases(out: dict, others: list[Saying], handed: dict) -> None:
    """The spellings kept because another row spells her so: that row becomes their source."""
    rows = {(s.batch.id, s.link.row_number): s for s in others}
    for k in out["aliases_kept"]:
        s = rows.get((k.get("batch"), k.get("row")))
        if s is not None:
            _hand(handed, s, {"changes": {"aliases": ["", k["alias"]]}})


def _copy(p: Person, src: Person, field: str) -> bool:
    """Set one flattened field of p as src has it; False for one a list never writes."""
    part, _, script = field.partition(".")
    if script in ("original", "latin") and part in {x.value for x in NamePart}:
        setattr(p.name(NamePart(part)), script, getattr(src.name(NamePart(part)), script))
    elif field in ("sex", *_DATES, "origin_village", "origin_district", "origin_governorate",
                   "abduction_place", "abduction_circumstances", "last_known_location"):
        setattr(p, field, copy.deepcopy(getattr(src, field)))
    else:
        return False
    return True


def _hand(handed: dict, s: Saying, piece: dict) -> None:
    """Add piece (what the other row now gives her) to what is handed over to that row."""
    key = (s.batch.id, s.link.row_number)
    got = handed.setdefault(key, {"import_batch": s.batch.id, "row": s.link.row_number})
    handed[key] = joined(got, piece)


def joined(entry: dict, more: dict) -> dict:
    """What a row brought her (an update entry's detail) with more handed to it since: a
    field's value before is the earliest, its value after the latest; spellings add up."""
    out = {**entry, "changes": dict(entry.get("changes", {}))}
    for field, (was, now) in more.get("changes", {}).items():
        if field == "aliases":
            had = out["changes"].get("aliases")
            old = set(had[0].split(" | ")) if had and had[0] else set()
            added = [a for a in (had[1].split(" | ") if had and had[1] else []) if a not in old]
            out["changes"]["aliases"] = ["", " | ".join(added + [
                a for a in now.split(" | ") if a and a not in added])]
        elif field in out["changes"]:
            out["changes"][field] = [out["changes"][field][0], now]
        else:
            out["changes"][field] = [was, now]
    if more.get("dates_before"):
        out["dates_before"] = {**more["dates_before"], **out.get("dates_before", {})}
    if more.get("status_added"):
        out["status_added"] = more["status_added"]
    if more.get("settled"):
        out["settled"] = sorted({*out.get("settled", ()), *more["settled"]})
    return out


def row_entry(history, batch_id: int, n: int) -> dict | None:
    """What row n of the batch brought her and still stands: its last update entry, with what
    withdrawals of other rows handed to it since, unless the row was withdrawn after."""
    found = None
    for e in history:
        if e.action not in (UPDATE, WITHDRAW):
            continue
        d = json.loads(e.detail)
        if d.get("import_batch") == batch_id and d.get("row") == n:
            found = d if e.action == UPDATE else None
        elif e.action == WITHDRAW:
            for h in d.get("handed", ()):
                if h["import_batch"] == batch_id and h["row"] == n:
                    found = joined(found or {"import_batch": batch_id, "row": n}, h)
    return found


def keep_what_others_say(session, p: Person, others: list[Link], out: dict) -> list[dict]:
    """After the withdrawn row's values were taken back from p (out: what withdraw_row says),
    give again what another standing row of hers still says; returns what is handed over to
    each such row, for the trail (out["kept"] says it: {field, value, row_wrote, by, word})."""
    saying = others_saying(session, ImportRepository(session.db), others)
    if not saying:
        return []
    handed: dict = {}
    put_back = set(out["undone"])  # before what another row gives again leaves it
    keep_fields(p, out["undone"], saying, out, handed)
    if "status" in out["undone"]:
        keep_status(p, out["undone"]["status"][0], saying, out, handed)
        out["undone"]["status"][1] = p.current_status.value if p.status_events else ""
    keep_aliases(out, saying, handed)
    settle(p, put_back, saying, handed)
    return list(handed.values())


def settle(p: Person, fields: set[str], others: list[Saying], handed: dict) -> None:
    """Another row of hers whose word on a field put back is no conflict with her now (its
    'missing' against the 'rescued' the withdrawn row gave her, she is missing again): what it
    said against the vault is settled, and no longer shown as what a list says of her
    (taken_since). The trail and its list's report keep it."""
    for s in others:
        said = flatten(s.person)
        still = {c["field"] for c in merge_into(p, s.person).conflicts}
        # only what the row gives: a field it leaves blank was never against her
        if gone := sorted(f for f in fields if f not in still and (
                s.person.status_events if f == "status" else said.get(f))):
            _hand(handed, s, {"settled": gone})


def taken_since(history) -> set[tuple[int, int, str]]:
    """(batch, row, field) of each value a withdrawal gave her again from another row, or
    settled (settle): that row's word is hers now, or agrees with her, no longer one the vault
    did not take. Until that row is withdrawn too."""
    out: set[tuple[int, int, str]] = set()
    for e in history:
        if e.action != WITHDRAW:
            continue
        d = json.loads(e.detail)
        out = {t for t in out if t[:2] != (d.get("import_batch"), d.get("row"))}
        out |= {(h["import_batch"], h["row"], field) for h in d.get("handed", ())
                for field in [*h.get("changes", {}), *h.get("settled", ())]}
    return out
