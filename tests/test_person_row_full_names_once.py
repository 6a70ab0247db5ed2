"""A person's stored row works out her full names once and sorts by them (persons.sort_latin,
sort_original): the same row as working them out again for each column, whatever names she has
(a given name unknown, written in one script only, a nickname alone, none of the full name)."""

from __future__ import annotations

import random

from app.domain.person import NamePart, NameText, Person, person_names_shown, person_sort_texts
from db.repositories.persons import _person_values

_WORDS = ["خليل", "Xelîl", "حسن", "Hesen", "الياس", "Elias", "أمل", "Amal", "أم خالد", ""]


def _person(rng: random.Random) -> Person:
    p = Person()
    for part in (*list(NamePart)[:4], NamePart.NICKNAME, NamePart.MOTHER):
        if rng.random() < 0.6:  # a part held, perhaps in one script, perhaps blank in both
            p.names[part] = NameText(rng.choice(_WORDS[::2]), rng.choice(_WORDS[1::2]))
    if rng.random() < 0.2:
        p.aliases.append(rng.choice(_WORDS))
    p.case_no, p.uuid, p.created_at, p.updated_at = "SNJ-00001", "u", "t", "t"
    return p


def _row_the_long_way(p: Person) -> tuple:
    row = list(_person_values(p))
    # her full names and sort texts, each worked out on its own as before
    row[2:4] = [p.full_name("original"), p.full_name("latin")]
    row[-2:] = person_sort_texts(p)
    return tuple(row)


def test_row_and_sort_texts_as_worked_out_again():
    rng = random.Random(6)
    kinds = set()
    for _ in range(3000):
        p = _person(rng)
        full = (p.full_name("original"), p.full_name("latin"))
        assert _person_values(p) == _row_the_long_way(p), p.names
        assert person_sort_texts(p, full) == person_sort_texts(p)
        assert person_names_shown(p, full=full) == person_names_shown(p)
        kinds.add((p.given_unknown, bool(any(p.given_across)), not any(full), bool(p.known_as())))
    # every kind of name above met: unknown given name, one across, nickname alone, none
    assert {(True, False, False, False), (False, True, False, False),
            (False, False, True, True), (False, False, True, False)} <= kinds


def test_the_row_holds_her_full_names_in_their_own_columns():
    p = _person(random.Random(1))
    p.names = {NamePart.GIVEN: NameText("نادية", "Nadia"), NamePart.FAMILY: NameText("", "Dakhi")}
    row = _person_values(p)
    assert row[2:4] == ("نادية", "Nadia Dakhi")
    assert row[-2:] == person_sort_texts(p)
