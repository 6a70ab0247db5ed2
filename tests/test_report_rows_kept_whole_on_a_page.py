"""A label and its value, and a list's "SHA-256" and its hash, are printed on one page; a
source code on one line; a label with no value, and the ledger's empty Date column, not at
all."""

from __future__ import annotations

import copy
import re
import subprocess
from decimal import Decimal

import pytest

from app.domain.records import CostEntry
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.rescue import render_rescue, select_rescue
from app.reports.selection import select_dossier
from tests.report_samples import sample_source

SHA = "3f" * 4 + "0123456789abcdef" * 3 + "9e" * 4


def _pages(pdf: bytes, *args: str) -> list[str]:
    out = subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


def _with_lists(reports: int):
    src = sample_source()
    src.reports = [copy.copy(src.reports[0]) for _ in range(reports)]
    said = [("village", "Kocho", ""), ("born", "1999", ""), ("abducted", "2014-08-03", "")]
    src.provenance = [{"batch_id": b, "file_sha256": SHA, "row_number": 7 + b,
                       "recorded_at": "2026-12-02T10:00:00Z", "said": said}
                      for b in range(1, 4)]
    return src


def test_a_lists_sha256_and_its_hash_are_on_one_page():
    """Split between pages, a row of "Lists naming this person" left "SHA-256" at the foot of
    one and the hash on the next."""
    crossed = 0
    for reports in range(6, 22):
        pdf = render_dossier(select_dossier(_with_lists(reports), Profile.COURT, "en"))
        pages = [re.sub(r"\s+", "", page) for page in _pages(pdf)]
        crossed += len(pages) > 1 and "Listsnamingthisperson" not in pages[-1]
        for page in pages:
            # each "SHA-256" on a page with its hash, first digits to last (cut over lines)
            assert page.count("SHA-256") == page.count(SHA[:16]) == page.count(SHA[-16:]), \
                reports
        assert sum(page.count("SHA-256") for page in pages) == 3, reports
    assert crossed  # some of them did run the table over a page break


def test_a_label_and_its_value_are_on_one_page():
    """A value under its label: the label was left at the foot of a page. A long one (more
    than LONG_VALUE_LINES) breaks, with lines of it beside the label on each page
    (test_report_long_value_breaks_across_pages.py)."""
    for words in range(20, 100, 6):  # up to about 8 lines
        src = sample_source()
        src.person.abduction_circumstances = " ".join(f"w{i}" for i in range(words))
        src.reports = [copy.copy(src.reports[0]) for _ in range(3)]
        pdf = render_dossier(select_dossier(src, Profile.COURT, "en"))
        [page] = [p for p in _pages(pdf) if "Circumstances" in p]
        assert f"w{words - 1}" in page.split() and "w0" in page.split(), words


def test_a_source_code_is_printed_on_one_line():
    src = sample_source()
    for r in src.reports:
        r.source_code, r.could_identify_source = "SALIM-4QASIM", False
    text = "\n".join(_pages(render_dossier(select_dossier(src, Profile.COURT, "en")),
                            "-layout"))
    assert text.count("SALIM-4QASIM") == 2


def test_a_label_without_a_value_is_left_out():
    src = sample_source()
    src.person.origin_district = src.person.origin_governorate = ""
    text = "".join(_pages(render_dossier(select_dossier(src, Profile.COURT, "en")), "-layout"))
    assert "Village / town" in text and "District" not in text and "Governorate" not in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_rescue_ledger_has_no_date_column_its_lines_never_hold(lang):
    src = sample_source()
    op = src.rescues[0]
    op.costs.append(CostEntry(Decimal("500"), "USD", "driver", "transport"))
    pdf = render_rescue(select_rescue(op, [src.person], Profile.INTERNAL, lang,
                                      "2026-11-25 13:40 UTC", "9f" * 32))
    text = "".join(_pages(pdf, "-layout"))
    [header] = [line for line in text.splitlines()
                if ("Amount" if lang == "en" else "المبلغ") in line]
    assert ("Date" if lang == "en" else "التاريخ") not in header
    assert "12,000" in text and "500" in text



def test_a_rescue_record_that_fits_a_page_is_on_one_page():
    """Split 3/2, a family's paper ended a page on "(left out: it speaks of the whole
    operation, and others rescued in it are not" and began the next with "named here)"."""
    pages_held = set()
    for reports in range(2, 30):
        src = sample_source()
        src.reports = [copy.copy(src.reports[0]) for _ in range(reports)]
        op = src.rescues[0]
        # five lines: its outcome over two
        op.outcome = "rescued, in good health, " + " ".join(["after a long journey"] * 8)
        pages = _pages(render_dossier(select_dossier(src, Profile.COURT, "en")))
        date_on = [i for i, page in enumerate(pages) if "Rescued from: Baghuz" in page]
        handover_on = [i for i, page in enumerate(pages) if "Handover to family:" in page]
        assert date_on == handover_on and len(date_on) == 1, (reports, date_on, handover_on)
        pages_held.add(date_on[0])
    assert len(pages_held) >= 2  # the reports pushed it past a page break
