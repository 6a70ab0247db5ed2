"""No page of a document is blank but for its footer: a court dossier whose last table ended
at the foot of a page printed one more page, holding only the footer, in Arabic, Sorani,
English and Kurmanji alike (the gap under its last section was a Spacer of its own)."""

from __future__ import annotations

import copy

import pytest

from app.reports.document import FOOTER_SPACE, MARGIN
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import glyph_lines
from tests.report_samples import sample_source

BODY_BOTTOM = MARGIN + FOOTER_SPACE  # the footer is drawn below it, the body above


def _dossier(lang: str, reports: int, words: int, profile: Profile) -> bytes:
    src = sample_source()
    src.reports = [copy.copy(src.reports[0]) for _ in range(reports)]
    src.reports[-1].text = " ".join(["sighting"] * words)
    return render_dossier(select_dossier(src, profile, lang))


def _pages_blank_but_for_the_footer(pdf: bytes) -> list[int]:
    return [n for n, page in enumerate(glyph_lines(pdf), 1)
            if not any(line.y > BODY_BOTTOM for line in page)]


# (language, the last report's words): those whose reports table ended within two points of
# the foot of page 2, found by trying lengths one after another
ENDING_AT_THE_FOOT = [("en", 37), ("en", 39), ("ar", 65), ("ar", 67), ("ckb", 37), ("ckb", 39),
                      ("kmr", 37), ("kmr", 39)]


@pytest.mark.parametrize(("lang", "words"), ENDING_AT_THE_FOOT)
def test_a_court_dossier_ending_at_a_pages_foot_has_no_page_blank_but_for_its_footer(
        lang, words):
    pdf = _dossier(lang, 8, words, Profile.COURT)
    pages = glyph_lines(pdf)
    assert len(pages) == 2
    assert _pages_blank_but_for_the_footer(pdf) == []


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
@pytest.mark.parametrize("profile", [Profile.INTERNAL, Profile.COURT, Profile.FAMILY])
def test_no_page_of_a_set_of_dossiers_is_blank_but_for_its_footer(lang, profile):
    for reports, words in ((3, 12), (8, 37)):
        pdf = _dossier(lang, reports, words, profile)
        assert _pages_blank_but_for_the_footer(pdf) == [], (reports, words)
