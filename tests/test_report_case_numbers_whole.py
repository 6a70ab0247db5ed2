"""A case number is never broken across lines in a document's table, whatever its prefix."""

from __future__ import annotations

import pytest

from app.domain.person import Status, StatusEvent
from app.reports.profiles import Profile
from app.reports.summary import render_summary, select_summary
from tests.pdf_glyphs import comparable, glyph_lines
from tests.report_samples import sample_person

LANGS = ["en", "ar", "ckb", "kmr"]


def _lines(pdf: bytes) -> list[str]:
    return [comparable(line.visual) for page in glyph_lines(pdf) for line in page]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("prefix", ["DEMO", "SINJAR"])
def test_the_summarys_case_numbers_stand_whole_on_one_line(lang, prefix):
    """The demo vault's summary printed "DEMO-001" over "97" in every language: the column was
    narrower than a case number. Prefixes of two to six letters are allowed; each number is
    drawn whole on one line, and the row's other cells still fit."""
    people = []
    for i, number in enumerate((197, 1, 99999, 123456)):
        p = sample_person()
        p.case_no = f"{prefix}-{number:05d}"
        p.status_events = [StatusEvent(list(Status)[i % 8])]
        people.append(p)
    for profile in (Profile.INTERNAL, Profile.PUBLIC):
        view = select_summary(people, profile, lang, [], "2026-11-25 13:40 UTC", "9f" * 32)
        lines = _lines(render_summary(view))
        for p in people:
            assert any(p.case_no in line for line in lines), (p.case_no, lines)

