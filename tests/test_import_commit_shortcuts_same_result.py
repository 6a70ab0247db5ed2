"""Committing a long list takes shortcuts (records read a few hundred at a time, work done
once that was done several times): each gives what the long way gives."""

from __future__ import annotations

import random

from app.importing import commit
from app.importing.commit import merge_doubts_many, merge_doubts_of
from tests.test_score_bound import _random_person


def test_merge_doubts_read_together_are_each_pairs_own(session, monkeypatch):
    rng = random.Random(8)
    people = [_random_person(rng) for _ in range(60)]
    session.persons.create_many(people)
    ids = [p.id for p in people]
    # a candidate named by several rows, a row without one, pairs over several reads
    pairs = [(rng.choice(ids[:20]), rng.choice(ids[20:])) for _ in range(40)]
    pairs += [(None, ids[30]), (ids[0], ids[59]), (ids[0], ids[58])]
    monkeypatch.setattr(commit, "DOUBTS_READ", 7)
    case = {p.id: p.case_no for p in people}
    one_by_one = [merge_doubts_of(session, case.get(keep, ""), case[other])
                  for keep, other in pairs]
    assert merge_doubts_many(session, pairs) == one_by_one
    assert sum(bool(d) for d in one_by_one) > 5  # the random records hold pairs it refuses
