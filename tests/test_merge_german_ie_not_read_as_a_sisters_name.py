"""A list written the German or Dutch way spells a long i as ie (Diena for Dina, Liena for Lina):
such a spelling is not her sister's name with an a there (Diana, Liana, Riama). The pair stays a
given name partly alike, so merge asks first (Vien and Vian are asked alike, the safe side)."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.score import score_persons


def woman(given: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given), NamePart.FATHER: NameText("Khalil"),
                         NamePart.GRANDFATHER: NameText("Ali")}, sex=Sex.FEMALE)


def test_long_i_written_ie_is_not_the_sisters_name():
    for ie, other in [("Diena", "Diana"), ("Liena", "Liana"), ("Riema", "Riama")]:
        s = score_persons(woman(ie), woman(other))
        given = next(f for f in s.fields if f.field == "given")
        assert given.verdict != "match", (ie, other)
        assert [f.field for f in s.merge_doubts()] == ["given"], (ie, other)


def test_long_i_written_ie_is_still_her_own_name():
    for ie, own in [("Diena", "Dina"), ("Liena", "Lina"), ("Riema", "Rima")]:
        assert not score_persons(woman(ie), woman(own)).merge_doubts(), (ie, own)
