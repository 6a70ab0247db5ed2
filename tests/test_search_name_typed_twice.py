"""A name typed twice (بشار بشار, Bashar son of Bashar) lifts the man who holds it twice above
every namesake who holds it once, however many namesakes there are, and costs no one else: a
namesake keeps the score he had (Nadia Nadia), as does a word doubled by mistake (Samira Samira
Elias), and a mother's name does not stand in for the second word."""


from tests.search_engine_of import engine_of

FATHERS = ["عيدو", "سعيد", "خدر", "أحمد", "حسن", "خليل", "مراد", "قاسم", "علي", "صالح"]
# 80 namesakes numbered below him, so a page cut by id alone would leave him out.
PEOPLE = {i: [("given", "بشار"), ("given", "Bashar"), ("father", FATHERS[i % 10])]
          for i in range(1, 81)}
PEOPLE[500] = [("given", "بشار"), ("given", "Bashar"), ("father", "بشار"), ("father", "Bashar"),
               ("grandfather", "شاكر")]
PEOPLE[501] = [("given", "Başar"), ("father", "Beshar")]
PEOPLE[600] = [("given", "Nadia"), ("father", "Khalil")]
PEOPLE[601] = [("given", "Nadia"), ("father", "Murad"), ("mother", "Nadia")]
PEOPLE[602] = [("given", "Layla"), ("father", "Murad"), ("mother", "Nadia")]
PEOPLE[610] = [("given", "Samira"), ("father", "Elias"), ("grandfather", "Haydar")]
PEOPLE[611] = [("given", "Samira"), ("father", "Elias"), ("grandfather", "Qasim")]


def engine():
    return engine_of(PEOPLE)


def test_name_twice_ranks_him_above_namesakes():
    ids = [h.person_id for h in engine().search("Bashar Bashar", typing=False)]
    assert set(ids[:2]) == {500, 501}
    hits = engine().search("بشار بشار", typing=False, limit=100)
    assert hits[0].person_id == 500 and 501 in [h.person_id for h in hits]


def _scores(query: str) -> dict[int, float]:
    return {h.person_id: h.score for h in engine().search(query, limit=200, typing=False)}


def test_namesakes_keep_their_score():
    twice, once = _scores("Nadia Nadia"), _scores("Nadia")
    assert twice[600] >= 0.9 and twice[600] >= twice[601] > twice.get(602, 0.0)
    assert once[600] >= once[602]
    doubled = _scores("Samira Samira Elias")
    assert doubled[610] >= 0.9 and doubled[611] >= 0.9


def test_name_once_still_finds_them_all_alike():
    hits = engine().search("بشار", limit=100, typing=False)
    assert len(hits) >= 81
