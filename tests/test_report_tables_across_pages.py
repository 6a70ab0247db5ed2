"""Long tables across pages: each page's part starts with its header and a row that says whose
it is; a header never stands alone at a page's foot, nor again in the middle of a page."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import Report
from app.reports.dossier import render_dossier
from app.reports.labels import label
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import comparable, expected_visual, pdftotext
from tests.report_samples import sample_source

HELD = "كانت محتجزة في بيت قرب الجامع الكبير في الموصل مع أطفال آخرين ولم يسمح لها بالخروج "
SOURCE = re.compile(r"S-\d+")
RECEIVED = re.compile(r"2016-\d\d-03")


def _long_reports(count: int = 14) -> list[Report]:
    """Reports of uneven length (9 to 16 lines in an Arabic dossier), as a tester typed them."""
    return [Report(FuzzyDate.exact(date(2016, 1 + i % 12, 3)), FuzzyDate.parse(""), "الموصل",
                    f"Report {i}: " + HELD * (3 + i % 3) + f"ثم نقلت في 2016-0{1 + i % 9}-11",
                    f"S-{i}", 1 + i % 6, False, [1], 20 + i) for i in range(1, count + 1)]


def _pages(pdf: bytes) -> list[list[tuple[str, bool]]]:
    """Per page, its lines top to bottom as (text drawn, every glyph bold)."""
    pages = []
    for page in extract_pages(io.BytesIO(pdf), laparams=None):
        rows: dict[float, list[LTChar]] = {}
        stack = list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                rows.setdefault(round(item.matrix[5]), []).append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        pages.append([("".join(c.get_text() for c in sorted(chars, key=lambda c: c.x0)),
                       all("Bold" in c.fontname for c in chars))
                      for _, chars in sorted(rows.items(), key=lambda kv: -kv[0])])
    return pages


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_page_of_a_long_reports_table_starts_with_header_then_a_dated_sourced_row(lang):
    """Fourteen long reports over several pages printed, in the middle of a page, the header
    again with two lines of the next report under it, and a report's row split across pages
    went on with no date and no source, reading like an undated report. Each page's part of
    the table now has one header, at its top, and the row under it says its date and source,
    also when it is the rest of a report begun on the page before."""
    src = sample_source()
    src.reports = _long_reports()
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, lang))
    heading = comparable(expected_visual(label("place", lang), lang == "ar"))
    pages_with_reports = 0
    for page in _pages(pdf):
        texts = [comparable(text) for text, _ in page]
        starts = [i for i, (text, bold) in enumerate(page)
                  if bold and heading in comparable(text) and SOURCE.search(texts[i]) is None]
        if not any(SOURCE.search(t) for t in texts):
            continue  # a page without reports
        pages_with_reports += 1
        assert len(starts) == 1, texts  # the header once, not again in the middle of the page
        first_row = next((i for i in range(starts[0] + 1, len(page)) if not page[i][1]), None)
        assert first_row is not None, texts  # never a header without a row under it
        row = texts[first_row]
        assert SOURCE.search(row) and RECEIVED.search(row), texts
    assert pages_with_reports >= 4
    # every report is printed once, whole
    text = comparable(pdftotext(pdf))
    for i in range(1, 15):
        assert text.count(comparable(f"Report {i}:")) == 1


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_long_table_starts_under_its_title_on_the_page_with_room_for_it(lang):
    """A section title is kept with the start of its table, not with the whole of it: the
    reports, longer than a page, were sent with their title to a new page, and most of the
    page with the family contacts above them was left blank."""
    src = sample_source()
    src.reports = _long_reports()
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, lang))
    pages = [pdftotext(pdf, "-f", str(n), "-l", str(n)) for n in range(1, len(_pages(pdf)) + 1)]

    def page_of(key: str) -> int:
        return next(n for n, text in enumerate(pages) if label(key, lang) in text)

    reports = page_of("reports")
    assert reports == page_of("contacts")
    assert "S-1" in pages[reports]
