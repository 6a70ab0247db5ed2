"""Glyph order read back from real PDFs matches the Unicode bidi order, in paragraphs and tables."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, A6
from reportlab.platypus import SimpleDocTemplate

from app.reports.bidi_levels import ltr_isolate
from app.reports.tables import text_table
from app.reports.textflow import BidiText, TextStyle
from tests.pdf_glyphs import comparable, expected_visual, glyph_lines, pdftotext

AR = TextStyle(size=12, rtl=True)
EN = TextStyle(size=12)

ARABIC = "خليل ابراهيم الدخي"
SORANI = "ئەڤین خۆشەویست ڕەشید ڵێڕەۆ"
MIXED_AR = f"اختطفت في {ltr_isolate('03/08/2014')} من قرية كوجو (سنجار) مع Xelîl Şêx، العمر 15"
MIXED_EN = f"Mixed: {ARABIC} and Khalil 2014, {SORANI}."


def build(story, pagesize=A4) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=pagesize, leftMargin=30, rightMargin=30, topMargin=30,
                      bottomMargin=30).build(story)
    return out.getvalue()


def all_lines(pdf: bytes):
    return [line for page in glyph_lines(pdf) for line in page]


@pytest.mark.parametrize(("text", "style"), [
    (ARABIC, AR), (SORANI, AR), (MIXED_AR, AR), (MIXED_EN, EN), (MIXED_EN, AR),
    ("Xelîl Şêx Çelebî û Nûrê", EN), (f"{ARABIC} {ltr_isolate('SNJ-00123')}", AR),
])
def test_single_line_paragraph_is_in_bidi_order(text, style):
    [line] = all_lines(build([BidiText(text, style)]))
    assert comparable(line.visual) == comparable(expected_visual(text, style.rtl))


def _check_wrapped(text: str, style: TextStyle, lines) -> None:
    """Each drawn line is the next run of words of the paragraph, in bidi order."""
    words = text.split(" ")
    used = 0
    for line in lines:
        count = len(line.visual.split(" "))
        chunk = " ".join(words[used:used + count])
        assert comparable(line.visual) == comparable(expected_visual(chunk, style.rtl))
        used += count
    assert used == len(words)


@pytest.mark.parametrize("style", [AR, EN])
def test_wrapped_paragraph_keeps_logical_line_order(style):
    words = [ARABIC, SORANI, ltr_isolate("2014-08-03"), "Kocho", "كوجو"]
    text = " ".join(words * 12)
    lines = all_lines(build([BidiText(text, style)]))
    assert len(lines) > 4
    _check_wrapped(text, style, lines)


def test_paragraph_split_across_pages_continues_in_order():
    text = " ".join([ARABIC, SORANI, ltr_isolate("12/05/2015"), "Solagh"] * 40)
    pdf = build([BidiText(text, AR)], pagesize=A6)
    pages = glyph_lines(pdf)
    assert len(pages) >= 2
    _check_wrapped(text, AR, [line for page in pages for line in page])


@pytest.mark.parametrize("style", [AR, EN])
def test_table_cells_are_in_bidi_order_and_mirrored_for_rtl(style):
    header = ["الاسم", "Village", "التاريخ"]
    row = [SORANI, "Tel Ezer / تل عزير", ltr_isolate("03/08/2014")]
    pdf = build([text_table([header, row], [190, 150, 100], style)])
    lines = all_lines(pdf)
    assert len(lines) == 2
    for line, cells in zip(lines, [header, row], strict=True):
        drawn_cells = cells[::-1] if style.rtl else cells
        expected = "".join(expected_visual(c, style.rtl) for c in drawn_cells)
        assert comparable(line.visual) == comparable(expected)


def test_table_split_across_pages_repeats_header_and_keeps_order():
    header = ["رقم", "الاسم"]
    rows = [header] + [[ltr_isolate(f"SNJ-{i:05d}"), f"{ARABIC} {i}"] for i in range(120)]
    pdf = build([text_table(rows, [80, 300], AR)])
    pages = glyph_lines(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert comparable(page[0].visual) == comparable(
            "".join(expected_visual(c, True) for c in header[::-1]))
    body = [line for page in pages for line in page[1:]]
    assert len(body) == 120
    for i, line in enumerate(body):
        cells = rows[i + 1][::-1]
        assert comparable(line.visual) == comparable(
            "".join(expected_visual(c, True) for c in cells))


def test_pdftotext_gives_back_the_names_as_typed():
    names = [ARABIC, SORANI, "Xelîl Şêx Çelebî", "مُحَمَّد الدَّخِي"]
    story = [BidiText(n, AR if n[0] > "\u0600" else EN) for n in names]
    story.append(text_table([["الاسم"], [SORANI]], [200], AR))
    text = pdftotext(build(story))
    for name in names:
        assert name in text


def test_markup_in_a_name_is_drawn_as_text_and_never_interpreted():
    hostile = '<img src="/etc/passwd"/> & <b>bold</b> <font color="red">x</font>'
    pdf = build([BidiText(hostile, EN), text_table([["h"], [hostile]], [530], EN)])
    assert b"/XObject" not in pdf and b"/Subtype /Image" not in pdf
    lines = all_lines(pdf)
    assert [comparable(line.visual) for line in lines[:1]] == [comparable(hostile)]
    assert pdftotext(pdf).count(hostile) == 2


def test_characters_the_arabic_font_lacks_come_from_the_fallback_font():
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    pdf = build([BidiText("كوجو (سنجار) - سولاغ / تل عزير", AR)])
    fonts_by_char = {}

    def walk(items):
        for item in items:
            if isinstance(item, LTChar):
                fonts_by_char.setdefault(item.get_text(), set()).add(item.fontname)
            elif hasattr(item, "__iter__"):
                walk(item)

    for page in extract_pages(io.BytesIO(pdf)):
        walk(page)
    for ch in "()-/":
        assert all("DejaVu" in f for f in fonts_by_char[ch]), ch
    assert all("Naskh" in f for f in fonts_by_char["ك"])


def test_long_unbroken_text_wraps_inside_its_cell():
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    long_word = "SNJ-" + "0123456789" * 6
    table = text_table([["h"], [long_word], ["خليلابراهيمالدخي" * 4]], [90], AR)
    pdf = build([table])
    xs = []

    def walk(items):
        for item in items:
            if isinstance(item, LTChar):
                xs.append((item.x0, item.x1))
            elif hasattr(item, "__iter__"):
                walk(item)

    for page in extract_pages(io.BytesIO(pdf)):
        walk(page)
    left = min(x0 for x0, _ in xs)
    assert max(x1 for _, x1 in xs) - left <= 90
    assert comparable(pdftotext(pdf).replace("\n", "")).count(long_word) == 1


def test_control_characters_and_tabs_do_not_reach_the_page():
    pdf = build([BidiText("Xelîl\tŞêx\x00\x07 خليل\u0007", AR)])
    text = pdftotext(pdf)
    assert "Xelîl Şêx" in text and "خليل" in text
    assert "\x00" not in text and "\x07" not in text


@pytest.mark.parametrize("style", [EN, AR])
def test_a_cell_longer_than_a_page_continues_on_the_next_pages_inside_its_column(style):
    """A long testimony in a table row is split inside the row instead of stopping the document;
    every word arrives once, in order, and no glyph leaves its cell."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    from app.reports.tables import label_value_table

    words = [f"w{i}" for i in range(700)]  # words of uneven width fill lines to the edge
    long_text = " ".join(words)
    grid = text_table([["hh", "kk"], ["x", long_text], ["y", "end"]], [60, 140], style)
    pairs = label_value_table([("label", long_text)], 200, style)
    pdf = build([grid, pairs], pagesize=A6)
    pages = list(extract_pages(io.BytesIO(pdf)))
    assert len(pages) > 4
    text = pdftotext(pdf)
    found = [w for w in text.split() if w[0] == "w"]
    if style is EN:
        assert found == words + words
    else:  # right-to-left lines of Latin words read back in their own order
        assert sorted(found) == sorted(words + words)
    assert text.count("hh") == text.count("kk") >= 2  # the header row is repeated

    # Both tables are 200 pt wide on the frame's start side (margin 30, frame padding 6); the
    # long text is in the 140 pt column (right in English, left in Arabic), padded 2 or 3 pt.
    table_left = 36 if style is EN else A6[0] - 36 - 200
    column_left = table_left + (60 if style is EN else 0)
    for page in pages:
        xs = []

        def walk(items):
            for item in items:
                if isinstance(item, LTChar) and item.get_text() in "w0123456789":
                    xs.append((item.x0, item.x1))
                elif hasattr(item, "__iter__"):
                    walk(item)

        walk(page)
        assert min(x0 for x0, _ in xs) >= column_left + 2 - 0.01
        assert max(x1 for _, x1 in xs) <= column_left + 140 - 2 + 0.01


@pytest.mark.parametrize("style", [AR, EN])
def test_dates_and_numbers_typed_inside_arabic_values_read_left_to_right(style):
    """Plain bidi rules print "2016-05-10" after Arabic letters as "10-05-2016" (and a phone
    number with its groups reversed); a value's number groups are kept left to right, like the
    documents' own dates, and still copy out in the order typed."""
    from app.reports.selection import text

    typed = ["بینرا لە بازاڕ 2016-05-10", "الهاتف 0750-123-4567 الآن", "تاريخ ٢٠١٦-٠٥-١٠",
             "الساعة 10:30 يوم 3/8/2014"]
    pdf = build([text_table([["h"], *[[text(t)] for t in typed]], [400], style)])
    visual = "".join(comparable(line.visual) for line in all_lines(pdf))
    for group in ("2016-05-10", "0750-123-4567", "٢٠١٦-٠٥-١٠", "10:30", "3/8/2014"):
        assert group in visual
    # poppler moves a space next to a number inside Arabic text (it did so before, too), so the
    # copied text is compared without spaces
    copied = comparable(pdftotext(pdf))
    for t in typed:
        assert comparable(t) in copied


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_the_summarys_headings_are_never_cut_between_letters(lang):
    """The Kurmanji summary headed its sex column "Zayen" over "d": the column was narrower than
    the word. Each heading word is drawn whole on one line, read back from the page where the
    headings stand alone above the rows (the second, where they are repeated)."""
    from app.reports.labels import label
    from tests.test_report_reference_images import _summary_pdf

    pdf = _summary_pdf(lang, persons=60)  # a second page in every language
    page = glyph_lines(pdf)[1]
    first_row = next(i for i, line in enumerate(page) if "SNJ-" in line.visual)
    heading_lines = [comparable(line.visual) for line in page[:first_row]]
    words = [w for key in ("case_no", "name_original", "name_latin", "sex", "born", "village",
                           "abducted", "status") for w in label(key, lang).split()]
    rtl = lang in ("ar", "ckb")
    cut = [w for w in words if not any(comparable(expected_visual(w, rtl)) in line
                                       for line in heading_lines)]
    assert cut == [], heading_lines
    if lang == "kmr":
        assert "Zayend" in pdftotext(pdf).split()
