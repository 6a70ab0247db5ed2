"""A withdrawn row, said on a terminal: what was undone, what was left and why, what comes next."""

from __future__ import annotations

from app.importing.changed_by import said
from app.importing.report import field_word


def withdrawn_text(d: dict) -> str:
    head = f"row {d['row']} of batch {d['batch']} withdrawn from {d['case_no']}"
    if d["deleted"]:
        lines = [f"{head}: the person it created is deleted"]
    else:
        # a contact it added and someone changed since is something it brought, left
        lines = [head + ("" if d["undone"] or d["left"] or d.get("contacts_removed")
                         or d.get("contacts_left")
                         else ": it had changed nothing of hers; it no longer names her")]
        if d.get("kept"):  # what it brought that another list's row still says: named below
            lines = [head]
    for field, change in d["undone"].items():
        if field == "aliases":
            lines.append("  removed the other spellings " + ", ".join(map(repr, change)))
        elif field == "status":
            # the same status left by what else says it: "is now rescued" after "removed the
            # status 'rescued 2019'" read as if nothing had been removed (a tester's day)
            now = "stays" if change[1] and change[1] == change[0] else "is now"
            lines.append(f"  removed the status {d.get('status_removed', change[0])!r} the row "
                         f"gave; her status {now} {change[1] or 'unknown'}")
        else:
            lines.append(f"  {field_word(field)}: {change[0]!r} back to "
                         f"{change[1] or '(blank)'!r}")
    lines += kept_lines(d.get("kept", ()))
    lines += [f"  kept the spelling {k['alias']!r}: {k['by']} spells her so too"
              for k in d["aliases_kept"]]
    lines += [f"  left {field_word(x['field'])} as it is: it was changed since the import"
              f"{said(x.get('by'), (x.get('by') or {}).get('list', ''))} (now "
              f"{x['now'] or '(blank)'!r}; the row wrote {x['row_wrote']!r}): settle it by hand"
              if "unreadable" not in x else
              f"  left {field_word(x['field'])} as it is ({x['now']!r}): its value before the "
              f"import, {x['unreadable']!r}, cannot be read back: settle it by hand"
              for x in d["left"]]
    if removed := d.get("contacts_removed"):
        lines.append(f"  removed the family {'contact' if len(removed) == 1 else 'contacts'} "
                     f"{', '.join(map(str, removed))} it added from the list's phone column")
    lines += [f"  left family contact {c} as it is: it was changed by hand since the import: "
              "settle it by hand" for c in d.get("contacts_left", ())]
    if rows := d.get("same_list_rows"):
        one = len(rows) == 1
        lines.append(f"  note: {'row' if one else 'rows'} {', '.join(map(str, rows))} of this "
                     f"list went to {d['case_no']} too and {'stays' if one else 'stay'}: "
                     f"withdraw {'it' if one else 'them'} as well if the same woman as this row")
    for a in d.get("asked_again", ()):
        now = (f"now a {a['outcome']} match with {a['now']}" if a["now"]
               else "now matched to no record")
        lines.append(f"  row {a['row']} of batch {a['batch']} (waiting for review) was matched to "
                     f"the deleted record: matched again, {now}; it waits for a decision: "
                     f"casekeeper review {a['batch']}")
    lines.append(f"  row {d['row']} waits for a decision again: casekeeper review {d['batch']} "
                 f"--row {d['row']} --decide create|update|skip (--person CASE_NO), or leave it")
    return "\n".join(lines)


def kept_lines(kept) -> list[str]:
    """What another list's row of hers still says, kept or put back, that row now its source
    (withdraw_keeps.py)."""
    lines = []
    for k in kept:
        by, same = k["by"], k["value"] == k["row_wrote"]
        if k["field"] == "status":
            what = f"{'kept the status' if same else 'her status is'} {k['value']}"
        elif same:
            what = f"kept {field_word(k['field'])} {k['value']!r}"
        else:
            what = f"{field_word(k['field'])}: {k['row_wrote']!r} now {k['value']!r}"
        word = f" ({k['word']})" if k.get("word") else ""
        lines.append(f"  {what}: row {by['row']} of batch {by['batch']} ({by['file']}) says "
                     f"{'it too' if same else 'so'}{word}, now its source")
    return lines


def withdrawn_since_lines(rep: dict) -> list[str]:
    """The report's rows withdrawn since the commit (ImportService.report), a line each."""
    lines = []
    for w in rep.get("withdrawn_since", []):
        line = (f"  withdrawn since the commit: row {w['row']} from {w['case_no']}"
                + (" (the person it created deleted)" if w["deleted"] else "")
                + f", {w['at'][:10]}" + (f": {w['note']}" if w["note"] else ""))
        again = w["again"]
        if again:
            line += (f"; decided again: {again['decision']}"
                     + (f" {again['person']}" if again["person"] else ""))
        lines.append(line)
    return lines
