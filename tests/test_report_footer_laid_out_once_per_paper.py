"""A footer's line or the banner that every page of a paper says alike is laid out once, not
again for each of a long summary's 131 pages; each page's own line (its number) still is."""

from __future__ import annotations

import app.reports.textflow as textflow
from app.reports.document import build_pdf, style_for
from app.reports.tables import text_table
from tests.pdf_glyphs import pdftotext


def test_a_footer_line_said_on_every_page_is_laid_out_once(monkeypatch):
    """The footer's same first line (and the banner) on every page was laid out again for each."""
    laid = []
    real = textflow.layout

    def counted(text, *args, **kwargs):
        laid.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(textflow, "layout", counted)
    rows = [[f"R{i:04d}", f"name {i}", f"said {i}"] for i in range(300)]
    table = text_table([["Case", "Heading", "Said"], *rows], [60.0, 120.0, 300.0], style_for("en"))
    pdf = build_pdf([table], "en",
                    lambda page, pages: ["Case summary", f"Page {page} of {pages}"],
                    banner="Internal")
    pages = pdftotext(pdf, "-layout").split("\f")[:-1]
    assert len(pages) > 5 and all("Case summary" in p and "Internal" in p for p in pages)
    assert laid.count("Case summary") == 1 and laid.count("Internal") == 1
    assert sum(t.startswith("Page ") for t in laid) == len(pages)  # each page's own, once
