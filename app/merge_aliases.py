"""Aliases an earlier version's merge made of a relative's name alone, set right once per vault."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.domain.person import NamePart, Person
from app.importing.dedupe import norm
from app.matching.score import names_as_read
from app.name_spellings import FOREBEARS, HER_OWN, known_spellings, whole_name
from db.repositories.audit import AuditRow
from db.repositories.matching import MergeRow

if TYPE_CHECKING:
    from app.session import VaultSession

# Marks a vault whose merges keep a father's, grandfather's or clan's other spelling inside her
# whole name, as this version's merge does: an earlier one made each such word an alias of
# hers ("Khalil | Ali"), and her dossier listed her father's name as her own.
MERGE_ALIAS_MARK, MERGE_ALIAS_RULE = "merge_aliases", "1"
# Parts whose other spelling an earlier merge made an alias of hers, though no name of hers.
_RELATIVES = (*FOREBEARS, NamePart.MOTHER)
# Edits by a person: an alias one of them added is hers, whatever it spells.
_BY_HAND = ("person.edit", "person.undo")


def ensure_merge_aliases(session: VaultSession) -> list[str]:
    """Once per vault saved by an earlier version: each alias a merge still open added that is
    the merged record's father's, grandfather's, clan's or mother's name alone becomes her
    whole name as that record writes it (a mother's name, no part of it, only goes: the
    merged record keeps it, as it keeps every name). Only what the merge says it added (the
    merges table's 'added'), still hers, no spelling of a name the merged record gives her
    (its given name, nickname, aliases), and not added again by hand since: an alias a person
    typed stays. The merge's 'added' is changed with it, so split takes back the whole name
    and leaves an alias typed later. Each case number changed, in the audit trail."""
    meta = session.meta
    if int(meta.get(MERGE_ALIAS_MARK) or 0) >= int(MERGE_ALIAS_RULE):
        return []
    changed: list[str] = []
    with session.db.transaction():
        for row in session.matching.repo.open_merges():
            if _set_right(session, row):
                changed.append(session.persons.get_by_id(row.survivor_id).case_no)
        if changed:
            session.audit.append("vault.merge_aliases", "vault", detail={
                "rule": MERGE_ALIAS_RULE, "changed": sorted(set(changed)),
                "why": "a merge made a merged record's father's, grandfather's, clan's or "
                "mother's name alone an alias of hers: each is now inside her whole name as "
                "that record writes it"})
        meta.set(MERGE_ALIAS_MARK, MERGE_ALIAS_RULE)
    return changed


def _set_right(session: VaultSession, row: MergeRow) -> bool:
    """One merge's aliases set right; True if any was."""
    persons = session.persons
    her = persons.get_by_id(row.survivor_id)
    merged = persons.get_by_id(row.merged_id)
    # What the merge took from the merged record came with the records merged into it too.
    group = [merged, *persons.get_many([pid for pid, _ in
                                        persons.repo.merged_beneath(merged.id)])]
    typed: set[str] | None = None  # read when first needed: most merges have nothing to do
    added = list(row.added.get("aliases", []))
    replaced = []
    for alias in row.added.get("aliases", []):
        if alias not in her.aliases:
            continue
        found = _relatives_name(alias, group)
        if found is None:
            continue
        added.remove(alias)
        if typed is None:
            typed = _typed_since(persons.history(her.case_no), merged.case_no)
        if alias in typed:  # hers now by a person's word: it stays, and split leaves it
            continue
        record, part, script = found
        her.aliases.remove(alias)
        instead = ""  # a mother's name: no name of hers holds it
        if part in FOREBEARS:
            instead = whole_name(her, names_as_read(record, her), script)
            if norm(instead) not in known_spellings(her):  # else already hers (two parts)
                her.aliases.append(instead)
                added.append(instead)
        replaced.append({"alias": alias, "was": f"{part.value}.{script}",
                         "of": record.case_no, "now": instead})
    if added != row.added.get("aliases", []):
        session.matching.repo.set_merge_added(row.id, {**row.added, "aliases": added})
    if not replaced:
        return False
    persons.update(her, action="person.merge_aliases",
                   detail={"merged": merged.case_no, "replaced": replaced})
    return True


def _relatives_name(alias: str, group: list[Person]) -> tuple[Person, NamePart, str] | None:
    """The record, part and script of the group whose father's, grandfather's, clan's or
    mother's name the alias spells; None when it spells a name the group gives her (a given
    name, nickname or alias: a grandson named for his grandfather keeps his own alias)."""
    key = norm(alias)
    if any(key in {norm(a) for a in p.aliases} for p in group) or any(
            key in {norm(t.original), norm(t.latin)}
            for p in group for part, t in p.names.items() if part in HER_OWN):
        return None
    return next(((p, part, script) for p in group for part in _RELATIVES
                 if part in p.names for script in ("original", "latin")
                 if getattr(p.names[part], script).strip()
                 and norm(getattr(p.names[part], script)) == key), None)


def _typed_since(history: list[AuditRow], merged_case: str) -> set[str]:
    """Aliases added by a person's own edit after the (last) merge of merged_case into her."""
    at = max((e.seq for e in history if e.action == "person.merge"
              and _detail(e).get("merged") == merged_case), default=0)
    typed: set[str] = set()
    for e in history:
        if e.seq > at and e.action in _BY_HAND:
            change = (_detail(e).get("changes") or {}).get("aliases")
            if isinstance(change, list) and len(change) == 2:
                typed |= set(str(change[1]).split(" | ")) - set(str(change[0]).split(" | "))
    return typed


def _detail(entry: AuditRow) -> dict:
    try:
        detail = json.loads(entry.detail or "{}")
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}
