"""`person show`'s lines for her reports and rescues: each rescue's date, place and whether it
freed her, where a bare list of numbers said none of it; a report's text cut, saying where it
is whole."""

from __future__ import annotations

from app.cli.report_show import WHOLE
from app.domain.fuzzydate import FuzzyDate
from app.domain.records import RescueOperation, rescue_freed, rescue_statuses
from app.person_json import date_to_dict

TEXT_CUT = 50  # a report's text on her page: one line with its number and source


def rescue_detail(op: RescueOperation, came: str | None) -> dict:
    """One rescue as `person show --json` gives it beside the bare numbers of "rescues"."""
    return {"id": op.id, "date": date_to_dict(op.date), "from_place": op.from_place,
            "freed": rescue_freed(op),
            "gave": [{"status": status, "date": date_to_dict(when)}
                     for status, when in rescue_statuses(op)],
            "from_case_no": came}


def rescue_line(d: dict) -> str:
    """'rescue  3  2015-03  place Raqqa  freed, reunited 2015-05'. Said by the status the rescue
    gives, never read from its outcome (free text in any language)."""
    gave = {g["status"]: g["date"] for g in d["gave"]}
    said = {True: "freed", False: "not freed",
            None: "freed or not: not said (recorded before a rescue gave a status)"}[d["freed"]]
    if "reunited" in gave:
        said += f", reunited {_shown(gave['reunited']) or 'at once'}"
    parts = [str(d["id"]), _shown(d["date"]) or "(no date)",
             f"place {d['from_place']}" if d["from_place"] else "", said]
    return "  rescue       " + "  ".join(p for p in parts if p) \
        + (f"  [from {d['from_case_no']}]" if d["from_case_no"] else "")


def report_text(rep: dict, cut: int = TEXT_CUT) -> str:
    """Her report's text on one line, cut (`report list` cuts it at 60); where cut, the command
    that shows it whole."""
    text = " ".join(rep["text"].split())
    if len(text) <= cut:
        return text
    return f"{text[:cut]}…  (whole: {WHOLE.format(id=rep['id'])})"


def _shown(d: dict) -> str:
    """A date as date_to_dict gives it: as typed ("2015-03"), else as read."""
    return (d.get("text") or "").strip() or FuzzyDate.from_row(
        d.get("earliest"), d.get("latest"), d.get("text")).display()
