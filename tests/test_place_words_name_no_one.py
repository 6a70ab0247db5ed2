"""Which words of a place typed stand in a known place's name (app/matching/place_words.py,
app/reports/known_places.py), and so are never read as a person's name there: a village is
named after a saint or a man (Siba Sheikh Khidir), and read as a name it was held back from
her paper for a brother Khidir still held."""

from __future__ import annotations

from app.matching.namesim import text_tokens
from app.reports.known_places import known_places


def _kept(place: str, vault: dict[str, int] | None = None) -> list[str]:
    """The words of place left to be read as names."""
    words = text_tokens(place)
    at = known_places(vault or {}).at(words)
    return [w for i, w in enumerate(words) if i not in at]


def test_a_known_village_in_any_script_leaves_no_word():
    for place in ("Siba Sheikh Khidir", "siba şêx xidir", "سيبا شيخ خدر", "صيبا شيخ خضر",
                  "Kocho", "Koço", "Tel Ezer", "Til Ezêr"):
        assert _kept(place) == [], place


def test_the_words_of_a_place_beside_a_name_leave_the_name():
    assert _kept("house of Khalil Hassan's brother (he is still held), Tal Afar") == [
        "house", "of", "khalil", "hassans", "brother", "he", "is", "still", "held"]
    # the article and a preposition glued to it: بالرقة, in Raqqa
    assert _kept("مع اختها ليلى في الرقة") == ["مع", "اختها", "ليلي", "في"]
    assert _kept("عند ليلى بالموصل") == ["عند", "ليلي"]


def test_two_words_of_a_longer_name_are_that_place_and_one_alone_is_not():
    assert _kept("Sheikh Khidir") == []
    assert _kept("with Khidir") == ["with", "khidir"]
    # the village's own word beside it is a person's as ever
    assert _kept("Siba Sheikh Khidir, with her brother Khidir") == [
        "with", "her", "brother", "khidir"]


def test_the_vaults_own_villages_count_where_several_records_hold_a_plain_name():
    assert _kept("Tel Banat", {"Tel Banat": 3}) == []
    assert _kept("Tel Banat", {"Tel Banat": 1}) == ["tel", "banat"]
    # a note typed into one village box (or several) is no place's name
    assert _kept("Kocho, with Layla", {"Kocho, with Layla": 2}) == ["with", "layla"]
