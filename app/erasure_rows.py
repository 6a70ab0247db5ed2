"""The list rows a deleted person takes with her, erased in the transaction that deletes her."""

from __future__ import annotations

from app.importing.erased_keys import erased_hash, erased_key, is_erased, secret
from app.importing.notes import ERASED_WITH_RECORD, Note, stored
from db.database import Database
from db.repositories.erasure_rows import ErasureRowsRepository, ListRow


def erase_list_rows(db: Database, person_ids: list[int],
                    keep_rows: frozenset[tuple[int, int]] = frozenset(), taken: bool = True
                    ) -> tuple[dict[int, list[int]], set[int]]:
    """Erase the list rows of these persons, before they are deleted: each row that went to
    one of them (her provenance lines) and to no one else since, and each row of any list
    taken for one of them and gone nowhere else: matched to her (to update her, skipped, or
    waiting), or going with such a row (a repeat of it, a row decided to be the same woman).
    A row of an imported list keeps its decision and outcome, its key and hash one way only
    (the next version of the list still knows it); a row of a list not imported (waiting or
    discarded) is set aside among its rejected rows, with its number only.
    keep_rows: (batch, row) to leave as they are; taken: whether the rows taken for them
    and gone nowhere go too (not those of a person a withdrawn row made, deleted as no person
    of her own: that row waits again, values and all, and so do the rows like it). Returns
    ({imported list: its rows erased}, every list with a row matched to them), for the
    reports and the trail."""
    repo = ErasureRowsRepository(db)
    states: dict[int, str] = {}
    hers: dict[int, set[int]] = {}
    for b, n in repo.list_rows_of(person_ids):
        states[b] = "committed"  # a provenance line is written by a commit only
        hers.setdefault(b, set()).add(n)
    for b in list(hers):
        # a row withdrawn from her and decided again for another woman is that woman's now:
        # its values stay with the list (her own line of it goes with her record). One that
        # waits to be decided again goes with her: it may be hers, withdrawn to set a value
        # right (the deletion says so, and the list imported again decides it)
        hers[b] -= {r.row for r in repo.rows_in(b, sorted(hers[b]), person_ids)
                    if r.elsewhere}
    matched = repo.matched_to(person_ids)
    if taken:
        for r in matched:
            if _hers(r, _MATCHED):
                states[r.batch] = r.state
                hers.setdefault(r.batch, set()).add(r.row)
        for b, rows in hers.items():
            more = set(rows)
            while more:  # a row going with a row of hers, and one going with that row
                more = {r.row for r in repo.following(b, sorted(more), person_ids)
                        if _hers(r, _GOING_WITH) and r.row not in rows}
                rows |= more
    erased: dict[int, list[int]] = {}
    reason = stored(Note(ERASED_WITH_RECORD))
    for b in sorted(hers):
        numbers = sorted(n for n in hers[b] if (b, n) not in keep_rows)
        if not numbers:
            continue
        if states[b] == "committed":
            key = secret(db, make=True)
            repo.erase_rows(b, [(n, k if is_erased(k) else erased_key(key, b, k),
                                 h if is_erased(k) else erased_hash(key, b, h))
                                for n, k, h in repo.keys_of_rows(b, numbers)])
            erased[b] = numbers
        else:
            repo.set_aside(b, numbers, reason)
    return erased, {r.batch for r in matched}


# The decisions that leave a row hers: matched to her, to update her, to be skipped (she is
# known) or undecided; going with a row of hers, to go where it goes, skipped or undecided.
# Not a new person (the lawyer said she is someone else), nor an update of another record;
# nor, for a row matched to her, one going with another row (whose woman it is).
_MATCHED = ("update", "skip", "")
_GOING_WITH = ("same_as_row", "skip", "")


def _hers(r: ListRow, decisions: tuple[str, ...]) -> bool:
    """A row taken for her: decided so, and standing on no one else now."""
    return r.decision in decisions and not r.elsewhere
