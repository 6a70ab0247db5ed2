"""Review decisions in the audit trail: one entry per decision, read back for the import report."""

from __future__ import annotations

import json

from app.domain.errors import NotFound
from app.domain.person import NamePart, NameText, Person
from app.importing.list_wide import not_in_row
from app.importing.merge import merge_into
from app.importing.pieces import Word, english
from app.importing.report import field_word
from app.importing.sex_said import listed_sex, sex_said
from db.repositories.importing import ImportRepository
from db.repositories.withdrawals import WithdrawalRepository

ACTION = "import.decide"
# Where a bulk decision came from, as the report names it.
BY_ALL, BY_YES = "review --all", "import --yes"


# In a decision by hand, the vault records the review named for the row when it was decided
# (the one it was asked about, the one it fits as well), by case number: a new person decided
# for the row is neither (commit._not_the_same), even after an update of another was decided
# first. Kept for the commit, not said in the report.
NAMED = "named"


def record_row(session, batch_id: int, detail: dict, by: str = "hand", how: str = "") -> None:
    """A row decided by hand: {row, decision, person, was, overridden, contradicts[, named]}.
    Written in the transaction that stores the decision. by: who else decided it (a split
    giving the row back, split_carry.py), with how: read back as a decision of its own, not
    the lawyer's, for the row alone (rows)."""
    extra = {} if by == "hand" else {"how": how, "rows": [detail["row"]]}
    session.audit.append(ACTION, "import_batch", str(batch_id), {**detail, **extra, "by": by})


def record_bulk(session, batch_id: int, decision: str, rows: list[int], how: str) -> None:
    """One decision for many rows (review --all, import --yes), with the rows it decided."""
    if rows:
        session.audit.append(ACTION, "import_batch", str(batch_id),
                             {"decision": decision, "by": "bulk", "how": how, "rows": rows})


def record_carried(session, batch_id: int, lead: int, rows: list[int], how: str) -> None:
    """Rows of the same woman as row `lead`, sent where it goes (same_woman.py): how says what
    decided it (a decision by hand for that row, review --all, import --yes, the window)."""
    if rows:
        session.audit.append(ACTION, "import_batch", str(batch_id),
                             {"decision": "same_as_row", "by": "carried", "how": how,
                              "with_row": lead, "rows": rows})


def decided(session, batch_id: int) -> tuple[list[dict], list[dict]]:
    """The batch's decisions from the trail: by hand (one per row, its last decision, with
    when) and in bulk (each with the rows it still decides: a row decided again by hand is
    listed there). Rows carried with a row of the same woman are among the bulk ones, each
    entry with that row (with_row)."""
    hand: dict[int, dict] = {}
    bulk: list[dict] = []
    last: dict[int, object] = {}  # row -> the entry that decided it last
    for e in session.audit.history("import_batch", str(batch_id)):
        if e.action != ACTION:
            continue
        d = json.loads(e.detail)
        if d.get("by") == "hand":
            hand[d["row"]] = {**{k: v for k, v in d.items() if k != NAMED}, "at": e.at}
            last[d["row"]] = hand[d["row"]]
        else:
            entry = {"decision": d["decision"], "how": d.get("how", ""), "rows": d["rows"],
                     "at": e.at, **({"with_row": d["with_row"]} if "with_row" in d else {})}
            bulk.append(entry)
            last.update(dict.fromkeys(d["rows"], entry))
    by_hand = [d for n, d in sorted(hand.items()) if last[n] is d]
    in_bulk = [{**b, "rows": [n for n in b["rows"] if last[n] is b]} for b in bulk]
    return by_hand, [b for b in in_bulk if b["rows"]]


def named_by_hand(session, batch_id: int) -> dict[int, set[str]]:
    """row -> the case numbers of the vault records the review named for it, at any of its
    decisions by hand (see NAMED)."""
    out: dict[int, set[str]] = {}
    for e in session.audit.history("import_batch", str(batch_id)):
        if e.action == ACTION and f'"{NAMED}"' in e.detail:
            d = json.loads(e.detail)
            out.setdefault(d["row"], set()).update(d[NAMED])
    return out


def with_kept(target: Person, listed: Person, against: list[dict], session=None) -> list[dict]:
    """Each contradiction with what an update does about it ("kept": in words): the importer
    never overwrites, so the vault's value stays; a blank spelling may be filled, and another
    spelling of the given name becomes one of the other spellings. Given the session, each
    says too where the vault's value came from (vault_from, see value_from), where known."""
    if not against:
        return []
    merged = merge_into(target, listed).person
    trail = session.audit.history("person", target.case_no) if session is not None else []
    out = []
    for c in against:
        if c["field"] == "sex":  # in words: the list's own letter may mean the other sex
            kept = (f"kept the vault's sex, {english(Word('sex', target.sex.value))}; the list "
                    f"said {english(sex_said(listed_sex(listed)))}")
        else:
            kept = _kept_name(NamePart(c["field"]), target, listed, merged)
        origin = value_from(session, trail, c["field"], target.id) if session is not None \
            else ""
        out.append({**c, **({"vault_from": origin} if origin else {}), "kept": kept})
    return out


def _sex_of(session, person_id: int) -> str:
    """Her sex as the vault holds it (F, M, U), U where the record is gone."""
    try:
        return session.persons.get_by_id(person_id).sex.value
    except NotFound:
        return "U"


def value_from(session, trail, field: str, person_id: int) -> str:
    """Where her record's value of a field came from, by her trail: the last entry that set
    it (a list's row, 'batch 1, row 2 of base.csv'; else 'entered by hand' or 'edited by
    hand'), or her record's creation. '' where her trail does not tell (a merge)."""
    for e in reversed(trail):
        detail = json.loads(e.detail or "{}")
        changes = detail.get("changes") if isinstance(detail.get("changes"), dict) else {}
        touched = any(k == field or k.startswith(field + ".") for k in changes)
        given = detail.get("given") if isinstance(detail.get("given"), dict) else {}
        if e.action == "person.import_list_wide" and field in given:
            return (f"said of the whole list of batch {detail.get('import_batch')}, "
                    f"{not_in_row(_sex_of(session, person_id))}")
        if not touched and e.action != "person.create":
            continue
        if e.action not in ("person.create", "person.edit", "person.import_update"):
            return ""  # a merge, a split, a withdrawal: the value's own source is elsewhere
        if batch := detail.get("import_batch"):
            b = ImportRepository(session.db).batch(batch)
            # a list's new persons are logged without their rows: her line of that list has it
            row = detail.get("row") or next(
                (k.row_number for k in WithdrawalRepository(session.db).other_links(person_id, 0)
                 if k.batch_id == batch), None)
            return (f"batch {batch}" + (f", row {row}" if row else "")
                    + (f" of {b.file_name}" if b is not None else ""))
        return "entered by hand" if e.action == "person.create" else "edited by hand"
    return ""


def _kept_name(part: NamePart, target: Person, listed: Person, merged: Person) -> str:
    before, after = target.names.get(part, NameText()), merged.names.get(part, NameText())
    word = field_word(part.value)
    text = (f"kept the vault's {word} {_shown(before)!r}; the list said "
            f"{_shown(listed.names.get(part, NameText()))!r}")
    for script in ("original", "latin"):
        if not getattr(before, script) and getattr(after, script):
            words = "Arabic-script" if script == "original" else "Latin"
            text += f"; its blank {words} spelling is now the list's {getattr(after, script)!r}"
    added = [a for a in merged.aliases if a not in target.aliases]
    if part is NamePart.GIVEN and added:
        text += f"; {', '.join(repr(a) for a in added)} added to the other spellings"
    return text


def _shown(name: NameText) -> str:
    return " / ".join(x for x in (name.original, name.latin) if x)
