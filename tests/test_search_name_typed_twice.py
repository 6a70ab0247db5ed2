"""A name typed twice (بشار بشار, Bashar son of Bashar) finds the man who holds it twice above
every namesake who holds it once, however many namesakes there are."""

from collections import defaultdict

from app.matching.query import WordFinder
from app.matching.search_engine import SearchEngine, aggregate, words_of_postings
from app.text.normalize import tokens

FATHERS = ["عيدو", "سعيد", "خدر", "أحمد", "حسن", "خليل", "مراد", "قاسم", "علي", "صالح"]
# 80 namesakes numbered below him, so a page cut by id alone would leave him out.
PEOPLE = {i: [("given", "بشار"), ("given", "Bashar"), ("father", FATHERS[i % 10])]
          for i in range(1, 81)}
PEOPLE[500] = [("given", "بشار"), ("given", "Bashar"), ("father", "بشار"), ("father", "Bashar"),
               ("grandfather", "شاكر")]
PEOPLE[501] = [("given", "Başar"), ("father", "Beshar")]


def engine():
    finder, post = WordFinder(), defaultdict(list)
    for pid, parts in PEOPLE.items():
        for part, text in parts:
            for w in tokens(text):
                finder.add(w)
                post[w].append((pid, part))
    return SearchEngine(finder, lambda per_word, k: aggregate(post, per_word, k),
                        words_of=words_of_postings(post))


def test_name_twice_ranks_him_above_namesakes():
    for query in ("بشار بشار", "Bashar Bashar"):
        ids = [h.person_id for h in engine().search(query, typing=False)]
        assert set(ids[:2]) == {500, 501}, query


def test_name_once_still_finds_them_all_alike():
    hits = engine().search("بشار", limit=100, typing=False)
    assert len(hits) >= 81
