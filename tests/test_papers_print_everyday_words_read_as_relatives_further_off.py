"""Everyday words read as the given name alone of a relative still held two or three links off
(على, "on", as an uncle Ali; said as a grandfather Saeed; summer as a cousin Samir) held back
ordinary reports from a freed woman's court dossier, and her own rescue's date, place and
outcome from her family's dossier and the court's rescue report, which said falsely that the
operation concerned others too. Beyond one link a name alone names a relative only where the
text has a kinship word anywhere ("her aunt Layla", "خالتها التي تدعى ليلى", "Her aunt is
held. Layla is ill"), and a function word as typed (على, said, hemû) never names her. A relative
linked directly is named by them as before the branch: "أخوها على", her brother Ali typed
without the dots of his ya, and "her brother said" printed. A real vault through the command
line for the papers, the reading itself for the words."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.kin_words import is_kin_word
from app.matching.named_in_text import Text
from app.matching.namesim import text_tokens
from tests.built_once import built_once
from tests.report_vault import decoded_text


def _person(*given: str, father: str = "Qasim") -> Person:
    arabic = [g for g in given if not g.isascii()]
    latin = [g for g in given if g.isascii()]
    return Person(names={NamePart.GIVEN: NameText(arabic[0] if arabic else latin[0],
                                                  latin[0] if arabic and latin else ""),
                         NamePart.FATHER: NameText(father, "")}, sex=Sex.FEMALE)


_DALAL = _person("دلال", "Dalal", father="Khairi")


@pytest.mark.parametrize(("relative", "text"), [
    (("سعيد", "Saeed"), "The source said Dalal was kept in a house in Raqqa"),
    (("سمير", "Samir"), "No news of her captor since the summer of 2016"),
    (("ناصر", "Nasser"), "She was moved to the nicer house near the river"),
    (("ناصر", "Nasser"), "Nasir the driver was seen at the checkpoint"),
    (("علي", "Ali"), "شوهدت دلال في سوق الرقة على يد رجل يدعى أبو عمر"),
    (("أمل", "Amal"), "الأمل باق في أن تعود"),
    (("جميل", "Jamil"), "كان البيت جميل جدا"),
    (("نور", "Noor"), "رأت النور بعد سنين"),
    (("شيرين", "Shirin"), "ew şîrîn bû"),
    (("بشار", "Bashar"), "Dalal li bajarê Reqqayê hat dîtin"),
    (("بهار", "Bahar"), "She was seen in the bahar market"),
])
def test_a_relative_two_or_three_links_off_is_not_an_everyday_word(relative, text):
    assert not Text(text, [_DALAL]).names(_person(*relative), given_alone=True,
                                          further_off=True)


@pytest.mark.parametrize(("relative", "text"), [
    (("علي", "Ali"), "تحررت على يد فريق الإنقاذ وسلمت إلى عائلتها في دهوك"),
    (("علي", "Ali"), "عَلى الحدود"),
    (("سعيد", "Saeed"), "The source said so"),
    (("حمو", "Hamo"), "hemû malbata wê li kampê ne"),
    # a kinship word elsewhere in the text does not make the function word a name
    (("علي", "Ali"), "خالتها في الرقة، وتحررت على يد فريق الإنقاذ"),
    (("سعيد", "Saeed"), "Her aunt said she was in Raqqa"),
])
def test_a_function_word_as_typed_names_no_relative_further_off(relative, text):
    assert not Text(text, [_DALAL]).names(_person(*relative), given_alone=True,
                                          further_off=True)


@pytest.mark.parametrize(("relative", "text"), [
    (("علي", "Ali"), "أخوها على محتجز في الرقة، البيت 41"),
    (("سعيد", "Said"), "her brother said is kept in Raqqa, house 53"),
    (("علي", "Ali"), "تحررت على يد فريق الإنقاذ"),
])
def test_a_function_word_as_typed_names_a_relative_linked_directly_as_before(relative, text):
    assert Text(text, [_DALAL]).names(_person(*relative), given_alone=True)


@pytest.mark.parametrize("text", [
    "her aunt Layla is kept in Raqqa, house 45",
    "Layla, her aunt, is kept in Raqqa",
    "خالتها ليلى محتجزة في الرقة",
    "عمتها ليلى في الموصل",
    "xaltiya wê Leyla li Reqqayê ye",
    "Her aunt is held in Raqqa. Layla is ill there.",
    "خالتها التي تدعى ليلى محتجزة في الرقة",
    "Layla, who is her aunt, is held in Raqqa",
])
def test_a_relative_further_off_is_named_where_the_text_has_a_kinship_word(text):
    assert Text(text, [_DALAL]).names(_person("ليلى", "Layla"), given_alone=True,
                                      further_off=True)


@pytest.mark.parametrize(("relative", "text"), [
    (("ليلى", "Layla"), "Layla is kept in Raqqa"),
    (("علي", "Ali"), "خالها علي محتجز في الرقة"),
    (("سعيد", "Saeed"), "Said is kept in Mosul"),
])
def test_a_relative_one_link_off_is_named_by_her_name_alone_as_before(relative, text):
    assert Text(text, [_DALAL]).names(_person(*relative), given_alone=True)


def _ok(cli, *args):
    r = cli(*args)
    assert r.returncode == 0, (args, r.stderr)
    return r


@pytest.fixture
@built_once
def village(cli):
    """Dalal (SNJ-1) and her mother Nadia (SNJ-2), freed; Nadia's brother Ali (SNJ-3), his son
    Samir (SNJ-4) and Nadia's father Saeed (SNJ-5), missing. One operation freed Dalal alone,
    its outcome "freed at the hands of (على يد) the rescue team"; five ordinary reports."""
    _ok(cli, "init", "--prefix", "SNJ")
    for ar, la, father, sex, status in (("دلال", "Dalal", "Khairi", "F", "rescued"),
                                        ("نادية", "Nadia", "Qasim", "F", "rescued"),
                                        ("علي", "Ali", "Qasim", "M", "missing"),
                                        ("سمير", "Samir", "Ali", "M", "missing"),
                                        ("سعيد", "Saeed", "Hassan", "M", "missing")):
        _ok(cli, "person", "add", "--given", ar, "--given", la, "--father", father, "--sex", sex,
            "--abducted", "2014-08-03", "--status", status, "--status-date", "2016",
            "--sharing", "family")
    _ok(cli, "relative", "SNJ-2", "daughter", "SNJ-1")
    _ok(cli, "relative", "SNJ-2", "brother", "SNJ-3")
    _ok(cli, "relative", "SNJ-3", "son", "SNJ-4")
    _ok(cli, "relative", "SNJ-2", "father", "SNJ-5")
    _ok(cli, "rescue", "add", "--person", "SNJ-1", "--date", "2016-05-14", "--from-place",
        "Mosul ZZFROM", "--outcome", "تحررت على يد فريق الإنقاذ وسلمت إلى عائلتها في دهوك")
    for i, text in enumerate(("The source said Dalal was kept in Raqqa ZZSAID",
                              "No news of her captor since the summer of 2016 ZZSUMMER",
                              "شوهدت دلال في سوق الرقة على يد رجل يدعى أبو عمر ZZALA",
                              "Dalal was bought by Abu Omar in Raqqa ZZPLAIN")):
        _ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-1", "--credibility", "2",
            "--received", f"2017-01-0{i + 1}", "--cannot-identify-source", "--text", text)
    return cli


def _paper(cli, tmp_path, *args) -> tuple[str, str]:
    out = tmp_path / "paper.pdf"
    out.unlink(missing_ok=True)
    r = _ok(cli, *args, "-o", str(out))
    return decoded_text(out.read_bytes()), " ".join(r.stdout.split())


def test_her_court_dossier_prints_every_ordinary_report(village, tmp_path):
    text, out = _paper(village, tmp_path, "dossier", "SNJ-1", "--profile", "court")
    assert [w for w in ("ZZSAID", "ZZSUMMER", "ZZALA", "ZZPLAIN", "ZZFROM") if w not in text] == []
    assert "still held" not in out


def test_her_own_rescue_prints_on_her_family_dossier_and_the_court_rescue_report(village,
                                                                                 tmp_path):
    for args in (("dossier", "SNJ-1", "--profile", "family", "--lang", "ar"),
                 ("rescue-report", "1", "--profile", "court")):
        text, out = _paper(village, tmp_path, *args)
        assert "ZZFROM" in text and "2016-05-14" in text and "still held" not in out, args


@pytest.mark.parametrize("word", [
    # Kurmanji, English, Sorani, Arabic words for aunt, uncle, cousin, grandparents, in-laws
    "metik", "Metika", "xaltîk", "dapîr", "Dapîra", "bapîr", "pîrik", "kalik", "jinbira", "bûk",
    "xwesû", "grandma", "grandmother", "granny", "grandpa", "mum", "mom", "dad", "stepmother",
    "aunty", "خاڵۆزاکەی", "پوورزاکەی", "داپیرەکەی", "باپیری", "نەنکی", "بووکەکەی", "کچەمام",
    "حماتها", "كنتها", "سلفتها", "حفيدتها", "نسيبها", "عمو", "أخيها", "أبوها",
])
def test_a_kinship_word_of_each_language_is_one(word):
    assert [is_kin_word(w) for w in text_tokens(word)] == [True]


@pytest.mark.parametrize(("text", "kin"), [
    ("her sister-in-law Amal is held", True),
    ("her in-laws are in Raqqa", True),
    ("Amal is in Raqqa with the law", False),  # "in" and "law" apart are no kinship word
    ("كنت في الرقة", False),  # كنت, "I was", not كنتها, her daughter-in-law
    ("شوهدت مع أبو عمر", False),  # a captor's kunya is no father of hers
])
def test_an_in_law_is_read_whole_and_a_word_like_a_kinship_word_is_not_one(text, kin):
    assert Text(text, [_DALAL]).has_kin_word is kin


@pytest.mark.parametrize("word", ["mamê", "kalê", "diya", "شقيقتها", "شقيقها"])
def test_the_everyday_kurmanji_ezafe_and_arabic_sibling_words_are_kinship_words(word):
    """"mamê wê Xidir", "kalê wê", "diya wê", شقيقتها (her uncle, grandfather, mother, her
    sister): a held uncle two links away printed with the house he is kept in (a reviewer)."""
    assert [is_kin_word(w) for w in text_tokens(word)] == [True]
