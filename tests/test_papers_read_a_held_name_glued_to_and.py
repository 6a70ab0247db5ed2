"""Arabic writes "and" glued to the word after it: "رأيت نادية وليلى في بيت في الرقة" (I saw
Nadia and Layla in a house in Raqqa) named no held sister Layla to the reading of texts, and
the report printed on Nadia's family dossier, telling where her sister is kept. The word is
now read without its و too, where three letters or more are left."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.named_in_text import Text
from tests.built_once import built_once
from tests.cli_helpers import ok
from tests.report_vault import decoded_text


def _person(given: str, latin: str, father: str = "خليل") -> Person:
    return Person(names={NamePart.GIVEN: NameText(given, latin),
                         NamePart.FATHER: NameText(father, "Khalil")}, sex=Sex.FEMALE)


_NADIA = _person("نادية", "Nadia")
_LAYLA = _person("ليلى", "Layla")


@pytest.mark.parametrize("text", ["رأيت نادية وليلى في بيت في الرقة", "سافرت وليلى إلى الموصل",
                                  "شوهدت نادية ووفاء في السوق"])
def test_a_relatives_given_name_glued_to_and_names_her(text):
    held = _LAYLA if "ليلى" in text else _person("وفاء", "Wafa")
    assert Text(text, [_NADIA]).names(held, given_alone=True)


@pytest.mark.parametrize("text", ["رأيت نادية وليلى خليل", "ونادية خليل في الرقة"])
def test_her_given_and_fathers_name_glued_to_and_name_her(text):
    held = _LAYLA if "ليلى" in text else _NADIA
    assert Text(text, [_person("سعاد", "Suad", "حسن")]).names(held)


@pytest.mark.parametrize(("held", "text"), [
    (_person("عد", "Ad"), "وعد في الرقة"),  # Waad is no "and" before a name of two letters
    (_LAYLA, "وكانت نادية في الرقة"),
    (_LAYLA, "تحررت نادية وسلمت إلى عائلتها"),
])
def test_a_word_beginning_with_waw_is_not_read_as_another_name(held, text):
    assert not Text(text, [_NADIA]).names(held, given_alone=True)


def test_her_own_given_name_glued_to_and_is_hers_not_a_held_namesakes():
    """"وليلى خليل حرة" in a report filed under a freed Layla Khalil names her, not a held
    Layla Hassan (her own given name is hers wherever it stands)."""
    held = _person("ليلى", "Layla", "حسن")
    assert not Text("رأيت ابنتها وليلى في دهوك", [_LAYLA]).names(held, given_alone=True)


@pytest.fixture
@built_once
def sisters(cli):
    """Nadia Khalil (SNJ-1), freed, and her sister Layla (SNJ-2), still missing; a report on
    Nadia names Layla glued to "and", one Farida Hassan so, one no one held."""
    ok(cli, "init", "--prefix", "SNJ")
    for ar, la, status in (("نادية", "Nadia", "rescued"), ("ليلى", "Layla", "missing")):
        ok(cli, "person", "add", "--given", ar, "--given", la, "--father", "خليل", "--sex", "F",
            "--abducted", "2014-08-03", "--status", status, "--status-date", "2016",
            "--sharing", "family")
    ok(cli, "person", "add", "--given", "فريدة", "--father", "حسن", "--sex", "F", "--status",
        "missing", "--sharing", "family")  # SNJ-3, no relative of theirs
    ok(cli, "relative", "SNJ-1", "sister", "SNJ-2")
    for i, text in enumerate(("رأيت نادية وليلى في بيت في الرقة ZZGLUED",
                              "شوهدت نادية في سوق الرقة ZZPLAIN",
                              "شوهدت نادية وفريدة حسن في الموصل ZZPAIR")):
        ok(cli, "report", "add", "--person", "SNJ-1", "--source", "S-1", "--credibility", "2",
            "--received", f"2017-01-0{i + 1}", "--cannot-identify-source", "--text", text)
    return cli


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_her_court_dossier_keeps_back_the_report_naming_her_held_sister(sisters, tmp_path, lang):
    out = tmp_path / "paper.pdf"
    ok(sisters, "dossier", "SNJ-1", "--profile", "court", "--lang", lang, "-o", str(out))
    text = decoded_text(out.read_bytes())
    assert "ZZPLAIN" in text and "ZZGLUED" not in text and "ZZPAIR" not in text
