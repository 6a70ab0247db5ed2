"""A table of many pages (a summary of thousands of persons) gives every row once, in order,
under its header on each page, and is split in time linear in its rows: the rest of the table
was built again at every page (15 s of a 62 s summary)."""

from __future__ import annotations

import re

import pytest
from reportlab.platypus import Table

from app.reports.document import build_pdf, style_for
from app.reports.tables import text_table
from tests.pdf_glyphs import pdftotext

ROWS = 900  # about 25 pages of one-line rows
ID = re.compile(r"\bR(\d{4})\b")
WORD = re.compile(r"\bx(\d{4})w(\d\d)\b")


def _pages(story: list, lang: str) -> list[str]:
    pdf = build_pdf(story, lang, lambda page, pages: [f"{page} / {pages}"])
    return pdftotext(pdf, "-layout").split("\f")[:-1]


def _words(i: int) -> range:
    return range(3 + i % 9 * 6)  # 1 to 9 lines


def _table(lang: str, rows: list[list[str]], **kw) -> Table:
    widths = [60.0, 120.0, 300.0]
    return text_table([["Case", "Heading", "Said"], *rows], widths, style_for(lang, size=8), **kw)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_row_once_in_order_with_the_header_atop_each_page(lang):
    rows = [[f"R{i:04d}", f"name {i}", f"said {i}"] for i in range(ROWS)]
    pages = _pages([_table(lang, rows, zebra=True)], lang)
    assert len(pages) > 10
    seen = []
    for number, page in enumerate(pages, 1):
        ids = ID.findall(page)
        assert ids, number
        lines = [line for line in page.splitlines() if line.strip()]
        assert "Heading" in lines[0] and not ID.search(lines[0]), (number, lines[:2])
        assert sum("Heading" in line for line in lines) == 1, number  # once, at the top
        seen += [int(i) for i in ids]
    assert seen == list(range(ROWS))  # none lost, none doubled, none out of place


def test_rows_split_across_pages_give_every_line_once_in_order():
    """Rows of many lines are cut at page ends; their lines, together, are each row's once."""
    rows = [[f"R{i:04d}", f"name {i}", " ".join(f"x{i:04d}w{w:02d}" for w in _words(i))]
            for i in range(300)]
    pages = _pages([_table("en", rows)], "en")
    assert len(pages) > 10
    words = [(int(r), int(w)) for page in pages for r, w in WORD.findall(page)]
    assert words == [(i, w) for i in range(300) for w in _words(i)]
    assert any(ID.findall(a)[-1] == ID.findall(b)[0] for a, b in zip(pages, pages[1:]))  # cut
    for page in pages:  # a cut row's rest still says whose it is
        lines = [line for line in page.splitlines() if line.strip()]
        assert "Heading" in lines[0] and ID.search(lines[1]), lines[:2]


def test_the_rest_of_a_long_table_is_not_built_again_at_every_page(monkeypatch):
    """reportlab is handed each row about once, not once for every page after it."""
    handed = []
    made = Table.__init__

    def counted(self, data, *args, **kwargs):
        handed.append(len(data))
        made(self, data, *args, **kwargs)

    monkeypatch.setattr(Table, "__init__", counted)
    rows = [[f"R{i:04d}", f"name {i}", f"said {i}"] for i in range(ROWS)]
    pages = _pages([_table("en", rows)], "en")
    # the whole once, then each page's part (its header and rows) once
    assert sum(handed) <= 2 * ROWS + 3 * len(pages), (sum(handed), len(pages))
