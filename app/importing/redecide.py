"""A row withdrawn from a committed batch, decided again and done at once: no re-import of the list.

`review B --row N --decide create|update|skip` on a committed batch takes only a row that was
withdrawn (review --withdraw) and waits again: it is imported on its own, as the commit would
have, with its own provenance line, in one transaction. Runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from datetime import date

from app.audit import now_utc
from app.domain.errors import NotFound, ValidationError
from app.importing import list_wide
from app.importing.commit import not_the_same, row_person, survivor_of, update_from_row
from app.importing.decisions import record_row
from app.importing.phones import add_list_contacts
from app.importing.withdraw import withdrawals
from app.persons import told_on
from db.repositories.importing import BatchRecord, ImportRepository
from db.repositories.withdrawals import WithdrawalRepository


def decide_again(svc, b: BatchRecord, row_number: int, decision: str, person_id: int | None,
                 despite: bool, by: str = "hand", how: str = "") -> dict:
    """Decide and import a withdrawn row of committed batch b; returns what was decided, as
    ImportService.decide does, with the case number it went to (case_no) and the conflicts.
    by, how: who decided, as the trail says it (a split's decision is not the lawyer's)."""
    session, repo = svc.session, svc.repo
    row = repo.row(b.id, row_number)
    if row is None or row.outcome == "rejected":
        raise NotFound(f"batch {b.id} has no importable row {row_number}")
    if row.decision or WithdrawalRepository(session.db).link(b.id, row_number) is not None:
        raise ValidationError(
            f"import batch {b.id} is already committed: row {row_number} is in the vault as "
            f"decided; to take it back from its person: casekeeper review {b.id} --row "
            f"{row_number} --withdraw")
    if decision != "skip" and not row.person_json:
        raise ValidationError(
            f"row {row_number} of batch {b.id} holds no person that can be read again: "
            "import the list again (--again) to decide it")
    out = {"row": row_number, "decision": decision, "was": "withdrawn", "overridden": False,
           "person": None, "case_no": None, "conflicts": [], "carried": [],
           "still_waiting": []}
    if decision == "update":
        target = person_id or row.match_person_id
        if target is None:
            raise ValidationError(f"row {row_number}: update needs --person CASE_NO (it "
                                  "matched no one in the vault)")
        if person_id is None:  # a tie is no more settled by a withdrawal than by staging
            svc.refuse_a_tie(row)
        out.update(svc._checked_update(row, target, despite))
        person = survivor_of(session, target)
        # kept in the trail, so that the report's row says updated or unchanged (row_cases.py)
        out["changed"] = update_from_row(session, person.id, row, {
            "import_batch": b.id, "decided_again": True}, out["conflicts"], person, batch=b)
        out["case_no"] = person.case_no
        _link(repo, b, row_number, row.raw_json, person.id)
    elif decision == "create":
        listed = row_person(row)
        day = date.fromisoformat(b.committed_at[:10]) if b.committed_at else date.today()
        for ev in listed.status_events:
            # known by the day the list was read, as the commit dated it (commit.py)
            told_on(ev, day)
        # what the user said of everyone the list adds, as the commit gives it (commit.py):
        # decided by hand, so the status too; her own row's cells only (a row a later repeat
        # refers to is not withdrawn, so none is hers to read)
        given, _, _ = list_wide.give_of_rows(listed, list_wide.of_batch(b.mapping_json),
                                             list_wide.columns_of(b.mapping_json),
                                             [list_wide.raw_of(row.raw_json)], day)
        person = session.persons.create(listed, detail={"import_batch": b.id,
                                                        "row": row_number})
        session.audit.append_many(list_wide.audit_entries([(row_number, person, given)], b.id))
        out["case_no"] = person.case_no
        _link(repo, b, row_number, row.raw_json, person.id)
        not_the_same(session, b, [row], [person], {}, [{"row": row_number,
                                                          "decision": "create"}])
    if out["case_no"]:
        # her family contacts from the row's phone column, as the commit adds them
        went_to = session.persons.get(out["case_no"]).id
        out["family_contacts"] = add_list_contacts(session, b, {row_number: went_to}, [row],
                                                   repo.case_numbers)
        if out["family_contacts"]["added"] and "changed" in out:
            out["changed"] = True  # a contact given is a change of her record too
    repo.decide(b.id, row_number, decision, person_id)
    record_row(session, b.id, {
        "row": row_number, "decision": decision, "was": "withdrawn", "overridden": False,
        "person": out["case_no"], "decided_again": True,
        **({"changed": out["changed"]} if "changed" in out else {}),
        "contradicts": out.get("contradicts", [])}, by, how)
    if out["conflicts"]:
        # What the list said that she did not take is noted on her page from the report.
        report = json.loads(b.report_json or "{}")
        # how many times the row was withdrawn before: a withdrawal after marks them taken
        # back in the report shown (report_now.py), not the ones noted now
        times = sum(1 for w in withdrawals(session, b.id) if w["row"] == row_number)
        report["conflicts"] = report.get("conflicts", []) + [
            {**c, "withdrawals": times} for c in out["conflicts"]]
        WithdrawalRepository(session.db).set_report(b.id, json.dumps(report,
                                                                     ensure_ascii=False))
    return out


def _link(repo: ImportRepository, b: BatchRecord, n: int, raw_json: str, person_id: int
          ) -> None:
    repo.insert_provenance_many([(person_id, b.id, b.list_source, b.file_name, b.file_sha256,
                                  b.sheet, n, raw_json, now_utc())])
