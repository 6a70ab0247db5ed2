"""The cheap bound duplicate search uses to skip a pair is never below the pair's score, and
skipping by it leaves the pairs found as they were."""

import random
from copy import deepcopy

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Sex
from app.matching.blocking import candidate_pairs, find_duplicates, keys_and_mask
from app.matching.score import prepare, score_at_most, score_prepared
from tests.test_match_scoring import person

# Spellings of one name and of names near it, in both scripts, so that parts agree, nearly
# agree and disagree; a clan written under the grandfather or the father left out is read
# by scoring in another way (score.READINGS), which the bound must also cover.
_NAMES = ["خليل", "Khaleel", "خلف", "Xelef", "حسن", "Hassan", "حسين", "Hussein", "الياس",
          "Elias", "نادية", "Nadia", "نادر", "سعيد", "Saeed", "سعد", "قاسم", "Qasim", "الدخي",
          "Dakhi", "بسمة", "Basma", "باسمة", "جميلة", "Jamil", "محمد", "محمود", ""]
_BIRTHS = ["", "1990", "1992", "2001", "1970", "about 1998", "age 12 in 2026"]
_VILLAGES = ["", "Kocho", "كوجو", "Tal Qasab", "Sinune"]


def _random_person(rng: random.Random):
    names = [rng.choice(_NAMES) for _ in range(5)]
    if rng.random() < 0.15:
        names[0] = f"{rng.choice(_NAMES)} {rng.choice(_NAMES)}".strip()  # a whole name in one
    p = person(*names, sex=rng.choice(list(Sex)), village=rng.choice(_VILLAGES),
               aliases=[rng.choice(_NAMES)] if rng.random() < 0.1 else ())
    p.birth = FuzzyDate.parse_birth(rng.choice(_BIRTHS))
    if rng.random() < 0.5:
        p.abduction_date = FuzzyDate.parse(rng.choice(["2014-08-03", "2015", "2014"]))
    return p


def test_no_pair_scores_above_its_bound():
    rng = random.Random(11)
    people = [prepare(_random_person(rng)) for _ in range(400)]
    below = 0
    for a in people:
        for b in rng.sample(people, 40):
            bound = score_at_most(a, b)
            assert score_prepared(a, b, explain=False).score <= bound + 1e-9, (a, b)
            below += bound < 0.87
    # and the bound is worth having: it rules out a good share of pairs on its own
    assert below > 1000


def test_the_bound_rules_out_namesakes_of_another_birth_and_village():
    a = prepare(person("نادية", "خليل", "حسن", sex=Sex.FEMALE, birth="2000", village="Kocho"))
    b = prepare(person("نادية", "خلف", "حسين", sex=Sex.FEMALE, birth="1970",
                       village="Sinune"))
    assert score_at_most(a, b) < 0.87
    same = prepare(person("Nadia", "Khalil", "Hassan", sex=Sex.FEMALE, birth="2000"))
    assert score_at_most(a, same) >= score_prepared(a, same).score > 0.87


def test_duplicate_search_finds_the_same_pairs_as_scoring_every_candidate():
    rng = random.Random(5)
    people = {i: _random_person(rng) for i in range(200)}
    for i in range(200):  # each again, a part left out, her birth or village as another list has
        again = deepcopy(people[i])
        again.names.pop(rng.choice(list(NamePart)[1:4]), None)
        again.birth = FuzzyDate.parse_birth(rng.choice(_BIRTHS))
        again.origin_village = rng.choice(_VILLAGES)
        people[200 + i] = again
    found = find_duplicates(people)
    prepared = {i: prepare(p) for i, p in people.items()}
    for a, b, s in found:
        assert s.score == score_prepared(prepared[a], prepared[b]).score
    # every candidate pair scoring at or above the threshold is among those found
    pairs = candidate_pairs([(i, *keys_and_mask(p)) for i, p in people.items()])
    expected = {(a, b) for a, b in pairs
                if score_prepared(prepared[a], prepared[b], explain=False).score >= 0.87}
    assert expected <= {(a, b) for a, b, _ in found}
    assert expected, "the random records hold some likely pairs"
