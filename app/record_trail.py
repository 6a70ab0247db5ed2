"""The audit entries about one woman: hers, and those of reports, rescues and links about her."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.audit_words import person_ids
from app.domain.errors import NotFound
from app.erasure_others import detail_of
from db.repositories.audit import AuditRow

if TYPE_CHECKING:
    from app.records import RecordService

# The entries that say whom a report or rescue is about ("persons", and "added"/"removed" when
# an edit changed them): the trail keeps them by record number at every change.
NAMING = ("report.create", "report.edit", "report.delete",
          "rescue.create", "rescue.edit", "rescue.delete")
CREATED = ("report.create", "rescue.create")
LINKS = ("person.relative", "person.relative.remove")


def _ids(detail: dict, key: str) -> set[int] | None:
    """The record numbers under one key of an entry (person_ids), None where it has none."""
    return person_ids({key: detail[key]}) if isinstance(detail.get(key), list) else None


def trail_about(records: RecordService, case_no: str) -> list[AuditRow]:
    """Every audit entry about her, oldest first: her own; of each report and rescue, those
    written while it was about her, the one that put her on it or took her off, and its filing
    (where the record begins); and the links another record made to her (her mother linked as
    such from her daughter's record). Read by the persons each entry names, not by those a
    report names now: one moved to another woman had left her history and stood whole in the
    other's, its filing under her among them."""
    audit = records.audit
    rows = {r.seq: r for r in audit.history("person", case_no)}
    try:
        person = records.persons.get(case_no)
    except NotFound:  # deleted: her own entries are what is left of her
        return [rows[k] for k in sorted(rows)]
    # A record's number is given again once the newest record is deleted: an entry naming it
    # before her record was made is about the woman deleted.
    since = min(rows, default=0)
    touched: dict[str, set[str]] = {"report": set(), "rescue": set()}
    for r in audit.naming_person(person.id, NAMING, person.case_no, LINKS):
        if r.action in LINKS:
            rows[r.seq] = r
        elif r.seq >= since:
            touched[r.entity].add(r.entity_ref)
    for kind, refs in touched.items():
        for entries in audit.histories(kind, sorted(refs)).values():
            rows.update((r.seq, r) for r in _about_her(entries, person.id, since))
    return [rows[k] for k in sorted(rows)]


def _about_her(entries: list[AuditRow], pid: int, since: int) -> list[AuditRow]:
    """Of one report's or rescue's entries, oldest first, those about record pid: written
    while she was on it, or putting her on or taking her off, and its filing."""
    out, on = [], set()
    for r in entries:
        detail = detail_of(r) or {}
        before = set(on)
        named = _ids(detail, "persons")
        if named is not None and r.action in NAMING:
            on = named
        else:  # an edit that named only those added and taken off
            on = (on - (_ids(detail, "removed") or set())) | (_ids(detail, "added") or set())
        if r.seq < since:  # before her record was made: another woman's under her number
            before.discard(pid)
            on.discard(pid)
        if r.action in CREATED or pid in before | on:
            out.append(r)
    return out


def case_numbers_by_entry(persons, audit, rows: list[AuditRow]) -> dict[int, dict[int, str]]:
    """{seq: {record number: case number}} of the persons each entry names by number (a
    report's, a rescue's): one deleted since is left out, and said so. So is a number the
    entry was written under before the record holding it now was made: vaults of earlier
    versions gave a deleted newest record's number again, and a deleted woman's report filing
    read as naming a woman made after it (`audit log`, her History tab, the Audit view)."""
    named = {r.seq: person_ids(detail) for r in rows if (detail := detail_of(r))}
    ids = set().union(*named.values())
    held = persons.case_numbers(sorted(ids)) if ids else {}
    made = {case_no: entries[0].seq for case_no, entries
            in audit.histories("person", sorted(set(held.values()))).items() if entries}
    return {seq: {i: held[i] for i in these if i in held and made.get(held[i], 0) < seq}
            for seq, these in named.items()}
