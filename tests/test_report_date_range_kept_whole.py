"""A date's range in brackets is never broken over two lines, and reads in its order."""

from __future__ import annotations

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import comparable, glyph_lines, pdftotext
from tests.report_samples import sample_source

LANGS = ["en", "ar", "ckb", "kmr"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_reports_received_range_stands_whole_in_its_narrow_cell(lang):
    """The Sorani dossier's Received cell printed "نزیکەی 2017-03 (2017-02 – 2017-04)" on
    four lines, "2017-02 –)" over "(2017-04", and pdftotext read "(– 2017-02": the range is
    one word with its brackets, its column wide enough for it, and the place beside it
    still whole ("Deir ez-Zor" is a place of words; "شاردراوەتەوە" a withheld one)."""
    src = sample_source()
    src.reports[0].received = FuzzyDate.parse("about 03/2017")
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, lang))
    lines = [comparable(line.visual) for page in glyph_lines(pdf) for line in page]
    assert any("(2017-02–2017-04)" in line or ")2017-02–2017-04(" in line
               for line in lines), lines
    assert "2017-02 – 2017-04" in pdftotext(pdf)
    assert any("S-7Q3" in line for line in lines)
