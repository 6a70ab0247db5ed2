"""The reports that count as a woman seen, and the condition that chooses her by them."""

from __future__ import annotations

# The one place that says which of her reports count as her seen: each report that gives the
# date it was observed. A report that tells no date cannot say she was seen since a day. (A
# report proved false is to be left out here, and only here.)
COUNTS_AS_SEEN = "r.observed_latest IS NOT NULL"


def seen_since_sql(person_col: str) -> str:
    """The condition that the person of person_col is named by a report that counts as seen
    (COUNTS_AS_SEEN) observed on or after the day given as its one argument (an ISO day).
    A report observed "2024" counts for any day of 2024: the range overlaps the one asked, as
    every fuzzy date filter reads it. A report filed under a record merged into hers (directly
    or through another) is hers, as her page shows it: the records above it count."""
    return (f"{person_col} IN (WITH RECURSIVE up(id, parent) AS ("
            "SELECT p.id, p.merged_into FROM reports r "
            "JOIN report_persons rp ON rp.report_id = r.id JOIN persons p ON p.id = rp.person_id "
            f"WHERE {COUNTS_AS_SEEN} AND r.observed_latest >= ? "
            "UNION SELECT p.id, p.merged_into FROM up JOIN persons p ON p.id = up.parent) "
            "SELECT id FROM up)")
