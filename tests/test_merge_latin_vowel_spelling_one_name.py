"""Latin letters only: Vien is Vian spelt another way (the demo's own duplicate), not another
given name, so merge takes the two without --despite-contradiction; sisters' names a vowel
apart (Samira and Samia, Basima and Basma) are still two names it refuses."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.score import score_persons


def _woman(given: str, father: str, grandfather: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given), NamePart.FATHER: NameText(father),
                         NamePart.GRANDFATHER: NameText(grandfather)}, sex=Sex.FEMALE)


def test_vien_is_vian_spelt_otherwise():
    s = score_persons(_woman("Vian", "Khalil", "Ali"), _woman("Vien", "Khaleel", "Alee"))
    assert s.merge_doubts() == []
    assert next(f for f in s.fields if f.field == "given").verdict == "match"


@pytest.mark.parametrize("a, b", [("Samira", "Samia"), ("Basima", "Basma")])
def test_sisters_names_stay_two(a, b):
    s = score_persons(_woman(a, "Khalil", "Ali"), _woman(b, "Khalil", "Ali"))
    assert [f.field for f in s.merge_doubts()] == ["given"]


def test_merge_takes_vian_and_vien(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for args in (("Vian", "Khalil", "Ali"), ("Vien", "Khaleel", "Alee")):
        out = cli("person", "add", "--given", args[0], "--father", args[1], "--grandfather",
                  args[2], "--sex", "F", "--village", "Kocho", "--status", "missing")
        assert out.returncode == 0, out.stderr
    out = cli("merge", "SNJ-00001", "SNJ-00002")
    assert out.returncode == 0, out.stderr
