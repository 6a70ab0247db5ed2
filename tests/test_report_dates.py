"""Dates in dossiers, summaries and rescue reports print as typed, with the range where it helps."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Status, StatusEvent
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import date, select_dossier
from app.reports.summary import render_summary, select_summary
from tests.pdf_glyphs import comparable, expected_visual, glyph_lines
from tests.report_samples import sample_source

LANGS = ["en", "ar", "ckb", "kmr"]


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


@pytest.mark.parametrize("lang", LANGS)
def test_dossier_prints_each_date_as_typed_with_its_range_only_when_approximate(lang):
    rtl = lang in ("ar", "ckb")
    lines = drawn(render_dossier(select_dossier(_source(), Profile.INTERNAL, lang)))
    assert "about1998(1996–2000)" in lines  # left to right in either document direction
    assert "1996–2000" not in lines.replace("about1998(1996–2000)", "")
    # typed in Arabic: read right to left, the range after it (to its left), digits unreversed
    assert comparable(expected_visual(date(FuzzyDate.parse("حوالي ٢٠١٤")), rtl)) in lines
    for plain in ("03/08/2014", "2017-01", "2016-11", "approximately2019(2017–2021)"):
        assert plain in lines
    assert "2017-01-01" not in lines and "2016-11-30" not in lines


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_summary_prints_what_was_typed_without_ranges(lang):
    p = _source().person
    view = select_summary([p], Profile.PUBLIC, lang, [], "2026-11-25 13:40 UTC", "9f" * 32, True)
    lines = drawn(render_summary(view))
    assert "about" in lines and "1998" in lines  # a narrow cell: "about" above "1998"
    assert "1996" not in lines and "2012" not in lines
    typed = date(FuzzyDate.parse("حوالي ٢٠١٤"), with_range=False)
    assert comparable(expected_visual(typed, lang == "ar")) in lines


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_rescue_report_date_as_typed_with_its_range(lang):
    src = _source()
    view = select_rescue(src.rescues[0], [src.person], Profile.INTERNAL, lang,
                         "2026-11-25 13:40 UTC", "9f" * 32, True)
    assert "approximately2019(2017–2021)" in drawn(render_rescue(view))
