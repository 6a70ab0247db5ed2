"""Staging a long list takes shortcuts (a candidate bounded before it is scored, its birth and
village weighed once, the names' readings and part evidence cached): each gives what the long
way gives, pair by pair."""

import random

import pytest

from app.importing.dedupe import (
    ASKED,
    PARTIAL_AT,
    _kept_below_asked,
    _nameless_daughter,
    _worth_a_look,
    names_agree,
)
from app.matching.blocking import BlockIndex, _text_skeletons, keys_and_mask
from app.matching.given_clan import given_and_family
from app.matching.score import (
    beyond_names,
    births_far,
    given_alone,
    given_rules_out,
    part_evidence,
    prepare,
    same_kunya,
    score_at_most,
    score_prepared,
)
from tests.test_score_bound import _random_person


def _people(seed: int, n: int):
    rng = random.Random(seed)
    return [_random_person(rng) for _ in range(n)]


def test_weighing_birth_and_village_once_changes_no_score_nor_bound():
    people = [prepare(p) for p in _people(3, 150)]
    for a in people:
        for b in people[:60]:
            beyond = beyond_names(a, b)
            assert score_prepared(a, b, explain=False, beyond=beyond) \
                == score_prepared(a, b, explain=False)
            assert score_prepared(a, b, beyond=beyond) == score_prepared(a, b)
            assert score_at_most(a, b, beyond) == score_at_most(a, b)


def _worth_a_look_long_way(a, b) -> bool:
    return names_agree(a, b, PARTIAL_AT) or given_alone(a, b) or given_and_family(a, b) \
        or _nameless_daughter(a, b) or births_far(a, b) and names_agree(a, b, at_least=1) \
        or same_kunya(a, b)


def test_worth_a_look_says_what_each_test_says():
    people = [prepare(p) for p in _people(4, 200)]
    kept = 0
    for a in people:
        for b in people:
            assert _worth_a_look(a, b) == _worth_a_look_long_way(a, b), (a, b)
            kept += _worth_a_look(a, b)
    assert kept > 100  # the random records hold pairs it keeps, not only pairs it refuses


def _kept_the_long_way(a, b) -> bool:
    """Import's keep, every pair scored: worth a look, or squeezed below ASKED from ASKED."""
    unsqueezed = score_prepared(a, b, explain=False).unsqueezed
    return _worth_a_look(a, b) or unsqueezed is not None and unsqueezed >= ASKED


@pytest.mark.parametrize("min_score, keep, long_way", [
    (0.75, lambda a, b, _scored: _worth_a_look(a, b), _worth_a_look),
    # import's own: a pair bounded below ASKED is handed to keep unscored
    (ASKED, _kept_below_asked, _kept_the_long_way)])
def test_bounded_candidates_are_those_scoring_every_candidate_keeps(min_score, keep, long_way):
    people = _people(5, 300)
    index = BlockIndex()
    for i, p in enumerate(people[:200]):
        index.add(i, p)
    kept = 0
    for p in people[200:]:
        me = prepare(p)
        got = index.scores(me, p, min_score, looked_at=6, keep=keep)
        expected = []
        for pid in index.candidate_ids(p, limit=6, me=me):
            other = index.entries[pid].ready()
            if given_rules_out(me, other, min_score):
                continue
            s = score_prepared(me, other, explain=False).score
            if s >= min_score or long_way(me, other):
                expected.append((s, pid))
        expected.sort(key=lambda t: (-t[0], t[1]))
        assert got == expected
        kept += len(got)
    assert kept


def test_cached_readings_of_a_name_are_those_worked_out_anew():
    people = _people(6, 200)
    texts = {getattr(t, s).strip() for p in people for t in p.names.values()
             for s in ("original", "latin")} | {"ژیلان", "وەزحە", "Xezal Xidir"}
    for text in texts:
        assert _text_skeletons(text) == _text_skeletons.__wrapped__(text)
    keys = [keys_and_mask(p) for p in people]
    _text_skeletons.cache_clear()
    assert keys == [keys_and_mask(p) for p in people]


def test_cached_part_evidence_is_the_evidence_worked_out_anew():
    people = [prepare(p) for p in _people(7, 120)]
    for a in people:
        for b in people[:40]:
            for part, fa in a.forms.items():
                if part in b.forms:
                    assert part_evidence(part, fa, b.forms[part]) \
                        == part_evidence.__wrapped__(part, fa, b.forms[part])
