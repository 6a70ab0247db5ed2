"""What lists said that the vault did not take, noted once per person however often it is said."""

from __future__ import annotations

import json

from app.importing.merge import only_its_word
from db.repositories.importing import ImportRepository


def conflict_key(c: dict) -> tuple:
    """A conflict as the lawyer reads it on the person's page: whose, which field, what the
    list said and what the vault keeps. Another batch or row saying it is no news; the vault
    having changed since, or the list saying something else, is. A village the importer read
    as another spelling is the one it was read as: 'Girêzer' and 'Gir Ezer', both read as
    كرعزير, say one thing (and a conflict noted before lists quoted the village as written
    holds only that)."""
    return c.get("case_no"), c.get("field"), c.get("vault"), c.get("read_as") or _listed(c)


def _listed(c: dict) -> object:
    """What the list said, as a conflict says it now: one noted before the status's own word
    was left unquoted ('located «located»') is the same conflict as 'located'."""
    said, status = c.get("list"), c.get("list_status")
    if c.get("field") != "status" or not status or not isinstance(said, str):
        return said
    at = said.rfind(" «")
    return said[:at] if at >= 0 and only_its_word(status, said[at + 1:]) else said


def split_noted(repo: ImportRepository, batch_id: int, conflicts: list[dict],
                person_ids: set[int]) -> tuple[list[dict], list[dict]]:
    """(conflicts to note, conflicts already noted) for a batch being committed: already noted
    when an earlier import of one of these persons, or an earlier row of this batch, said the
    same. The same list exported once more, or each day's version of it, must not add a line to
    her page each time (the batch is still in her provenance). Already noted ones come as
    {row, case_no, field, vault, list, noted_in: batch} when an earlier batch noted them, and
    {..., noted_in_row: row} when an earlier row of this batch did: the report named this very
    batch as the one that had noted it before, which made no sense to a reader. A status keeps
    its key (list_status): without it the desktop quoted 'missing' in English in an Arabic
    report."""
    if not conflicts:
        return [], []
    cases = {c["case_no"] for c in conflicts}
    seen: dict[tuple, int] = {}  # -> the earlier batch that noted it
    mine: dict[tuple, int] = {}  # -> the row of this batch that notes it
    for earlier, report in repo.reports_of_persons(person_ids):
        if earlier == batch_id:
            continue
        for c in json.loads(report or "{}").get("conflicts", []):
            if c.get("case_no") in cases:
                seen.setdefault(conflict_key(c), earlier)
    new, noted = [], []
    for c in conflicts:
        key = conflict_key(c)
        where = {"noted_in": seen[key]} if key in seen else (
            {"noted_in_row": mine[key]} if key in mine else None)
        if where:
            noted.append({"row": c["row"], "case_no": c["case_no"], "field": c["field"],
                          "vault": c["vault"], "list": c["list"], **where,
                          **{k: c[k] for k in ("read_as", "list_status", "vault_date")
                             if k in c}})
        else:
            new.append(c)
            mine[key] = c["row"]
    return new, noted


def once(conflicts: list[dict]) -> list[dict]:
    """Each conflict the first time it was noted: a vault imported into before conflicts were
    noted once holds the same one from every version of a list."""
    seen: set[tuple] = set()
    out = []
    for c in conflicts:
        if (key := conflict_key(c)) not in seen:
            seen.add(key)
            out.append(c)
    return out


def as_written(c: dict, raw_json: str | None, mapping_json: str) -> dict:
    """A village conflict noted before conflicts quoted the list as written: it quotes the
    spelling the importer read the list's village as (كرعزير for Girêzer). The row's own cell,
    kept with the batch, says what the list wrote; the conflict is said with both, as one
    noted now is. Any other conflict, or a row whose cell is gone, as it is."""
    if c.get("field") != "origin_village" or "read_as" in c or not raw_json:
        return c
    try:
        columns = json.loads(mapping_json or "{}").get("columns", {})
        raw = json.loads(raw_json)
    except (ValueError, AttributeError):
        return c
    # the last village cell with a value, as the converter read the row
    cells = [str(v).strip() for k, v in raw.items() if columns.get(k) == "village"
             and str(v).strip()]
    if not cells or " ".join(cells[-1].split()) == c.get("list"):
        return c
    return {**c, "list": cells[-1], "read_as": c.get("list")}
