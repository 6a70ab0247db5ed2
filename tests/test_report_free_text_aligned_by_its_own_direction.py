"""Free text a user typed is aligned by its own direction, as a word processor sets a paragraph;
the paper's own labels keep the paper's."""

from __future__ import annotations

import io

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

from app.reports.bidi_levels import PDI, RLI, own_direction_rtl
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier, text
from tests.pdf_glyphs import glyph_lines
from tests.report_samples import sample_source

ARABIC = " ".join(["شوهدت"] * 45)  # many lines, each of one word: a line's edges are its own
LATIN = " ".join(["negotiating"] * 30)
FIELDS = ("circumstances", "report_text1", "status_note1", "notes")


def _edges(pdf: bytes, word: str) -> list[list[tuple[float, float]]]:
    """The (left, right) edges of the lines holding only word, grouped by where they start."""
    lines: dict[tuple[int, float], list[LTChar]] = {}
    for n, page in enumerate(extract_pages(io.BytesIO(pdf), laparams=None)):
        stack = list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                lines.setdefault((n, round(item.matrix[5])), []).append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
    found = [sorted(chars, key=lambda c: c.x0) for _, chars in sorted(
        lines.items(), key=lambda kv: (kv[0][0], -kv[0][1]))]
    ours = [c for c in found if set("".join(ch.get_text() for ch in c).replace(" ", "")) <= set(word)]
    # grouped by where they start: a field's lines all start at one edge of its cell, its
    # last, shorter line too (set at the other edge, that line started where no other did)
    fields: dict[float, list[tuple[float, float]]] = {}
    for chars in ours:
        left, right = chars[0].x0, max(c.x1 for c in chars)
        fields.setdefault(round(right if word == ARABIC else left, 1), []).append((left, right))
    return list(fields.values())


@pytest.mark.parametrize("lang", ["en", "kmr"])
def test_arabic_text_in_a_left_to_right_paper_starts_at_the_right(lang):
    """An Arabic report, circumstances or note in an English paper was set at the left, each
    line starting at a ragged right edge: its lines now share their right edge."""
    src = sample_source(lambda name, default: ARABIC if name in FIELDS else default)
    groups = _edges(render_dossier(select_dossier(src, Profile.INTERNAL, lang)), ARABIC)
    assert groups
    for lines in groups:
        assert len(lines) >= 2, groups
    assert any(max(x for x, _ in g) - min(x for x, _ in g) > 5 for g in groups), groups


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_english_text_in_a_right_to_left_paper_starts_at_the_left(lang):
    """"negotiating through intermediary …" in an Arabic paper was set at the right."""
    src = sample_source(lambda name, default: LATIN if name in FIELDS else default)
    groups = _edges(render_dossier(select_dossier(src, Profile.INTERNAL, lang)), LATIN)
    assert groups
    for lines in groups:
        assert len(lines) >= 2, groups
    assert any(max(r for _, r in g) - min(r for _, r in g) > 5 for g in groups), groups


def test_the_papers_own_labels_keep_the_papers_alignment():
    """The label beside Arabic circumstances in an English paper stays at the left, where the
    label above it stands."""
    src = sample_source(lambda name, default: ARABIC if name in FIELDS else default)
    pdf = render_dossier(select_dossier(src, Profile.INTERNAL, "en"))
    starts = {}
    for page in glyph_lines(pdf):
        for line in page:
            for label in ("Circumstances", "Place"):
                if line.visual.startswith(label):
                    starts[label] = line.chars[0][0]
    assert abs(starts["Circumstances"] - starts["Place"]) < 0.5, starts


@pytest.mark.parametrize(("value", "rtl"), [
    (f"{RLI}Xezal الياس حيدر قيران{PDI}", True),  # a name in its script's direction, led by
    # her given name in the other script (selection.full_name)
    (text("3/8/2014 نقلت إلى تلعفر"), True),  # a date first decides nothing
    (text("case رقم SNJ-00002"), False),
    (text("2014"), None),
])
def test_a_paragraphs_own_direction(value, rtl):
    for paper in (False, True):
        assert own_direction_rtl(value, paper) == (paper if rtl is None else rtl)
