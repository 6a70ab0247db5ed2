"""Each row of an imported list and its case number, as the command line and its CSV say it."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile

from app.domain.errors import ValidationError
from app.importing import names_kept
from app.importing.pieces import english
from app.importing.report import kept_said

# Rows listed on a terminal; the CSV and --json give every row.
SHOWN_ROWS = 1000

CSV_HEADER = ["row", "name as listed", "what happened", "case number"]


def what_happened(e: dict) -> str:
    """What became of one row (an entry of row_cases), in English, with its case number."""
    case, same = e["case_no"], e["same_as_row"]
    said = {
        "created": f"created {case}",
        "updated": f"updated {case}",
        # what it said that the vault did not take follows (kept_text): not "nothing new"
        "unchanged": f"matched {case}" if e.get("kept_against") else
                     f"matched {case}, nothing new",
        "matched": f"went to {case} (whether it added anything was not recorded)",
        "same_as_earlier_row": f"went with row {same} to {case}; row {same} withdrawn since"
                               if e.get("lead_withdrawn") else f"repeat of row {same}: {case}",
        "rejected": f"rejected: {e['reason']}",
        "waiting": "waits for a decision",
        "decided": (f"decided: same as row {same}, not imported yet"
                    if e["decision"] == "same_as_row" else
                    f"decided: {e['decision']}, not imported yet"),
        "person_deleted": "imported, but its person has been deleted since",
        "discarded": "not imported: the batch was discarded",
    }
    if e["result"] == "skipped":
        text = (f"skipped: a repeat of row {same}, which was skipped" if same is not None
                else "skipped")
    elif e["result"] == "withdrawn":
        text = f"withdrawn from {e['withdrawn_from']}; waits for a decision"
    else:
        text = said.get(e["result"], e["result"])
    if e["withdrawn_from"] and e["result"] != "withdrawn":
        text = f"withdrawn from {e['withdrawn_from']}, decided again: {text}"
    if e.get("kept_as"):
        text += f" (merged into {e['kept_as']} since)"
    return text + kept_text(e) + spelt_text(e)


def kept_text(e: dict) -> str:
    """"; the list's village 'Hardan' differs from the vault's 'Kocho' (kept)": what the row
    said that the vault did not take, on the row's own line (the rows CSV is all the lawyer
    may open); a row that added nothing else says "matched", not "nothing new"."""
    kept = e.get("kept_against")
    return "; " + english(kept_said(kept)) if kept else ""


def spelt_text(e: dict) -> str:
    """"; father's name kept as 'حسن'; the list's 'حسين' added ...": an update that only added
    the list's other spelling of her name says so, not "updated" alone."""
    kept = e.get("names_kept")
    return "; " + english(names_kept.kept_said(kept, e["case_no"])) if kept else ""


def row_lines(rep: dict, limit: int = SHOWN_ROWS) -> list[str]:
    """The report's rows, one line each: 'row 5: نادية مراد: created SNJ-00001'."""
    rows = rep.get("rows") or []
    if not rows:
        return []
    lines = ["  rows of the list and their case numbers:"]
    lines += [f"    row {e['row']}: {_name(e)}: {what_happened(e)}" for e in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"    ... and {len(rows) - limit} more rows: casekeeper review "
                     f"{rep['batch']} --report --rows-csv FILE writes every row")
    return lines


def _name(e: dict) -> str:
    """The row's name as listed; a row whose person was deleted keeps none (app/erasure.py)."""
    if e["name"]:
        return e["name"]
    erased = e["result"] == "person_deleted" or e.get("erased")
    return "(name erased with her record)" if erased else "(no name)"


def csv_cells(rows: list[dict]) -> list[list[str]]:
    """The rows as the CSV holds them, in English: row, name as listed, what happened, case
    number (blank where the row stands on no person)."""
    return [[str(e["row"]), e["name"], what_happened(e), e["case_no"] or ""] for e in rows]


def write_csv(path: str, header: list[str], cells: list[list[str]]) -> str:
    """A CSV the lawyer opens beside the list: UTF-8 with a byte order mark (without it Excel
    reads Arabic as Windows-1252 mojibake), every row or none (written beside the file, then
    put in its place). A cell that would start a formula (= + - @) is written with a quote
    mark in front: a list's cell must never run in the spreadsheet that opens it. Returns the
    SHA-256 of the file written."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise ValidationError(f"{path}: is a folder; name a file to write the rows to")
    if not os.path.isdir(folder):
        raise ValidationError(f"{path}: no folder {folder}; nothing was written")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_inert(c) for c in row] for row in cells])
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".rows-", suffix=".csv")
    except OSError as e:
        raise ValidationError(f"{path}: cannot write there ({e.strerror}); nothing was written"
                              ) from None
    data = buffer.getvalue().encode("utf-8-sig")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temp, path)
    except OSError as e:
        os.unlink(temp)
        raise ValidationError(f"{path}: cannot write there ({e.strerror}); nothing was written"
                              ) from None
    return hashlib.sha256(data).hexdigest()


def save_rows_csv(session, batch: int, path: str, header: list[str],
                  cells: list[list[str]]) -> dict:
    """The rows of an import written to a CSV outside the vault (names of the women, their case
    numbers), and recorded in the audit trail as every other export is: the batch, the file's
    name, how many rows and the file's SHA-256. A file the trail cannot record is not left
    behind. Returns {file, rows, sha256}."""
    digest = write_csv(path, header, cells)
    said = {"import_batch": batch, "file": os.path.basename(path), "rows": len(cells),
            "sha256": digest}
    try:
        with session.db.transaction():
            session.audit.append("export.import_rows", "import_batch", str(batch), said)
    except BaseException:
        os.unlink(path)
        raise
    return said


def _inert(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
