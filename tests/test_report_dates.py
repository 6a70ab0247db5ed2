"""Dates in dossiers, summaries and rescue reports: exact and month dates in one form whatever
form they were typed in (2014-08-03, 2017-01), approximate ones in the document's language,
with the range where it helps."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Status, StatusEvent
from app.reports.bidi_levels import LRI, PDI
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import select_dossier
from app.reports.summary import render_summary, select_summary
from tests.pdf_glyphs import BIDI_MARKS, comparable, expected_visual, glyph_lines
from tests.report_samples import sample_source

LANGS = ["en", "ar", "ckb", "kmr"]
ABOUT = {"en": "about", "ar": "حوالي", "ckb": "نزیکەی", "kmr": "nêzîkî"}


def drawn(pdf: bytes) -> str:
    """Every line as drawn, left to right, spaces and bidi controls dropped."""
    return "\n".join(comparable(line.visual) for page in glyph_lines(pdf) for line in page)


def _source():
    src = sample_source()
    p = src.person
    p.birth = FuzzyDate.parse("about 1998")
    p.abduction_date = FuzzyDate.parse("حوالي ٢٠١٤")
    p.status_events = [StatusEvent(Status.MISSING, FuzzyDate.parse("03/08/2014")),
                       StatusEvent(Status.RESCUED, FuzzyDate.parse("2017-01"))]
    src.reports[0].received = FuzzyDate.parse("2016-11")
    src.rescues[0].date = FuzzyDate.parse("approximately 2019")
    return src


def around(lang: str, year: str, span: str = "") -> str:
    """An approximate year as a document in lang draws it: its own word, the year in Western
    digits like its other dates, and the range after it where there is room."""
    tail = f" ({LRI}{span}{PDI})" if span else ""
    return comparable(expected_visual(f"{ABOUT[lang]} {year}{tail}", lang in ("ar", "ckb")))


def foreign_words(lang: str, lines: str) -> list[str]:
    """Words for 'about' (or digits) that are not the document's own, as found in its lines."""
    others = [w for w in (*ABOUT.values(), "approximately", "٢٠١٤") if w != ABOUT[lang]]
    return [w for w in others if comparable(expected_visual(w, True)) in lines
            or comparable(w) in lines]


@pytest.mark.parametrize("lang", LANGS)
def test_dossier_says_an_approximate_date_in_its_own_language_and_others_in_one_form(lang):
    """'about 1998', 'حوالي ٢٠١٤' and 'approximately 2019' read 'حوالي 1998 (1996–2000)' and so
    on in an Arabic dossier, 'nêzîkî 1998 (1996–2000)' in a Kurmanji one; exact and month
    dates print as the day or month, with no range ('03/08/2014' is 2014-08-03)."""
    lines = drawn(render_dossier(select_dossier(_source(), Profile.INTERNAL, lang)))
    for year, span in (("1998", "1996–2000"), ("2014", "2012–2016"), ("2019", "2017–2021")):
        assert around(lang, year, span) in lines
    assert foreign_words(lang, lines) == []
    for plain in ("2014-08-03", "2017-01", "2016-11"):
        assert plain in lines
    assert "03/08/2014" not in lines
    assert "2017-01-01" not in lines and "2016-11-30" not in lines


@pytest.mark.parametrize("lang", LANGS)
def test_summary_says_an_approximate_date_in_its_own_language_without_ranges(lang):
    p = _source().person
    view = select_summary([p], Profile.PUBLIC, lang, [], "2026-11-25 13:40 UTC", "9f" * 32, True)
    cells = [cell.translate(BIDI_MARKS) for cell in view.rows[0]]
    assert f"{ABOUT[lang]} 1998" in cells and f"{ABOUT[lang]} 2014" in cells
    lines = drawn(render_summary(view))
    assert "1996" not in lines and "2012" not in lines
    # once for the birth, once for the abduction (a narrow cell may put the year below it)
    assert lines.count(comparable(expected_visual(ABOUT[lang], lang in ("ar", "ckb")))) == 2
    assert foreign_words(lang, lines) == []


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_rescue_report_date_in_its_own_language_with_its_range(lang):
    src = _source()
    view = select_rescue(src.rescues[0], [src.person], Profile.INTERNAL, lang,
                         "2026-11-25 13:40 UTC", "9f" * 32, True)
    assert around(lang, "2019", "2017–2021") in drawn(render_rescue(view))


AGE_SAID = {"en": "age 23, year not given", "ar": "العمر 23، السنة غير مذكورة",
            "ckb": "تەمەن 23، ساڵ نەگوتراوە", "kmr": "temen 23, sal nehatiye gotin"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_birth_worked_out_from_an_age_is_said_in_the_documents_language(lang):
    """An import writes 'age 23, year not given' for an age with no year; an Arabic dossier
    printed those English words."""
    src = _source()
    src.person.birth = FuzzyDate.year_range(1990, 2003, "age ٢٣, year not given")
    lines = drawn(render_dossier(select_dossier(src, Profile.INTERNAL, lang)))
    tail = f" ({LRI}1990–2003{PDI})"
    assert comparable(expected_visual(AGE_SAID[lang] + tail, lang in ("ar", "ckb"))) in lines
    if lang != "en":
        assert "year" not in lines and "given" not in lines


def test_an_age_in_a_named_year_is_said_with_that_year():
    from app.reports.selection import date
    d = FuzzyDate.year_range(1995, 1996, "age 23 in 2019")
    assert date(d, "ar").translate(BIDI_MARKS) == "العمر 23 في 2019 (1995–1996)"
    assert date(d, "kmr").translate(BIDI_MARKS) == "temen 23 di 2019 de (1995–1996)"
    assert FuzzyDate.parse("1998").age_given() is None


@pytest.mark.parametrize("typed,printed", [
    ("03/08/2014", "2014-08-03"), ("3/8/14", "2014-08-03"), ("٠٣/٠٨/٢٠١٤", "2014-08-03"),
    ("41854", "2014-08-03"), ("08/2014", "2014-08"), ("March 2017", "2017-03"),
    ("1998م", "1998"), ("1997/1998", "1997–1998")])
def test_a_date_typed_in_any_form_prints_in_one_form(typed, printed):
    from app.reports.selection import date
    assert date(FuzzyDate.parse(typed), "en").translate(BIDI_MARKS) == printed
