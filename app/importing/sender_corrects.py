"""A sender correcting its own list: a value the vault holds only because its earlier version said it.

Version 1 of an NGO's list gave Hemdiye's village as Herdan; version 2 of it, from the same
sender, says Koço. Her record holds Herdan only because version 1 said it: no other list's row
of hers says it, no one typed it, nothing set it since. The sender's correction is taken (the
trail keeps Herdan, a withdrawal of the correcting row puts it back) and said in the report and
the audit as "corrected by its sender (batch 1 row 2 -> batch 2 row 2)". A value another source
or a person gave stays, and the list's other value is a conflict for the lawyer, as before.
Her status is never one of these: a list never sets a status against hers (merge.py).
"""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person
from app.importing.merge import same_value
from app.importing.trail_said import import_that_set
from app.importing.withdraw_keeps import read_row
from db.repositories.importing import BatchRecord, ImportRepository
from db.repositories.withdrawals import WithdrawalRepository

# What a sender may set right in its own list. Not where she is now (merge.MOVES: a new place
# is news, taken as such), her names (a row whose names changed is another row to the next
# version: their spellings are kept as spellings) or her status. A date, only where the vault's
# is the very text the earlier version's cell gave (a birth year read from an age, or a day
# number, stays a conflict: merge.py).
CORRECTS = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
            "birth", "abduction_date")


def value_text(person: Person, field_name: str) -> str:
    """A field of a person as text: a date as it was written ('1995'), else as the vault says it."""
    value = getattr(person, field_name)
    if isinstance(value, FuzzyDate):
        return value.text or value.display()
    return value.strip()


class SenderReads:
    """What given_by_sender reads of the vault, read once for the persons of a list's rows
    (each row's own reads made a next version cost 4 ms a row against 1 ms for the first
    import): the standing rows of lists naming each, and each batch's head once."""

    def __init__(self, session, repo: ImportRepository, person_ids: list[int]) -> None:
        self.session, self.repo = session, repo
        self.links = WithdrawalRepository(session.db).links_of(person_ids)
        self._heads: dict[int, BatchRecord | None] = {}

    def head(self, batch_id: int) -> BatchRecord | None:
        if batch_id not in self._heads:
            self._heads[batch_id] = self.repo.batch_head(batch_id)
        return self._heads[batch_id]


def given_by_sender(reads: SenderReads, person: Person, field_name: str, source: str,
                    entries: list[tuple[str, dict]]) -> dict | None:
    """{batch, row, file} of the row of source's list whose import gave her this field's value,
    where that import is the last word on it in her trail (entries: trail_said.trail) and no
    standing row of another source's list says the same; else None. Where such a row does say
    it: {"kept_by": {batch, row, file, source}} of that row, for the conflict to name (the
    lawyer saw one correction taken and an identical one of another woman only a conflict,
    with no reason given). reads: of her among others, made before any of them is changed."""
    came = import_that_set(entries, field_name)
    b = reads.head(came[0]) if came else None
    if b is None or not source or b.list_source != source:
        return None
    links = reads.links[person.id]
    rows = [link.row_number for link in links if link.batch_id == b.id]
    row = came[1] if came[1] is not None else (rows[0] if rows else None)
    if row is None or row not in rows:  # withdrawn since: the row no longer names her
        return None
    held = value_text(person, field_name)
    for link in links:
        other = reads.head(link.batch_id)
        if other is None or other.list_source == source or other.state != "committed":
            continue
        said = read_row(reads.session, other, link.row_number, link.raw_json)
        if said is not None and same_value(field_name, value_text(said, field_name), held):
            # another list says it too: not the sender's alone to take back
            return {"kept_by": {"batch": other.id, "row": link.row_number,
                                "file": other.file_name, "source": other.list_source}}
    return {"batch": b.id, "row": row, "file": b.file_name}


def corrected_entry(row: int, case_no: str, field_name: str, was: str, now: str, gave: dict,
                    batch: int) -> dict:
    """A correction as the report keeps it: {row, case_no, field, was, now, from: {batch, row,
    file}, to: {batch, row}}."""
    return {"row": row, "case_no": case_no, "field": field_name, "was": was, "now": now,
            "from": gave, "to": {"batch": batch, "row": row}}
