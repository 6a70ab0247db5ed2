"""Her abduction's days in a filter: hers, else (none recorded) her incident's (app/domain/taken.py)."""

from __future__ import annotations

# Her own days left blank: the incident's stand in for them, as her dossier prints them.
_OWN_BLANK = "({a}abduction_earliest IS NULL AND {a}abduction_latest IS NULL)"
# The incidents are few: each condition asks them once for a whole query (a list of ids), not
# once for each of 100,000 persons.
_INCIDENT_IN = "{a}incident_id IN (SELECT id FROM incidents WHERE {cond})"


def taken_from_sql(alias: str, day: str) -> tuple[str, list]:
    """Taken on or after day (ISO): her abduction's range reaches it (ranges overlap)."""
    return _either(alias, "abduction_latest >= ?", "date_latest >= ?", day)


def taken_to_sql(alias: str, day: str) -> tuple[str, list]:
    """Taken on or before day (ISO)."""
    return _either(alias, "abduction_earliest <= ?", "date_earliest <= ?", day)


def no_taken_sql(alias: str) -> str:
    """No abduction date recorded: none of hers, and no incident of hers with one."""
    dated = _INCIDENT_IN.format(a=alias, cond="date_earliest IS NOT NULL OR date_latest IS NOT NULL")
    return f"({_OWN_BLANK.format(a=alias)} AND NOT coalesce({dated}, 0))"


def taken_col_sql(alias: str, col: str) -> str:
    """Her abduction's earliest or latest day (col) as a value: hers, else her incident's
    (a lookup for each person whose own days are blank; for an age when taken only)."""
    return (f"(CASE WHEN {_OWN_BLANK.format(a=alias)} THEN (SELECT i.date_{col} FROM incidents i "
            f"WHERE i.id = {alias}incident_id) ELSE {alias}abduction_{col} END)")


def _either(alias: str, own: str, incident: str, day: str) -> tuple[str, list]:
    blank = _OWN_BLANK.format(a=alias)
    return (f"({alias}{own} OR ({blank} AND {_INCIDENT_IN.format(a=alias, cond=incident)}))",
            [day, day])
