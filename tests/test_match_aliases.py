"""A name recorded as her alias, met as a list's given name: it is her name, yet must not let a
sister's or a brother's name through."""

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.score import Verdict, score_persons


def khalida(**extra) -> Person:
    """DEMO-00003 of the demo vault, as the testers saw her."""
    p = Person(sex=Sex.FEMALE, origin_village="Hardan", **extra)
    for part, ar, la in ((NamePart.GIVEN, "خالدة", "Khalida"), (NamePart.FATHER, "شيخو", "Shekho"),
                         (NamePart.GRANDFATHER, "دخيل", "Dakhil"),
                         (NamePart.FAMILY, "حمداني", "Hamdani")):
        p.names[part] = NameText(ar, la)
    return p


def row(given: str, father="شێخۆ", grandfather="دخیل") -> Person:
    p = Person(sex=Sex.FEMALE, origin_village="Hardan")
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        p.names[part] = NameText(text, "")
    return p


def given(result):
    return next(f for f in result.fields if f.field == "given")


def test_a_given_name_equal_to_her_recorded_alias_agrees_as_fully_as_her_given_name():
    """A list's خالۆ (Khalo), recorded as an alias of Khalida: asked about as only a partial
    agreement of given names."""
    her = khalida(aliases=["خالۆ"])
    by_alias = score_persons(row("خالۆ"), her)
    by_name = score_persons(row("خالدة"), her)
    assert given(by_alias).verdict == Verdict.MATCH
    assert by_alias.score >= by_name.score - 1e-9
    assert "خالۆ" in given(by_alias).right  # the alias it agreed with is shown


def test_the_alias_agrees_after_normalisation_not_only_letter_for_letter():
    """The alias typed with Arabic letters, the list in Sorani ones."""
    her = khalida(aliases=["خالو"])
    assert given(score_persons(row("خالۆ"), her)).verdict == Verdict.MATCH
    assert given(score_persons(row("KHALO"), khalida(aliases=["Khalo"]))).verdict == Verdict.MATCH


def test_an_alias_only_like_the_listed_name_stays_partial():
    """Khalo recorded, Khalu listed: a spelling of the alias is still only a partial agreement
    of given names, as before."""
    r = score_persons(row("Khalu"), khalida(aliases=["Khalo"]))
    assert given(r).verdict == Verdict.PARTIAL


def test_her_alias_does_not_make_her_sisters_name_hers():
    """Her sister Khulud (same father, grandfather, village) against Khalida known as Khalo:
    the alias is no name of the sister's: it changes nothing, and the pair stays apart."""
    known_also = score_persons(row("خلود"), khalida(aliases=["Khalo", "خالۆ"]))
    plain = score_persons(row("خلود"), khalida())
    assert given(known_also).verdict == given(plain).verdict != Verdict.MATCH
    assert known_also.score == plain.score < 0.5


def test_a_sisters_name_kept_as_her_alias_never_makes_the_sister_a_certain_match():
    """An update done all the same across Basma and Basima keeps بسمة as Basima's alias; as an
    exact alias it scored the real Basma's next row 0.986, a certain update of her sister."""
    from app.importing.dedupe import CERTAIN

    basima = Person(sex=Sex.FEMALE, origin_village="Hardan", aliases=["بسمة"])
    for part, ar, la in ((NamePart.GIVEN, "باسمة", "Basima"), (NamePart.FATHER, "خلف", "Khalaf"),
                         (NamePart.GRANDFATHER, "يوسف", "Yousef")):
        basima.names[part] = NameText(ar, la)
    basma = row("بسمة", "خلف", "يوسف")
    result = score_persons(basma, basima)
    assert given(result).verdict != Verdict.MATCH and result.score < CERTAIN
