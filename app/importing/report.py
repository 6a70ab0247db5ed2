"""The import report: rows read against rows imported, decisions, rejected rows with reasons."""

from __future__ import annotations

import json
import math

from app.matching.blocking import DUPLICATE_THRESHOLD
from db.repositories.importing import BatchRecord, StagedRowRecord


def needs_decision(r: StagedRowRecord) -> bool:
    """Undecided, or to update a person deleted since staging (the vault cleared the link).
    The repository's undecided rows are the same rows."""
    return r.outcome != "rejected" and (
        not r.decision or (r.decision == "update" and r.match_person_id is None))


def build_report(b: BatchRecord, rows: list[StagedRowRecord], results: dict[str, int],
                 conflicts: list[dict], changes: dict | None = None,
                 redirected: list[dict] | None = None,
                 status_moves: list[dict] | None = None,
                 skipped: list[dict] | None = None,
                 duplicates: list[dict] | None = None,
                 noted: list[dict] | None = None,
                 decided: tuple[list[dict], list[dict]] = ([], [])) -> dict:
    """Counts always reconcile: rows read = created + updated + same as an earlier row
    + skipped + rejected (+ undecided while the batch is staged). decided: the decisions
    taken in review, by hand and in bulk (app.importing.decisions.decided)."""
    outcomes: dict[str, int] = {}
    decisions: dict[str, int] = {}
    for r in rows:
        outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
        if r.outcome != "rejected":
            key = "undecided" if needs_decision(r) else r.decision
            decisions[key] = decisions.get(key, 0) + 1
    rejected = [{"row": r.row_number, "reason": r.rejected} for r in rows
                if r.outcome == "rejected"]
    warnings = [{"row": r.row_number, "warning": w} for r in rows
                for w in json.loads(r.warnings_json)]
    accounted = sum(decisions.values()) + len(rejected)
    return {
        "batch": b.id, "state": b.state, "file": b.file_name, "sha256": b.file_sha256,
        "sheet": b.sheet, "source": b.list_source, "header_row": b.header_row,
        "rows_read": b.rows_read, "blank_rows_skipped": b.blank_rows,
        "outcomes": outcomes, "decisions": decisions, "results": results,
        "read_issues": json.loads(b.read_issues_json), "mapping": json.loads(b.mapping_json),
        "rejected": rejected, "warnings": warnings, "conflicts": conflicts,
        # Conflicts an earlier import already noted for the same person, word for word: not
        # noted again (see app/importing/conflicts.py).
        "conflicts_noted_before": noted or [],
        # Rows whose person was merged into another record after the list was staged.
        "redirected": redirected or [],
        "status_moves": status_moves or [],  # {row, case_no, from, to}
        "skipped": skipped or [],  # {row, why}
        # Created as new persons despite a probable match: {row, case_no, candidate,
        # candidate_row, score}.
        "possible_duplicates": duplicates or [],
        # Rows decided in review: {row, decision, person, was, overridden, contradicts, at}
        # each, and bulk decisions {decision, how, rows, at}; rows decided when read (new,
        # certain) are in neither.
        "decided_by_hand": decided[0], "decided_in_bulk": decided[1],
        "changes_since_last_import": changes or {},
        "reconciled": accounted == b.rows_read == len(rows),
        "created_at": b.created_at, "committed_at": b.committed_at,
    }


def report_text(rep: dict) -> str:
    """The report as a person reads it on a terminal."""
    lines = [f"Import batch {rep['batch']} ({rep['state']}): {rep['file']}"
             + (f", sheet {rep['sheet']!r}" if rep["sheet"] else "")
             + (f", source {rep['source']!r}" if rep["source"] else ""),
             f"  file SHA-256 {rep['sha256']}",
             f"  rows read {rep['rows_read']} (blank rows skipped: {rep['blank_rows_skipped']})"]
    lines.append("  matching: " + _pairs(rep["outcomes"]))
    lines.append("  decisions: " + _pairs(rep["decisions"]))
    if rep["results"]:
        lines.append("  result: " + _pairs(rep["results"]))
    lines.append(f"  counts reconciled: {'yes' if rep['reconciled'] else 'NO'}")
    for issue in rep.get("read_issues", [])[:50]:
        lines.append(f"  file: {issue}")
    for r in rep["rejected"][:50]:
        lines.append(f"  rejected row {r['row']}: {r['reason']}")
    for w in rep["warnings"][:50]:
        lines.append(f"  warning row {w['row']}: {w['warning']}")
    lines += decisions_text(rep)
    for sk in rep.get("skipped", [])[:50]:
        lines.append(f"  skipped row {sk['row']}: {sk['why']}")
    dups = rep.get("possible_duplicates", [])
    for d in dups[:200]:
        other = d["candidate"] + (f" (row {d['candidate_row']})" if d["candidate_row"] else "")
        lines.append(f"  possible duplicate row {d['row']}: created {d['case_no']}, a probable "
                     f"match with {other} (score {d['score']})")
    if dups:
        lines.append(duplicates_advice(dups))
    for c in rep["conflicts"][:50]:
        lines.append(f"  conflict row {c['row']} ({c['case_no']}): {field_word(c['field'])}: "
                     "vault keeps "
                     f"{c['vault']!r}, list says {c['list']!r}")
    if noted := rep.get("conflicts_noted_before"):
        batches = ", ".join(str(n) for n in sorted({c["noted_in"] for c in noted}))
        lines.append(f"  {len(noted)} conflict{'s' if len(noted) != 1 else ''} the vault "
                     f"already notes (from batch {batches}): not noted again")
    moves = rep.get("status_moves", [])
    for m in moves[:200]:
        lines.append(f"  status row {m['row']} ({m['case_no']}): {m['from']} -> {m['to']}")
    if len(moves) > 200:
        lines.append(f"  ... and {len(moves) - 200} more status changes (--json lists all)")
    for d in rep.get("redirected", [])[:50]:
        lines.append(f"  row {d['row']} matched {d['matched']}, since merged into "
                     f"{d['case_no']}: {d['case_no']} was updated")
    lines += changes_text(rep.get("changes_since_last_import") or {})
    return "\n".join(lines)


def duplicates_advice(dups: list[dict]) -> str:
    """How to see the possible duplicates again and join one: import asks about pairs that
    `duplicates` leaves out by default (below DUPLICATE_THRESHOLD), so the command named
    takes a bar at or below the lowest score, cut down to the two decimals it is typed with."""
    scores = [d["score"] for d in dups if d.get("score") is not None]
    bar = math.floor(round(min(scores) * 100, 6)) / 100 if scores else 0.0
    command = ("duplicates" if bar >= DUPLICATE_THRESHOLD else
               f"duplicates --threshold {bar:.2f}")
    first = dups[0]
    join = (f"`casekeeper merge {first['candidate']} {first['case_no']}`"
            if first.get("candidate") else "`casekeeper merge KEEP OTHER`")
    return (f"  {len(dups)} possible duplicates: check them with `casekeeper {command}`; "
            f"if two are one person, join them, e.g. row {first['row']} with {join}")


def decisions_text(rep: dict, limit: int = 200) -> list[str]:
    """The report's lines on decisions taken in review: each row by hand, each bulk decision."""
    lines = []
    for d in rep.get("decided_by_hand", [])[:limit]:
        what = f"update {d['person']}" if d.get("person") else d["decision"]
        line = f"  decided by hand row {d['row']}: {what}"
        if d.get("overridden"):
            line += f" (was {d['was']}; changed with --override)"
        line += "".join(f"; despite {field_word(c['field'])}: {c['kept']}"
                        for c in d.get("contradicts", []))
        lines.append(line)
    hand = len(rep.get("decided_by_hand", []))
    if hand > limit:
        lines.append(f"  ... and {hand - limit} more rows decided by hand (--json lists all)")
    for b in rep.get("decided_in_bulk", []):
        lines.append(f"  decided in bulk ({b['how']}): {b['decision']} {rows_text(b['rows'])}")
    return lines


def rows_text(rows: list[int], limit: int = 50) -> str:
    """'row 4', 'rows 2-5, 9': runs of row numbers joined, the first `limit` runs shown."""
    runs: list[list[int]] = []
    for n in sorted(rows):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    shown = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs[:limit])
    more = f" and {len(runs) - limit} more runs (--json lists all)" if len(runs) > limit else ""
    return ("row " if len(rows) == 1 else "rows ") + shown + more


def changes_text(ch: dict, limit: int = 50) -> list[str]:
    """What changed since the last import of the list: counts that add up to the rows, then
    each row with the name as listed and the case number of its person when known."""
    if not ch:
        return []
    rows = sum(ch.get(k, 0) for k in ("added", "changed", "unchanged", "repeated",
                                      "not_compared"))
    lines = [f"  since batch {ch['previous_batch']}"
             + (f" ({ch['previous_file']})" if ch.get("previous_file") else "")
             + f": {ch['added']} rows added, {ch['removed']} removed, {ch['changed']} changed, "
             f"{ch['unchanged']} unchanged, {ch.get('repeated', 0)} repeated within the list"
             + (f", {ch['not_compared']} not compared (rejected or no name)"
                if ch.get("not_compared") else "") + f" ({rows} rows)"]
    for r in ch.get("added_rows", [])[:limit]:
        lines.append(f"    added row {r['row']}: {_who(r)}")
    for r in ch.get("removed_rows", [])[:limit]:
        lines.append(f"    removed row {r['row']} of batch {ch['previous_batch']}: {_who(r)}")
    for c in ch.get("changed_rows", [])[:limit]:
        what = "; ".join(f"{col}: {a!r} -> {b!r}" for col, (a, b) in c["columns"].items())
        if c.get("no_longer_given"):
            what += "; no longer given: " + _blanks(c["no_longer_given"])
        lines.append(f"    changed row {c['row']} (was row {c['previous_row']}): {_who(c)}: "
                     f"{what}")
    for c in ch.get("no_longer_given_rows", [])[:limit]:
        lines.append(f"    no longer given in row {c['row']} (was row {c['previous_row']}): "
                     f"{_who(c)}: {_blanks(c['no_longer_given'])}")
    if ch.get("columns_left_out"):
        lines.append("    columns no longer in the list: " + ", ".join(ch["columns_left_out"]))
    if ch.get("no_longer_given") or ch.get("columns_left_out") or any(
            c.get("no_longer_given") for c in ch.get("changed_rows", [])):
        # Said once, so that the lawyer does not read a blank as the NGO taking a fact back.
        lines.append("    a cell left blank or a column left out is not a change: the vault "
                     "keeps what earlier versions gave (`person show` lists their rows)")
    for r in ch.get("repeated_rows", [])[:limit]:
        lines.append(f"    repeated row {r['row']}: {r['name'] or '(no name)'}, as row "
                     f"{r['same_as_row']}" + (f" ({r['case_no']})" if r["case_no"] else ""))
    for key, what in (("added", "added rows"), ("removed", "removed rows"),
                      ("changed", "changed rows"), ("repeated", "repeated rows"),
                      ("no_longer_given", "rows with a cell left blank")):
        listed = min(limit, len(ch.get(f"{key}_rows", [])))
        if ch.get(key, 0) > listed:
            lines.append(f"    ... {ch[key] - listed} more {what} (--json lists up to 500)")
    return lines


_FIELD_WORDS = {
    "origin_village": "village", "origin_district": "district",
    "origin_governorate": "governorate", "abduction_place": "place of abduction",
    "abduction_date": "abduction date", "birth": "birth", "sex": "sex", "status": "status",
    "rescue_date": "date rescued",
    "notes": "notes", "aliases": "other spellings", "case_no": "case number",
}
_PART_WORDS = {"given": "given name", "father": "father's name",
               "grandfather": "grandfather's name", "family": "family / clan",
               "mother": "mother's name", "nickname": "nickname"}
_SCRIPT_WORDS = {"original": "Arabic script", "latin": "Latin letters"}


def field_word(name: str) -> str:
    """A record field as the report names it to people ('origin_village' -> 'village',
    'father.latin' -> "father's name (Latin letters)"); JSON keeps the field's own name."""
    part, _, script = name.partition(".")
    if script and part in _PART_WORDS:
        return f"{_PART_WORDS[part]} ({_SCRIPT_WORDS.get(script, script)})"
    return _FIELD_WORDS.get(name, _PART_WORDS.get(name, name.replace("_", " ")))


def _blanks(cells: dict[str, str]) -> str:
    """"ملاحظات 'الأم في مخيم شاريا'": the columns left blank, each with what it said."""
    return "; ".join(f"{col} {was!r}" for col, was in cells.items())


def _who(r: dict) -> str:
    """'نادية مراد باسي (SNJ-00001)': a row's name as listed, its person's number if known."""
    return (r["name"] or "(no name)") + (f" ({r['case_no']})" if r["case_no"] else "")


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
