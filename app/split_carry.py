"""A split moves a list row of the woman split out with what it told, saying what stays on the other."""

from __future__ import annotations

# How a split's decision of a row is named in the trail (not a decision by hand).
BY_SPLIT = "split"


def carry_row(session, batch_id: int, row_number: int, keep_case: str, other_case: str
              ) -> list[dict]:
    """Take row row_number of batch batch_id back from keep (its status and values, as `review
    --withdraw` does) and import it into other (as `--decide update --person` does, the trail
    saying the split decided it): a row of a list that went to the merged record and is
    other's (split_rows.owner) is hers, and what it told too, whether or not it changed the
    merged record (that record may have held it already). Returns what stays on keep all the
    same: [{field, now, row_wrote, why: "edited" (changed since the import: left, the lawyer
    settles it) or "told_by" (another standing row says it), by}]."""
    from app.importing.redecide import decide_again
    from app.importing.service import ImportService
    from app.importing.withdraw import withdraw_row

    svc = ImportService(session)
    b = svc.batch(batch_id)
    done = withdraw_row(session, svc.repo, b, row_number,
                        f"given back to {other_case} by the split of {other_case} out of "
                        f"{keep_case}: the row is hers")
    other = session.persons.get(other_case)
    # despite: the row is hers by the list (its earlier version's row went to her), which is
    # what a next version follows; her names against the row's are not asked again
    decide_again(svc, svc.batch(batch_id), row_number, "update", other.id, True,
                 by=BY_SPLIT, how=f"split of {other_case} out of {keep_case}")
    left = [{"field": x["field"], "now": x["now"], "row_wrote": x["row_wrote"], "why": "edited",
             **({"by": x["by"]} if x.get("by") else {})} for x in done["left"]]
    return left + [{"field": k["field"], "now": k["value"], "row_wrote": k["row_wrote"],
                    "why": "told_by", "by": k["by"]} for k in done["kept"]]
