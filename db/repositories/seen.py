"""The reports and statuses that count as a woman seen, and the condition that chooses her by them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import ALIVE

# The one place that says which of her reports count as her seen: each report that gives the
# date it was observed and is not proved false (its reason stored: Report.proved_false). A report
# that tells no date cannot say she was seen since a day; a status resting on a false report
# goes with it (below).
COUNTS_AS_SEEN = "r.observed_latest IS NOT NULL AND r.false_reason = ''"
# And each dated status that says she was alive on its day (sighted, located, ...: ALIVE), a
# sighting a family told, recorded with no report. One resting on a report counts by its report
# above, so a report proved false takes its status with it. A status dated only "by" a day
# (≤ 2026-12-07: a record added as sighted) says nothing of when she was seen.
STATUS_COUNTS_AS_SEEN = (f"s.status IN ({', '.join(repr(str(a)) for a in sorted(ALIVE))}) "
                         "AND s.report_id IS NULL AND s.date_earliest IS NOT NULL")


def seen_last(text: str | None, earliest: str | None, latest: str | None,
              received: tuple[str | None, str | None, str | None] | None = None) -> str | None:
    """The last day (ISO) a date of her seen can mean, the one rule of --seen-since: an
    "about" is read as the year, month or day written ("about 2022", stored 2020–2024, reaches
    2022 only), and a report's observation is capped by the last day it can have come in (nothing
    is seen after it is reported; received: the report's text, earliest, latest)."""
    if latest is None:
        return None
    last = _written(text, earliest, latest)
    if received is not None and received[2] is not None:
        last = min(last, _written(*received))
    return last


@lru_cache(maxsize=4096)  # the same few texts ("2024", "about 2022") over thousands of reports
def _written(text: str | None, earliest: str | None, latest: str) -> str:
    """The last day of a stored date as it was written, not widened by its "about"."""
    stored = FuzzyDate(date.fromisoformat(earliest) if earliest else None,
                       date.fromisoformat(latest), text or "")
    written = stored.as_written().latest
    return written.isoformat() if written else latest


def register(conn) -> None:
    """Give the connection seen_last (SQL: seen_last(text, earliest, latest[, received text,
    earliest, latest])), so the SQL below reads dates by the rule above."""
    conn.create_function("seen_last", 3, lambda t, e, la: seen_last(t, e, la),
                         deterministic=True)
    conn.create_function("seen_last", 6, lambda t, e, la, rt, re, rl: seen_last(
        t, e, la, (rt, re, rl)), deterministic=True)


# A report's last day it can say she was seen (seen_last), in SQL over reports r.
REPORT_SEEN_LAST = ("seen_last(r.observed_text, r.observed_earliest, r.observed_latest, "
                    "r.received_text, r.received_earliest, r.received_latest)")
# The stored days seen_last is never later than, each asked first (?: the day asked), so the
# rule in Python reads only the reports and statuses that can pass.
_REPORT_MAY = "r.observed_latest >= ? AND (r.received_latest IS NULL OR r.received_latest >= ?)"
_STATUS_MAY = "s.date_latest >= ?"


def seen_since_sql(person_col: str, day: date) -> tuple[str, list]:
    """The condition that the person of person_col is named by a report that counts as seen
    (COUNTS_AS_SEEN) and can have been observed on or after day (seen_last), or has a status
    that does (STATUS_COUNTS_AS_SEEN) dated so, and its arguments.
    A report observed "2024" counts for any day of 2024 it may be of, up to the day it came
    in. A report filed under a record merged into hers (directly or through another) is hers,
    as her page shows it: the records above it count."""
    sql = (f"{person_col} IN (WITH RECURSIVE up(id, parent) AS ("
           "SELECT p.id, p.merged_into FROM persons p WHERE p.id IN ("
           "SELECT rp.person_id FROM reports r JOIN report_persons rp ON rp.report_id = r.id "
           f"WHERE {COUNTS_AS_SEEN} AND {_REPORT_MAY} AND {REPORT_SEEN_LAST} >= ? "
           "UNION SELECT s.person_id FROM status_events s "
           f"WHERE {STATUS_COUNTS_AS_SEEN} "
           f"AND {_STATUS_MAY} AND seen_last(s.date_text, s.date_earliest, s.date_latest) >= ?) "
           "UNION SELECT p.id, p.merged_into FROM up JOIN persons p ON p.id = up.parent) "
           "SELECT id FROM up)")
    return sql, [day.isoformat()] * 5
