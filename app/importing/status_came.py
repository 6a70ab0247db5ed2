"""Which list row gave a woman the status a list now says otherwise: the way back the report names.

A list's status against the vault's is noted, never set (merge.py). When the sender of this
very list gave the vault's status by an earlier version of it (rescued in version 2, missing
again in version 3: the sender took the rescue back), adding 'missing' after the rescue by hand
would leave her history saying she was rescued, which the sender withdrew. The rescue itself
must go: the row that brought it is withdrawn (`review B --row R --withdraw`) where that row
brought nothing but the status, else the status alone (`person status-withdraw`).
"""

from __future__ import annotations

import copy

from app.audit import TEXT_UNKEPT
from app.domain.person import Person, Status
from app.importing.trail_said import trail
from db.repositories.importing import BatchRecord, ImportRepository
from db.repositories.withdrawals import WithdrawalRepository

# A captive's case moves this way (merge._COURSE): a list's status before the vault's along it
# says her status went back, which is an old list or a status told in error.
_COURSE = (Status.MISSING, Status.SIGHTED, Status.LOCATED, Status.IN_NEGOTIATION,
           Status.RESCUED, Status.REUNITED)


def went_back(vault: str, listed: str) -> bool:
    """Whether a list's status is one her case had before the vault's (rescued -> missing)."""
    order = [s.value for s in _COURSE]
    return vault in order and listed in order and order.index(listed) < order.index(vault)


def status_came_from(session, person: Person, b: BatchRecord) -> dict:
    """Where her current status came from, for a status conflict of batch b's row: {vault_from:
    {batch, row, file, same_sender, only_status}} when a list row's import added it and that
    row still names her (same_sender: of b's source, a version of this list; only_status: the
    row brought nothing else, so that withdrawing it takes back the status alone), else {}
    (typed by hand, a rescue's record, her creation)."""
    ev = person.current_event
    if ev is None:
        return {}
    for action, detail in trail(session.persons.history(person.case_no)):
        added = detail.get("status_added") or {}
        if action in ("person.status", "person.status_withdraw"):
            return {}  # told or taken back by hand since: hers, not a list's
        if action != "person.import_update" or added.get("status") != ev.status.value or \
                added.get("recorded_at") != ev.recorded_at:
            continue
        gave = ImportRepository(session.db).batch_head(detail.get("import_batch") or 0)
        row = detail.get("row")
        if gave is None or WithdrawalRepository(session.db).link(gave.id, row) is None:
            return {}
        # an earlier version only (read before b): a newer one committed first is the list's
        # later word, not one an older version committed late may take back
        same = bool(b.list_source) and gave.list_source == b.list_source and gave.id < b.id
        # her notes among what changed, their words not kept (audit.UNKEPT)
        others = (set(detail.get("changes") or {}) | set(detail.get(TEXT_UNKEPT) or ())) - {"status"}
        return {"vault_from": {"batch": gave.id, "row": row, "file": gave.file_name,
                               "same_sender": same, "only_status": not others and not any(
                                   k in detail for k in ("note_added", "dates_before"))}}
    return {}


def left_by_withdrawal(person: Person) -> str:
    """Her status were her current one withdrawn (`person status-withdraw`), "" for none left:
    a rescue the sender took back, withdrawn, left her without a status, not the "missing" his
    list says now, and the report must name that step too."""
    ev = person.current_event
    if ev is None:
        return ""
    rest = copy.copy(person)
    rest.status_events = [e for e in person.status_events if e is not ev]
    return rest.current_status.value if rest.status_events else ""
