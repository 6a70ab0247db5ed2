"""Which words of a place typed stand in a known place's name (app/matching/place_words.py,
app/reports/known_places.py), and so are never read as a person's given name alone there: a
village is named after a saint or a man (Siba Sheikh Khidir), and read as a name it was held
back from her paper for a brother Khidir still held. Only a place's name whole, in any spelling
of it, and never beside a kinship word: Siba, Hardan and Kurdistan are people's names too."""

from __future__ import annotations

from app.matching.namesim import text_tokens
from app.reports.known_places import known_places


def _kept(place: str) -> list[str]:
    """The words of place left to be read as names."""
    words = text_tokens(place)
    at = known_places().at(words)
    return [w for i, w in enumerate(words) if i not in at]


def test_a_known_village_in_any_script_leaves_no_word():
    for place in ("Siba Sheikh Khidir", "siba şêx xidir", "سيبا شيخ خدر", "صيبا شيخ خضر",
                  "Kocho", "Koço", "Tel Ezer", "Til Ezêr"):
        assert _kept(place) == [], place


def test_the_words_of_a_place_beside_a_name_leave_the_name():
    assert _kept("house of Khalil Hassan's brother (he is still held), Tal Afar") == [
        "house", "of", "khalil", "hassans", "brother", "he", "is", "still", "held"]
    # the article and a preposition glued to it: بالرقة, in Raqqa
    assert _kept("مع ليلى في الرقة") == ["مع", "ليلي", "في"]
    assert _kept("عند ليلى بالموصل") == ["عند", "ليلي"]


def test_only_a_place_named_whole_is_one():
    # Sheikh Khidir is a man of the sheikhs' caste, not a part of Siba Sheikh Khidir
    assert _kept("Sheikh Khidir") == ["sheikh", "khidir"]
    assert _kept("with Khidir") == ["with", "khidir"]
    # the village's own word beside it is a person's as ever
    assert _kept("Siba Sheikh Khidir, with her brother Khidir") == [
        "with", "her", "brother", "khidir"]


def test_a_place_beside_a_kinship_word_or_after_with_is_a_persons_name():
    for typed, name in (("Kocho, taken with her sister Siba", "siba"),
                        ("Raqqa, with her sister Siba", "siba"),
                        ("مع اختها سيبا في الرقة", "سيبا"),
                        ("Mosul, with her brother Hardan", "hardan"),
                        ("Raqqa, with her sister Kurdistan", "kurdistan"),
                        ("Raqqa, with Hardan", "hardan"),
                        ("Raqqa house 45, her sister Siba still there", "siba")):
        assert name in _kept(typed), typed


def test_a_village_of_several_words_in_a_spelling_the_tables_lack_is_that_place():
    for typed in ("Siba Shaikh Khidir", "Siba Sheik Khidir", "Siba Shekh Khidir",
                  "Siba Sh. Khidir", "Siba Shaykh Khidir", "Siba Shex Khidir"):
        assert _kept(typed) == [], typed
    # nor is any two words a village of two: Tel Layla is no Tel Ezer
    assert _kept("Tel Layla") == ["tel", "layla"]
    assert _kept("Siba Khalil is kept") == ["khalil", "is", "kept"]  # read as her pair still


def test_a_place_typed_is_whole_places_only_part_by_part():
    places = known_places()
    assert places.whole("Hardan, Sinjar")
    assert places.whole("Siba Shaikh Khidir")
    # two places' names with no comma: a woman Siba, daughter of Hardan, too
    assert not places.whole("Siba Hardan")
    assert not places.whole("Kocho with Layla")
