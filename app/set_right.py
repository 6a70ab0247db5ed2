"""Her own History entry for a one-time pass at unlock that set her record right, and why."""

from __future__ import annotations

from app.audit import AuditTrail

# One action for every such pass; each thing set right says which ("why"), so that her page
# can say it in its own language:
#   age_in_birth   {was, now, years}: a birth kept as the text "عمر 7" read as an age
#   about_age_in_birth {was, as_year, now, years}: a birth "about 20" an import read as the
#                  years as_year (2018–2022) read as an age
#   status_by_day  {status, by}: a list's status with no date known by the day it was read
#   excel_day      {field, was, now}: a date kept as its Excel number shown as its day
#   status_rule    {was, now, rule}: her current status chosen again by the status rules (rule:
#                  the rule's number, from 6; none before)
#   report_received {was, now, report}: her current status chosen again, the day the report
#                  came in corrected (what it tells reaches no later than that day)
#   split_status   {status, date, split}: a status a split of an earlier version left on her,
#                  which came with the record split out (app/split_statuses.py)
SET_RIGHT = "person.set_right"


def tell_each(audit: AuditTrail, rule: str, said: dict[str, list[dict]]) -> None:
    """One entry in each person's own history (case number -> what was set right in her
    record), beside the vault-wide entry that lists them all: her History tab reads only
    hers."""
    if said:
        audit.append_many([(SET_RIGHT, "person", case_no, {"rule": rule, "set_right": items})
                           for case_no, items in sorted(said.items())])
