"""Withdrawing one committed list row from the person it updated or created (review --withdraw).

A row put onto the wrong woman (her sister, with --despite-contradiction) must not stay on court
paper for good. What the row brought is taken back exactly as the commit recorded it (its
person.import_update entry): a field goes back to its value before, but only where it still
holds what the row wrote (later work is never overwritten: such a field is left and named);
the status it added leaves her history and her current status is chosen again by the status
rules; the line it added to her notes goes, whatever was written around it since; a spelling it
added goes unless another list's standing row naming her spells her exactly so (a longer name
holding it is not that spelling). What another list's standing row of hers still says stays
hers, that row its source (withdraw_keeps.py). Its provenance line is kept, marked withdrawn:
in the trail, no longer among the lists naming her. A person the row created is deleted, only
if nothing else refers to her. The row then waits for a decision again (ImportService.decide
decides it at once). Runs inside the caller's transaction.
"""

from __future__ import annotations

import json

from app.audit import TEXT_UNKEPT, UNKEPT, now_utc
from app.domain.errors import NotFound, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex
from app.importing import refusals as R
from app.importing.changed_by import changed_since
from app.importing.dedupe import norm
from app.importing.list_notes import without_line
from app.importing.phones import take_back_contacts
from app.importing.pieces import Said, Word, joined
from app.importing.staged import person_to_json
from app.importing.withdraw_keeps import (
    keep_what_others_say,
    others_saying,
    read_row,
    row_entry,
    spelt_so_by,
)
from app.importing.withdraw_staged import match_again, waiting_on
from app.persons import flatten
from app.set_right import SET_RIGHT
from db.repositories.importing import BatchRecord, ImportRepository
from db.repositories.withdrawals import Link, WithdrawalRepository

UPDATE, WITHDRAW = "person.import_update", "person.import_withdraw"
# Fields a list writes as plain text; a name part is 'given.latin' and the like.
_TEXT = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
         "abduction_circumstances", "last_known_location", "notes")
# What a person's own trail may hold from her import alone (and from what a later version set
# right in what it brought, at an unlock): anything else is later work. The sex and status said
# of everyone the list added (list_wide.py) came with her creation.
_IMPORTED = {"person.create", UPDATE, WITHDRAW, SET_RIGHT, "person.import_list_wide"}


def withdraw_row(session, repo: ImportRepository, b: BatchRecord, row_number: int,
                 note: str = "") -> dict:
    """Take row row_number of committed batch b back from its person; returns what was done:
    {batch, row, case_no, was ("update" or "create"), undone {field: [was, now]}, left
    [{field, now, row_wrote}], aliases_kept [{alias, by}], kept [{field, value, row_wrote,
    by}] (withdraw_keeps.py), deleted, note, and for a person deleted, asked_again: the rows of
    lists waiting for review that were matched to her [{batch, row, outcome, now}]
    (withdraw_staged.py)}."""
    if b.state != "committed":
        raise ValidationError(R.said(R.NOT_COMMITTED, b.id, Word("state", b.state)))
    row = repo.row(b.id, row_number)
    if row is None or row.outcome == "rejected":
        raise NotFound(R.said(R.NO_IMPORTABLE_ROW, b.id, row_number))
    links = WithdrawalRepository(session.db)
    link = links.link(b.id, row_number)
    if link is None:
        raise ValidationError(R.said(R.NAMES_NO_ONE, row_number, b.id))
    person = session.persons.get_by_id(link.person_id)
    if person.merged_into is not None:
        keep = session.persons.get_by_id(person.merged_into)
        raise ValidationError(R.said(R.SINCE_MERGED, row_number, b.id, person.case_no,
                                     keep.case_no))
    at = now_utc()
    out = {"batch": b.id, "row": row_number, "case_no": person.case_no,
           "was": "create" if row.decision == "create" else "update", "undone": {},
           "left": [], "aliases_kept": [], "kept": [], "deleted": False, "note": note}
    with session.db.transaction():
        links.withdraw(link.id, at)
        # the numbers the row's phone column gave her go first: hers by this row only
        contacts = take_back_contacts(session, b.id, row_number)
        out["contacts_removed"], out["contacts_left"] = contacts["removed"], contacts["left"]
        if out["was"] == "create":
            _refuse_if_referred_to(session, links, b, row_number, person, link)
            # rows of lists waiting for review matched to her: read before her deletion clears
            # their match, then matched again and asked (withdraw_staged.py)
            waiting = waiting_on(session, repo, [person.id, *(
                i for i, _ in session.persons.repo.merged_under(person.id))])
            # the row itself waits to be decided again: its values stay
            session.persons.delete(person.case_no, reason=f"row {row_number} of import batch "
                                   f"{b.id} withdrawn" + (f": {note}" if note else ""),
                                   keep_rows=frozenset({(b.id, row_number)}))
            out["deleted"] = True
            out["asked_again"] = match_again(session, repo, waiting, b.id, row_number)
        else:
            _take_back(session, links, b, row_number, person, link, out)
            # Rows of the same list that went to her too (a repeat of this row, the same
            # woman by the names) stay: named, for the lawyer to withdraw them as well.
            out["same_list_rows"] = [o.row_number for o in links.other_links(person.id, link.id)
                                     if o.batch_id == b.id]
        if not row.person_json:
            _keep_values(session, links, b, row_number, link.raw_json)
        links.reopen(b.id, row_number)
        # the decision the row stood with: what its first withdrawal takes out of the report's
        # counts (report_now.py)
        session.audit.append("import.withdraw", "import_batch", str(b.id), {
            **{k: v for k, v in trail_kept(out).items() if v or k in ("row", "case_no", "was")},
            "decision": row.decision})
    return out


def trail_kept(out: dict) -> dict:
    """What a withdrawal says, as its entry keeps it: her notes as they stood, before and
    after the row's line was taken out, are not kept (audit.UNKEPT), only that they changed
    and the line the row wrote (its list's words, which its row keeps)."""
    undone = out.get("undone") or {}
    unkept = sorted(f for f in undone if f in UNKEPT)
    left = [{k: v for k, v in item.items() if k != "now"} if item.get("field") in UNKEPT
            else item for item in out.get("left") or ()]
    return {**out, "undone": {k: v for k, v in undone.items() if k not in UNKEPT},
            "left": left, **({TEXT_UNKEPT: unkept} if unkept else {})}


def _keep_values(session, links: WithdrawalRepository, b: BatchRecord, n: int,
                 raw_json: str) -> None:
    """A row of a list imported at once kept its values only in its provenance: read again
    under the batch's mapping (the row alone, as near the list's reading as it allows), so
    that it can be shown and decided again without importing the list again."""
    person = read_row(session, b, n, raw_json)
    if person is not None:
        links.keep_values(b.id, n, raw_json, person_to_json(person))


def _take_back(session, links: WithdrawalRepository, b: BatchRecord, n: int, person: Person,
               link: Link, out: dict) -> None:
    """Undo on person what row n brought her, as its update entry recorded it."""
    entry = _update_entry(session, person.case_no, b.id, n)
    if entry is None:  # the row changed nothing (she was known so): only its link goes
        _said_to_her(session, person.case_no, b, n, out)
        return
    changes, brought = entry["changes"], entry
    p = session.persons.get(person.case_no)
    now = flatten(p)
    if "notes" in (entry.get(TEXT_UNKEPT) or ()):  # the trail keeps the line alone
        if brought.get("note_added"):
            _note(p, brought["note_added"], out)
        else:
            out["left"].append({"field": "notes", "now": p.notes, "row_wrote": ""})
    for field, (before, after) in changes.items():
        if field == "aliases":
            _aliases(session, p, before, after, links.other_links(p.id, link.id), out)
        elif field == "status":
            _status(p, b, after, brought.get("status_added"), out)
        elif field.startswith("status_date."):
            _status_date(p, field, before, after, brought.get("status_dates_before", {}), out)
        elif field == "notes" and now.get(field, "") != after and brought.get("note_added"):
            _note(p, brought["note_added"], out)
        elif now.get(field, "") != after:
            out["left"].append({"field": field, "now": now.get(field, ""), "row_wrote": after})
        elif _put(p, field, before, brought.get("dates_before", {})):
            out["undone"][field] = [after, before]
        else:
            out["left"].append({"field": field, "now": now.get(field, ""), "row_wrote": after,
                                "unreadable": before})
    # What another list's row of hers still says stays hers, that row its source.
    handed = keep_what_others_say(session, p, links.other_links(p.id, link.id), out)
    _name_what_changed(session, p.case_no, b, n, out)
    if out["undone"] or handed:
        session.persons.update(p, action=WITHDRAW, detail={
            "import_batch": b.id, "row": n, **({"note": out["note"]} if out["note"] else {}),
            **({"handed": handed} if handed else {}),
            **_left_for_trail(out),
            # the status taken back, as the list said it: its next copy must not set it again
            **({"status_removed": out["status_removed"]} if out.get("status_removed") else {})})
    else:
        _said_to_her(session, p.case_no, b, n, out)


def _name_what_changed(session, case_no: str, b: BatchRecord, n: int, out: dict) -> None:
    """Each field left as it is because it was changed since the import gets what changed it
    ("by": a later list's row, or an edit, and its day): "settle it by hand" named nothing to
    settle against (a tester's day: a later list had dated the rescue the row gave)."""
    history = session.audit.history("person", case_no)
    batches = ImportRepository(session.db)
    for item in out["left"]:
        if "unreadable" in item or not (by := changed_since(history, b.id, n, item["field"])):
            continue
        if "batch" in by and (later := batches.batch(by["batch"])) is not None:
            by["list"] = later.list_source or later.file_name
        item["by"] = by


def _left_for_trail(out: dict) -> dict:
    """What was left to settle, for her own entry (what changed it since is her entry before)."""
    return {"left": [{k: v for k, v in x.items() if k != "by"} for x in trail_kept(out)["left"]]
            } if out["left"] else {}


def _said_to_her(session, case_no: str, b: BatchRecord, n: int, out: dict) -> None:
    """A withdrawal that changed nothing of hers is still in her own history, with its reason
    and what it left to settle: `audit log --case` and her page's History showed the row's
    update as if it stood (the batch's entry alone said it was withdrawn)."""
    session.audit.append(WITHDRAW, "person", case_no, {
        "changes": {}, "import_batch": b.id, "row": n,
        **({"note": out["note"]} if out["note"] else {}), **_left_for_trail(out)})


def _update_entry(session, case_no: str, batch_id: int, n: int) -> dict | None:
    """The detail of the row's last update of her, with what other rows' withdrawals handed
    over to it, unless withdrawn since (withdraw_keeps.row_entry)."""
    return row_entry(session.audit.history("person", case_no), batch_id, n)


def _put(p: Person, field: str, value: str, dates: dict) -> bool:
    """Set one flattened field back to value; False for a field a list never writes."""
    part, _, script = field.partition(".")
    if script in ("original", "latin") and part in {x.value for x in NamePart}:
        setattr(p.name(NamePart(part)), script, value)
    elif field in _TEXT:
        setattr(p, field, value)
    elif field == "sex":
        p.sex = Sex(value) if value else Sex.UNKNOWN
    elif field in ("birth", "abduction_date"):
        row = dates.get(field)
        try:  # a row committed before the trail kept the range: read back from its text
            setattr(p, field, FuzzyDate.from_row(*row) if row else FuzzyDate() if not value
                    else FuzzyDate.parse_birth(value) if field == "birth"
                    else FuzzyDate.parse(value))
        except ValueError:
            return False
    else:
        return False
    return True


def _note(p: Person, line: str, out: dict) -> None:
    """Take the line the row added out of her notes, where it still stands as added: what was
    written around it since stays. A line edited since is left, and named."""
    kept = without_line(p.notes, line)
    if kept is None:
        out["left"].append({"field": "notes", "now": p.notes, "row_wrote": line})
    else:
        out["undone"]["notes"] = [p.notes, kept]
        p.notes = kept


def _aliases(session, p: Person, before: str, after: str, others: list[Link], out: dict
             ) -> None:
    """Remove the spellings the row added, unless another list's standing row naming her
    spells her exactly so (withdraw_keeps.spelt_so_by): that row is named as what keeps it."""
    had = set(before.split(" | ")) if before else set()
    added = [a for a in (after.split(" | ") if after else []) if a not in had]
    saying = others_saying(session, ImportRepository(session.db), others)
    read = {(s.batch.id, s.link.row_number) for s in saying}
    removed = []
    for alias in added:
        if alias not in p.aliases:
            continue  # gone since
        s = spelt_so_by(p, alias, saying)
        by = s.link if s is not None else _cell_says(alias, [
            o for o in others if (o.batch_id, o.row_number) not in read])
        if by is not None:
            out["aliases_kept"].append({"alias": alias, "by": f"batch {by.batch_id}, "
                                                              f"row {by.row_number}",
                                        "batch": by.batch_id, "row": by.row_number})
        else:
            p.aliases.remove(alias)
            removed.append(alias)
    if removed:
        out["undone"]["aliases"] = removed


def _cell_says(alias: str, unread: list[Link]) -> Link | None:
    """A row of hers its list cannot read again (none kept of its reading): one whose cell
    holds exactly the spelling, whole (not inside a longer name)."""
    key = norm(alias)
    for link in unread:
        if key and key in {norm(str(v)) for v in json.loads(link.raw_json or "{}").values() if v}:
            return link
    return None


def _status(p: Person, b: BatchRecord, after: str, added: dict | None, out: dict) -> None:
    """Remove the status event the row added; her current status follows from the rest."""
    def recorded(ev) -> bool:
        if added is not None:
            return (ev.status.value, list(ev.date.to_row()), ev.note, ev.recorded_at) == (
                added["status"], added["date"], added["note"], added["recorded_at"])
        # Committed before the trail recorded the event: the one of that status stamped
        # while the batch was being imported.
        return ev.status.value == after and b.created_at <= ev.recorded_at <= (
            b.committed_at or "~")

    found = [ev for ev in p.status_events if recorded(ev)]
    if not found:
        out["left"].append({"field": "status", "now": p.current_status.value,
                            "row_wrote": after})
        return
    was = p.current_status.value
    p.status_events.remove(found[-1])
    out["undone"]["status"] = [was, p.current_status.value if p.status_events else ""]
    out["status_removed"] = f"{after} {found[-1].date.text or found[-1].date.display()}".strip()


def _status_date(p: Person, field: str, before: str, after: str, rows: dict,
                 out: dict) -> None:
    """Give back the date of a status the row dated, if it still has the row's date."""
    status = field.split(".", 1)[1]
    if all(ev.status.value != status for ev in p.status_events):
        return  # the status it dated is gone from her (a split took it back): nothing to give back
    for ev in reversed(p.status_events):
        if ev.status.value == status and (ev.date.text or ev.date.display()) == after:
            row = rows.get(status)
            try:
                ev.date = FuzzyDate.from_row(*row) if row else FuzzyDate.parse(before)
            except ValueError:
                break
            out["undone"][field] = [after, before]
            return
    out["left"].append({"field": field, "now": "", "row_wrote": after})


def _refuse_if_referred_to(session, links: WithdrawalRepository, b: BatchRecord, n: int,
                           person: Person, link: Link) -> None:
    """A person the row created goes only if nothing else refers to her."""
    own = f"row {n} of import batch {b.id} decided a new person by hand"
    refs = links.references(person.id)
    # In pieces, so the desktop says them in its language (the command line's English as before).
    said = [Said(R.BY_ROW, o.row_number, o.batch_id) for o in
            links.other_links(person.id, link.id)]
    said += [Said(R.BY_REPORT, r) for r in refs["reports"]]
    said += [Said(R.BY_RESCUE, r) for r in refs["rescues"]]
    said += [Said(R.BY_RELATIVE, c, Word("relation", rel)) for c, rel in refs["relatives"]]
    said += [Said(R.BY_MERGED, c) for c in refs["merged"]]
    said += [Said(R.BY_CONTACT, c) for c in refs["contacts"]]
    said += [Said(R.BY_PHOTO, c) for c in refs["photos"]]
    said += [Said(R.BY_NOT_SAME, c) for c, why in refs["not_same"] if why != own]
    history = session.audit.history("person", person.case_no)
    undone = _merges_undone(history)
    said += [Said(R.BY_WORK, Word("action", action), day) for action, day in sorted(
        {(e.action, e.at[:10]) for e in history
         if e.action not in _IMPORTED and e.action != "match.not_same"
         and not _list_contact(e) and not (undone and e.action in _MERGE_AND_SPLIT)})]
    if said:
        raise ValidationError(R.said(R.REFERRED_TO, n, b.id, person.case_no, joined(said)))


_MERGE_AND_SPLIT = ("person.merged_into", "person.split_out")


def _merges_undone(history) -> bool:
    """Every merge of hers into another record undone by a split: she is a record of her own
    as before, and those two entries are no work on her that a withdrawal would lose (the
    refusal asked for the split it had just been given, a tester found)."""
    count = {a: sum(e.action == a for e in history) for a in _MERGE_AND_SPLIT}
    return count["person.merged_into"] == count["person.split_out"]


def _list_contact(e) -> bool:
    """A family contact a list's phone column added or took back: the list's doing, not later
    work (a contact still standing is named among the references, unless this row's)."""
    return e.action in ("person.contact", "person.contact.withdraw") and bool(
        json.loads(e.detail or "{}").get("import_batch"))


def withdrawals(session, batch_id: int) -> list[dict]:
    """The batch's rows withdrawn since its commit, oldest first, each with when, from whom,
    the note, and the decision taken again for it since, if any ({row, case_no, at, note,
    deleted, again: {decision, person} or None, was, decision: the one it stood with})."""
    out: list[dict] = []
    for e in session.audit.history("import_batch", str(batch_id)):
        d = json.loads(e.detail)
        if e.action == "import.withdraw":
            out.append({"row": d["row"], "case_no": d["case_no"], "at": e.at,
                        "note": d.get("note", ""), "deleted": bool(d.get("deleted")),
                        "again": None, "was": d.get("was"), "decision": d.get("decision")})
        elif e.action == "import.decide" and d.get("decided_again"):
            for w in reversed(out):
                if w["row"] == d["row"] and w["again"] is None:
                    w["again"] = {"decision": d["decision"], "person": d.get("person")}
                    if "changed" in d:  # an update decided again: whether it changed her
                        w["again"]["changed"] = d["changed"]
                    break
    return out
