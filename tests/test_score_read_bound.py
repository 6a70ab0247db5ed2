"""The second bound staging asks of a candidate before scoring it (score_read_at_most: the
names as they are, or another reading at its best) is never below the pair's score, and rules
out pairs the first bound lets through (namesakes of another father)."""

import random

from app.domain.person import Sex
from app.matching.score import prepare, score_at_most, score_prepared, score_read_at_most
from tests.test_match_scoring import person
from tests.test_score_bound import _random_person


def test_no_pair_scores_above_its_second_bound():
    rng = random.Random(17)
    people = [prepare(_random_person(rng)) for _ in range(400)]
    tighter = 0
    for a in people:
        for b in rng.sample(people, 40):
            bound = score_read_at_most(a, b)
            assert score_prepared(a, b, explain=False).score <= bound + 1e-9, (a, b)
            assert bound <= score_at_most(a, b) + 1e-9
            tighter += bound < 0.75 <= score_at_most(a, b)
    assert tighter > 100  # worth asking: it rules out pairs the first bound lets through


def test_a_namesake_of_another_father_is_bounded_below_the_threshold():
    a = prepare(person("نادية", "خليل", "حسن", "حسكاني", sex=Sex.FEMALE, birth="2000",
                       village="Kocho"))
    b = prepare(person("نادية", "قاسم", "حسن", "حسكاني", sex=Sex.FEMALE, birth="1990",
                       village="Sinune"))
    assert score_at_most(a, b) >= 0.75 > score_read_at_most(a, b)
    same = prepare(person("Nadia", "Khalil", "Hassan", "Haskani", sex=Sex.FEMALE, birth="2000"))
    assert score_read_at_most(a, same) >= score_prepared(a, same).score > 0.75


def test_a_reading_of_the_names_in_other_columns_is_bounded_too():
    # her list left out the father: "Nadia Taha Haji" is read as Nadia Murad Taha Haji
    a = prepare(person("نادية", "طه", "", "حجي", sex=Sex.FEMALE, birth="2000"))
    b = prepare(person("نادية", "مراد", "طه", "حجي", sex=Sex.FEMALE, birth="2000"))
    s = score_prepared(a, b)
    assert s.note  # read otherwise
    assert score_read_at_most(a, b) >= s.score
