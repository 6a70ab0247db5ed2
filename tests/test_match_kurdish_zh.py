"""Arabic has no zh: it writes a Kurdish ژ as ج (ژیلان, جيلان; ڕۆژ, روج). A Sorani list's
ژیلان خەلەف حەسەن meets the vault's جيلان خلف حسن (blocking and scoring alike), as search
already found her; a ز spelt ج stays another name."""

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.dedupe import RowMatcher
from app.matching.blocking import find_duplicates
from app.matching.namesim import text_sim


def woman(pid: int, given: str, father: str, grandfather: str, latin=("", "", "")) -> Person:
    p = Person(id=pid, case_no=f"SNJ-{pid:05d}", sex=Sex.FEMALE, origin_village="Tel Qasab")
    for part, text, lat in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER),
                               (given, father, grandfather), latin, strict=True):
        p.names[part] = NameText(text, lat)
    return p


def test_a_kurdish_zh_is_the_arabic_jim():
    assert text_sim("ژیلان", "جيلان") >= 0.97
    assert text_sim("ڕۆژ", "روج") >= 0.97
    assert text_sim("زيلان", "جيلان") < 0.9  # an Arabic ز is no ج


def test_a_sorani_row_meets_her_arabic_record():
    vault = [woman(1, "جيلان", "خلف", "حسن", ("Cîlan", "Xelef", "Hesen")),
             woman(2, "نادية", "مراد", "باسي")]
    m = RowMatcher(vault).match(woman(0, "ژیلان", "خەلەف", "حەسەن"), 2)
    assert m is not None and m.person_id == 1 and m.score >= 0.95


def test_duplicates_pairs_them():
    pairs = find_duplicates({1: woman(1, "جيلان", "خلف", "حسن"),
                             2: woman(2, "ژیلان", "خەلەف", "حەسەن")})
    assert [(a, b) for a, b, _ in pairs] == [(1, 2)]
