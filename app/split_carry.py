"""A split moves a list row that is the woman split out, and changed the kept record, with what it told."""

from __future__ import annotations


def carry_row(session, batch_id: int, row_number: int, keep_case: str, other_case: str) -> dict:
    """Take row row_number of batch batch_id back from keep (its status and values, as `review
    --withdraw` does) and import it into other (as `--decide update --person` does): a row of a
    list's next version that went to the merged record because its earlier version's row was
    other's (split_rows.owner) is hers, and what it told too. Returns what decide_again did."""
    from app.importing.redecide import decide_again
    from app.importing.service import ImportService
    from app.importing.withdraw import withdraw_row

    svc = ImportService(session)
    b = svc.batch(batch_id)
    withdraw_row(session, svc.repo, b, row_number,
                 f"given back to {other_case} by the split of {other_case} out of {keep_case}: "
                 "the row its list's earlier version had went to her")
    other = session.persons.get(other_case)
    # despite: the row is hers by the list (its earlier version's row went to her), which is
    # what a next version follows; her names against the row's are not asked again
    return decide_again(svc, svc.batch(batch_id), row_number, "update", other.id, True)
