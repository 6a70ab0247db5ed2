"""A row taller than a page (a rescue record's long ledger) starts under its section's title:
kept whole, it was sent on to a page of its own and left "Rescue records" alone on the page
before."""

from __future__ import annotations

import copy
import subprocess
from decimal import Decimal

import pytest

from app.domain.records import CostEntry
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.report_samples import sample_source

TITLE = {"en": "Rescue records", "ar": "سجلات الإنقاذ"}


def _pages(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_rescue_record_taller_than_a_page_starts_under_its_title(lang):
    seen = 0
    for reports in range(0, 8):
        src = sample_source()
        src.reports = [copy.copy(src.reports[0]) for _ in range(reports)] if reports else []
        op = src.rescues[0]
        op.costs = [CostEntry(Decimal(100 * i), "USD", f"intermediary {i}",
                              f"ledgerline{i} transport and lodging for the team on day {i}")
                    for i in range(1, 41)]
        pages = _pages(render_dossier(select_dossier(src, Profile.INTERNAL, lang)))
        [on] = [i for i, page in enumerate(pages) if TITLE[lang] in page]
        # the title's page holds the row's start: at least its first ledger line
        assert "ledgerline1 " in pages[on] or "ledgerline1\n" in pages[on], (reports, on)
        seen += on
    assert seen  # some of them did start below the first page
