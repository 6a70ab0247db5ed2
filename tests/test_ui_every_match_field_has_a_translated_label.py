"""Every field a match's explanation can name (app/matching/score.py) has a label in each of the
desktop's languages: the Duplicates screen's field table said "aliases", the engine's own key,
in the Arabic window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching import score
from app.matching.score import PART_WEIGHTS, score_persons

SCORE_SOURCE = Path(score.__file__).read_text(encoding="utf-8")


def match_fields() -> set[str]:
    """The keys a MatchScore's fields carry: those a pair of full records is explained by, and
    every key score.py writes as a literal (a field added later is found here too)."""
    def person(given: str) -> Person:
        return Person(names={part: NameText("اسم", "Name") for part in PART_WEIGHTS}
                      | {NamePart.GIVEN: NameText(given, ""),
                         NamePart.NICKNAME: NameText("أم خليل", "")},
                      aliases=["Xelîl"], sex=Sex.FEMALE)
    scored = {f.field for f in score_persons(person("نادية"), person("ناديا")).fields}
    written = set(re.findall(r'(?:FieldResult|_dates)\(\s*"(\w+)"', SCORE_SOURCE))
    return scored | written | {str(part) for part in PART_WEIGHTS}


def test_the_fields_are_found():
    assert {"given", "father", "mother", "aliases", "sex", "birth", "village",
            "abduction"} <= match_fields()


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_each_has_a_label_in_each_language(qapp, new_translations, lang):
    from ui.i18n import apply_language
    from ui.labels import field_names

    english = field_names()
    missing = sorted(f for f in match_fields() if f not in english)
    assert not missing, f"no label for {missing}"
    apply_language(qapp, lang)
    try:
        said = field_names()
    finally:
        apply_language(qapp, "en")
    untranslated = sorted(f for f in match_fields() if said[f] == english[f])
    assert not untranslated, f"{lang}: {untranslated} not translated"
