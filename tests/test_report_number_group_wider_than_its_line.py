"""A date's range or a phone number wider than its line breaks at its own spaces, never inside
a date or a number."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import SimpleDocTemplate

from app.domain.fuzzydate import FuzzyDate
from app.reports.bidi_levels import numbers_ltr
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import date, select_dossier
from app.reports.textflow import BidiText, TextStyle
from tests.pdf_glyphs import comparable, glyph_lines
from tests.report_samples import sample_source

PHONES = "0750 123 4567 0770 987 6543 0751 222 3333 0780 444 5555 0790 666 7777"


def _lines(text: str, rtl: bool, width: float) -> list[str]:
    """text set in a frame width points wide, its lines as drawn."""
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(width + 20, 400), leftMargin=10, rightMargin=10,
                      topMargin=10, bottomMargin=10).build([BidiText(text, TextStyle(size=9,
                                                                                     rtl=rtl))])
    return [comparable(line.visual) for page in glyph_lines(out.getvalue()) for line in page]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en", "kmr"])
@pytest.mark.parametrize("width", [55, 65, 80])
def test_a_range_too_wide_for_its_cell_breaks_at_its_spaces(lang, width):
    """In a narrow cell the range, one word, was cut between letters: "(2017-02 – 2" over
    "017-04)", a court paper saying 017-04. It breaks where it broke before it was one word."""
    lines = _lines(date(FuzzyDate.parse("about 03/2017"), lang), lang in ("ar", "ckb"), width)
    joined = "|".join(lines)
    for month in ("2017-03", "2017-02", "2017-04"):
        assert month in joined, lines


@pytest.mark.parametrize("rtl", [False, True])
def test_phone_numbers_typed_one_after_another_each_stay_whole(rtl):
    """Five numbers with single spaces between them were one word, cut "075" over "1 222 3333"."""
    words = "أرقام الوسطاء" if rtl else "Mediators' phones"
    lines = _lines(numbers_ltr(f"{words} {PHONES} all off"), rtl, 120)
    for number in (PHONES.replace(" ", "")[i:i + 11] for i in range(0, 55, 11)):
        assert sum(number in line for line in lines) == 1, (number, lines)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_long_place_beside_a_range_leaves_every_date_whole(lang):
    """The reviewer's paper: received "about 03/2017", its place one 48-letter word."""
    src = sample_source()
    src.reports[0].received = FuzzyDate.parse("about 03/2017")
    src.reports[0].place = "Deir-ez-Zor/Raqqa/Mosul/Tal-Afar/Sinjar-mountain"
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, lang))
    lines = "|".join(comparable(line.visual) for page in glyph_lines(pdf) for line in page)
    for month in ("2017-03", "2017-02", "2017-04"):
        assert month in lines, lines
