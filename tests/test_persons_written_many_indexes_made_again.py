"""Many persons written at once (a long list's import, the demo) set the persons table's indexes
aside and make them again after: the same indexes, whole, as writing each row into them gives;
an error part way leaves them as they were, with the vault."""

from __future__ import annotations

import random

import pytest

from app.persons import PersonService
from db import bulk_indexes
from tests.test_score_bound import _random_person

INDEXES = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons' "
           "ORDER BY name")
# what each index holds, read through it (INDEXED BY: not the table)
THROUGH = {"persons_sort_latin": "sort_latin, case_no, merged_into",
           "persons_sort_original": "sort_original, case_no, merged_into",
           "persons_name": "name_latin, name_original",
           "persons_status": "current_status, case_no",
           "persons_village": "origin_village, case_no"}


_WRITE = PersonService._write_batch


def _people(seed: int, n: int):
    rng = random.Random(seed)
    return [_random_person(rng) for _ in range(n)]


def _held(conn) -> dict[str, list[tuple]]:
    return {name: conn.execute(f"SELECT {cols} FROM persons INDEXED BY {name} "
                               f"ORDER BY {cols}").fetchall() for name, cols in THROUGH.items()}


@pytest.fixture
def few_are_many(monkeypatch):
    monkeypatch.setattr(bulk_indexes, "SET_ASIDE_FROM", 10)


def _watch_writes(monkeypatch, conn) -> list[set[str]]:
    """The persons indexes standing as each batch is written."""
    seen: list[set[str]] = []

    def watched(self, people, detail):
        seen.append({r[0] for r in conn.execute(INDEXES)})
        return _WRITE(self, people, detail)

    monkeypatch.setattr(PersonService, "_write_batch", watched)
    return seen


def test_indexes_set_aside_and_made_again_hold_what_row_by_row_gives(vault_template, tmp_path,
                                                                     monkeypatch):
    held, stood = {}, {}
    for way, mark in (("aside", 10), ("row_by_row", 10**9)):
        monkeypatch.setattr(bulk_indexes, "SET_ASIDE_FROM", mark)
        s = vault_template.open_copy(tmp_path / way)
        try:
            conn = s.db.conn
            before = conn.execute(INDEXES).fetchall()
            assert {n for n, _ in before} >= set(THROUGH)
            seen = _watch_writes(monkeypatch, conn)
            s.persons.create_many(_people(2, 40), batch=15)
            stood[way] = seen
            # made again after: the same statements, whole
            assert conn.execute(INDEXES).fetchall() == before
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            held[way] = _held(conn)
        finally:
            s.close()
    # set aside while the rows were written (three batches), standing throughout otherwise
    assert len(stood["aside"]) == 3 and all(not (s & set(THROUGH)) for s in stood["aside"])
    assert all(set(THROUGH) <= s for s in stood["row_by_row"])
    assert all(len(rows) == 40 for rows in held["aside"].values())
    assert held["aside"] == held["row_by_row"]


def test_few_persons_into_a_larger_vault_go_into_the_indexes_row_by_row(session, few_are_many,
                                                                        monkeypatch):
    session.persons.create_many(_people(3, 60))
    seen = _watch_writes(monkeypatch, session.db.conn)
    session.persons.create_many(_people(4, 20))  # fewer than half the 60 held
    assert seen and all(set(THROUGH) <= s for s in seen)


def test_an_error_part_way_leaves_indexes_and_vault_as_they_were(session, few_are_many,
                                                                 monkeypatch):
    conn = session.db.conn
    before = conn.execute(INDEXES).fetchall()
    calls = []

    def failing(self, people, detail):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the disk is full")
        return _WRITE(self, people, detail)

    monkeypatch.setattr(PersonService, "_write_batch", failing)
    with pytest.raises(RuntimeError):
        session.persons.create_many(_people(5, 40), batch=15)
    assert conn.execute(INDEXES).fetchall() == before
    assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
