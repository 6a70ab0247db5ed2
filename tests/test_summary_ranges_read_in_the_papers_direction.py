"""A summary's filters line in Arabic printed "اختُطف بين: 2014-01-01 – 2014-12-31" as one
left-to-right island: read right to left, as the paper is, the range began with its end. Each
end is now kept left to right on its own and the range said in words ("من … إلى …"), so the
first date is met first; an English paper keeps "2014-01-01 – 2014-12-31". A real vault through
the command line; the glyphs' places read back with pdfminer, the text with pdftotext."""

from __future__ import annotations

import pytest

from tests.pdf_glyphs import glyph_lines, pdftotext

FROM, TO = "2014-01-01", "2014-12-31"


@pytest.fixture
def paper(cli, tmp_path):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--born", "1996",
               "--abducted", "03/08/2014", "--sharing", "public").returncode == 0

    def paper(lang: str, *filters: str) -> bytes:
        out = tmp_path / f"summary-{lang}.pdf"
        r = cli("summary", "-o", str(out), "--profile", "public", "--lang", lang, *filters)
        assert r.returncode == 0, r.stderr
        return out.read_bytes()
    return paper


def _words(pdf: bytes) -> str:
    """The paper's text without spaces or colons (pdftotext moves both around Arabic)."""
    return pdftotext(pdf).replace(" ", "").replace("\n", "").replace(":", "")


def _line_with(pdf: bytes, *words: str):
    for page in glyph_lines(pdf):
        for line in page:
            if all(w in line.visual for w in words):
                return line
    raise AssertionError(f"no line holds {words}")


def _x(line, word: str) -> float:
    """Where the word begins on the page, left to right."""
    return line.chars[line.visual.index(word)][0]


def test_an_arabic_paper_meets_the_first_date_first(paper):
    pdf = paper("ar", "--abducted-from", FROM, "--abducted-to", TO)
    line = _line_with(pdf, FROM, TO)
    # right to left: the first date stands right of the second; each reads left to right
    assert _x(line, FROM) > _x(line, TO), line.visual
    text = _words(pdf)
    assert f"تاريخالاختطافمن{FROM}إلى{TO}" in text, text


def test_an_arabic_age_range_and_open_ends(paper):
    pdf = paper("ar", "--min-age", "18", "--max-age", "40", "--abducted-to", TO)
    text = _words(pdf)
    assert "من18إلى40" in text and f"حتى{TO}" in text, text
    line = _line_with(pdf, "18", "40")
    assert _x(line, "18") > _x(line, "40"), line.visual
    text = _words(paper("ckb", "--abducted-from", FROM))
    assert f"لە{FROM}بەدواوە" in text, text


def test_an_english_paper_keeps_its_dash(paper):
    pdf = paper("en", "--abducted-from", FROM, "--abducted-to", TO, "--min-age", "18")
    line = _line_with(pdf, FROM, TO)
    assert _x(line, FROM) < _x(line, TO), line.visual
    text = " ".join(pdftotext(pdf).split())
    assert f"Abducted between: {FROM} – {TO}" in text and "18 – …" in text, text
