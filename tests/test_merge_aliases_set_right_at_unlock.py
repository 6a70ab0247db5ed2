"""A vault an earlier version merged in, whose merge made the merged record's father's,
grandfather's or mother's name alone an alias of hers ("Khaleel | Viyan | Alee | Nisrin"), is
set right once at its first unlock: each such alias the merge added becomes her whole name as
that record writes it, an alias typed by hand stays, and split still gives everything back."""

from __future__ import annotations

import json

from app.domain.person import NamePart, Person, Sex
from app.merge_aliases import MERGE_ALIAS_MARK
from tests.import_helpers import new_vault, reopen

KEPT = {"given": ("ڤيان", "Vian"), "father": ("خليل", "Khalil"), "grandfather": ("علي", "Ali"),
        "family": ("شرقي", "Sharqi"), "mother": ("نسرين", "Nisreen")}
OTHER = {"given": ("ڤیان", "Viyan"), "father": ("خەلیل", "Khaleel"),
         "grandfather": ("عەلی", "Alee"), "family": ("شەرقی", "Şarqi"),
         "mother": ("نەسرین", "Nisrin")}
# What the earlier version's merge of these two records stored, word for word.
EARLIER_ADDED = ["Khaleel", "Viyan", "Alee", "Nisrin"]


def _person(s, names: dict, aliases: list[str]) -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Tel Qasab", aliases=list(aliases))
    for part, (original, latin) in names.items():
        p.name(NamePart(part)).original, p.name(NamePart(part)).latin = original, latin
    return s.persons.create(p)


def _merged_by_the_earlier_version(folder, *edits: list[str]) -> tuple[str, str]:
    """Her record (an alias Xelo typed before) with the other merged into it, stored as the
    earlier version left them, with no rule mark; then each edit by hand: her aliases as the
    lawyer saved them. Returns (kept, merged) case numbers."""
    s = new_vault(folder)
    try:
        her, other = _person(s, KEPT, ["Xelo"]), _person(s, OTHER, [])
        s.matching.merge(her.case_no, other.case_no)
        with s.db.transaction():
            stored = s.persons.get(her.case_no)
            stored.aliases = ["Xelo", *EARLIER_ADDED]
            assert s.persons.repo.update(stored, stored.version)
            (row,) = s.matching.repo.open_merges()
            s.matching.repo.set_merge_added(row.id, {**row.added, "aliases": EARLIER_ADDED})
            s.db.conn.execute("DELETE FROM vault_meta WHERE key=?", (MERGE_ALIAS_MARK,))
        for aliases in edits:
            typed = s.persons.get(her.case_no)
            typed.aliases = aliases
            s.persons.update(typed)
        return her.case_no, other.case_no
    finally:
        s.close()


def _entries(s, action: str) -> list[dict]:
    return [json.loads(e.detail) for e in s.audit.history("vault", "") if e.action == action]


def test_her_relatives_names_alone_become_her_whole_name_once_and_split_takes_it_back(tmp_path):
    kept, merged = _merged_by_the_earlier_version(tmp_path / "vault")
    s = reopen(tmp_path / "vault")
    try:
        # her father's and grandfather's Latin spellings inside her name written whole; her
        # mother's, no part of her name, only goes (the merged record keeps it)
        assert s.persons.get(kept).aliases == ["Xelo", "Viyan", "Viyan Khaleel Alee Şarqi"]
        found = s.search.search("Khaleel Alee", typing=False)[0]
        assert found.case_no == kept
        assert ("alias", "Khaleel") not in s.search.names_matched([found])[0]
        assert [e["changed"] for e in _entries(s, "vault.merge_aliases")] == [[kept]]
        (fixed,) = [json.loads(e.detail) for e in s.persons.history(kept)
                    if e.action == "person.merge_aliases"]
        assert fixed["merged"] == merged and [(r["alias"], r["now"]) for r in fixed[
            "replaced"]] == [("Khaleel", "Viyan Khaleel Alee Şarqi"),
                             ("Alee", "Viyan Khaleel Alee Şarqi"), ("Nisrin", "")]
        assert s.audit.verify().ok
        s.matching.split(merged)
        assert s.persons.get(kept).aliases == ["Xelo"]
    finally:
        s.close()
    s = reopen(tmp_path / "vault")  # once: the next unlock finds nothing to do
    try:
        assert len(_entries(s, "vault.merge_aliases")) == 1
    finally:
        s.close()


def test_an_alias_typed_by_hand_since_the_merge_stays_and_split_leaves_it(tmp_path):
    """The lawyer took Alee out and typed it back: it is hers now, whatever it spells."""
    kept, merged = _merged_by_the_earlier_version(
        tmp_path / "vault", ["Xelo", "Khaleel", "Viyan", "Nisrin"],
        ["Xelo", "Khaleel", "Viyan", "Nisrin", "Alee"])
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.get(kept).aliases == ["Xelo", "Viyan", "Alee",
                                               "Viyan Khaleel Alee Şarqi"]
        s.matching.split(merged)
        assert s.persons.get(kept).aliases == ["Xelo", "Alee"]
    finally:
        s.close()
