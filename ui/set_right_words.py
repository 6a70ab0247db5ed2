"""What a pass at unlock set right in her record, and why, said on her History tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import filled
from ui.labels import status_label


def _excel_days() -> dict[str, str]:
    """A date kept as its Excel number, shown as its day; %1 the number, %2 the day."""
    tr = QCoreApplication
    return {
        "birth": tr.translate("History", "the birth %1 shown as its day, %2 (it had been kept "
                                         "as the Excel number of that day)"),
        "abduction_date": tr.translate("History", "the date of abduction %1 shown as its day, "
                                                  "%2 (it had been kept as the Excel number of "
                                                  "that day)"),
        "status_date": tr.translate("History", "the date of a status %1 shown as its day, %2 "
                                               "(it had been kept as the Excel number of that "
                                               "day)")}


def set_right_lines(items: object, sex: str = "F") -> list[str]:
    """A sentence for each thing set right (app/set_right.py says what each holds): what it
    was, what it is now, and why ("the birth 'عمر 7' read as an age: born 2006–2017 (ages written in a
    birth column are now read)").
    Something this screen does not know is left to the entry's tooltip."""
    tr = QCoreApplication
    excel = _excel_days()
    lines = []
    placeholders = False
    for item in items if isinstance(items, list) else []:
        why = item.get("why") if isinstance(item, dict) else None
        if why == "age_in_birth":
            lines.append(filled(tr.translate(
                "History", "the birth %1 read as an age: born %2 (ages written in a birth "
                           "column are now read)"),
                item["was"], item["years"]))
        elif why == "about_age_in_birth":
            lines.append(filled(tr.translate(
                "History", "the birth %1, read as the years %2, read as an age: born %3 (a "
                           "number after a word for 'about' in a birth column is an age, not a "
                           "year written short)"),
                item["was"], item["as_year"], item["years"]))
        elif why == "status_by_day":
            lines.append(filled(tr.translate(
                "History", "the status %1, which a list gave with no date, dated by %2: the "
                           "day the list was read"),
                status_label(item["status"], sex), item["by"]))
        elif why == "excel_day" and item.get("field") in excel:
            lines.append(filled(excel[item["field"]], item["was"], item["now"]))
        elif why == "placeholder" and not placeholders:
            # what was removed is said by the entry's changes: why, once
            placeholders = True
            lines.append(tr.translate(
                "History", "why: an import of an earlier version had stored words that say "
                           "none is known as names or places; they are left blank"))
        elif why == "split_status":
            lines.append(filled(tr.translate(
                "History", "the status %1 (%2), which came with %3, taken back: a split of an "
                           "earlier version had left it here"),
                status_label(item["status"], sex), item["date"], item["split"]))
        elif why == "report_received":
            lines.append(filled(tr.translate(
                "History", "current status %1, where it was %2 (the day report %3 came in was "
                           "corrected: what it tells reaches no later than that day)"),
                status_label(item["now"], sex), status_label(item["was"], sex),
                str(item.get("report", ""))))
        elif why == "status_rule" and int(item.get("rule") or 0) >= 6:
            lines.append(filled(tr.translate(
                "History", "current status %1, where it was %2 (a status told later counts, "
                           "unless it is a step back along the case; a date reaches no later "
                           "than its report came in or the day it was told)"),
                status_label(item["now"], sex), status_label(item["was"], sex)))
        elif why == "status_rule":
            lines.append(filled(tr.translate(
                "History", "current status %1, where it was %2 (a status told later counts, "
                           "unless it is a step back along the case)"),
                status_label(item["now"], sex), status_label(item["was"], sex)))
    return lines
