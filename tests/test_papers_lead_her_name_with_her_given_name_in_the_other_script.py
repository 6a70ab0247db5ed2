"""The printed papers (summary, dossier heading, rescue report) name a woman whose given name is
written in one script only as the screens do: Xezal (in Latin letters only), daughter of الياس
حيدر قيران, was printed in the Arabic-script column as "الياس حيدر قيران", a man named Elias,
and two such sisters as one man. Her given name stands at the start of the name as its own
script reads it, in an Arabic paper and in an English one."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.reports.bidi_levels import EXPLICIT, line_levels, paragraph_levels, visual_order
from app.reports.selection import full_name
from tests.built_once import built_once
from tests.test_report_lists_said import _text

FAMILY = ["--father", "الياس", "--father", "Elias", "--grandfather", "حيدر", "--grandfather",
          "Heyder", "--family", "قيران", "--family", "Qiran", "--sex", "F", "--village", "Kocho",
          "--sharing", "court"]


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Xezal (Latin letters only), SNJ-00002 سميرة (Arabic script only); a rescue of
    Xezal."""
    assert cli("init").returncode == 0
    for given in ("Xezal", "سميرة"):
        assert cli("person", "add", "--given", given, *FAMILY).returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2020").returncode == 0
    return cli


def _line(text: str, case_no: str) -> str:
    return next(line for line in text.splitlines() if case_no in line)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_summary_and_the_rescue_report_print_her_given_name_in_both_columns(vault, tmp_path,
                                                                                lang):
    out = tmp_path / "s.pdf"
    assert vault("summary", "-o", str(out), "--profile", "court", "--lang", lang).returncode == 0
    text = _text(out.read_bytes())
    assert _line(text, "SNJ-00001").count("Xezal") == 2, text
    assert _line(text, "SNJ-00002").count("سميرة") == 2, text
    out = tmp_path / "r.pdf"
    assert vault("rescue-report", "1", "-o", str(out), "--profile", "internal", "--lang",
                 lang).returncode == 0
    assert _line(_text(out.read_bytes()), "SNJ-00001").count("Xezal") == 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_dossier_heading_leads_with_her_given_name(vault, tmp_path, lang):
    out = tmp_path / "d.pdf"
    assert vault("dossier", "SNJ-00001", "-o", str(out), "--profile", "court", "--lang",
                 lang).returncode == 0
    text = _text(out.read_bytes())
    heading = text[:text.index("Xezal Elias Heyder Qiran")]
    assert "Xezal" in next(line for line in heading.splitlines() if "قيران" in line)


def _drawn(s: str, rtl: bool) -> str:
    """The characters of s left to right as a paper draws them in a paragraph of that direction
    (an Arabic word's letters so reversed)."""
    levels = line_levels(s, paragraph_levels(s, rtl), rtl)
    return "".join(s[i] for i in visual_order(levels) if s[i] not in EXPLICIT)


@pytest.mark.parametrize("rtl", [True, False])
def test_her_given_name_stands_at_the_start_as_the_names_script_reads(rtl):
    p = Person(sex=Sex("F"))
    p.names[NamePart.GIVEN] = NameText("", "Xezal")
    p.names[NamePart.FATHER] = NameText("الياس", "Elias")
    p.names[NamePart.FAMILY] = NameText("قيران", "Qiran")
    # right to left, Xezal is at the right: drawn last
    assert _drawn(full_name(p, "original", "ar" if rtl else "en"), rtl).endswith("Xezal")
    p.names[NamePart.GIVEN] = NameText("سميرة", "")
    # left to right, سميرة is at the left: drawn first (its letters right to left)
    assert _drawn(full_name(p, "latin", "ar" if rtl else "en"), rtl).startswith("سميرة"[::-1])
