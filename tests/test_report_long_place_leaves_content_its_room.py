"""A report's place is text a user typed: a long one breaks as before, and the report's content
keeps most of its column when the dates' columns are widened."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.reports.dossier import TEXT_WIDTH
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from app.reports.tables import text_table
from app.reports.textflow import TextStyle
from tests.report_samples import sample_source

PLACE = "Deir-ez-Zor/Raqqa/Mosul"


def _reports(lang: str, place: str):
    src = sample_source()
    src.reports[0].received = FuzzyDate.parse("about 03/2017")
    src.reports[0].observed = FuzzyDate.parse("about 2015")
    src.reports[0].place = place
    view = select_dossier(src, Profile.INTERNAL, lang)
    return next(s for s in view.sections if s.rows and len(s.header) >= 5)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en", "kmr"])
def test_a_typed_place_is_no_column_never_cut(lang):
    """Place was made whole: "Deir-ez-Zor/Raqqa/Mosul", one word, took the Content column from
    about 175 pt to 95, the report on 27 lines instead of 12."""
    section = _reports(lang, PLACE)
    assert 2 not in section.whole
    assert {0, 1} <= set(section.whole)  # the dates' ranges still stand whole where they fit


@pytest.mark.parametrize("lang", ["ar", "ckb", "en", "kmr"])
def test_the_content_column_keeps_most_of_its_room(lang):
    """Whatever the columns never cut need (here the place too, as the branch had it), a
    report's content keeps 80% of its width: the rest is cut or broken at its spaces."""
    section = _reports(lang, PLACE)
    planned = [TEXT_WIDTH * w for w in section.widths]
    rtl = lang in ("ar", "ckb")
    table = text_table([section.header, *section.rows], planned, TextStyle(size=9, rtl=rtl),
                       whole=[0, 1, 2, *section.whole], own=section.own_columns)
    widths = table._colWidths[::-1] if rtl else table._colWidths
    content = len(section.header) - 1
    assert widths[content] >= 0.8 * planned[content] - 0.01, widths
