"""A label's long value (a dossier's Circumstances of 20 lines) that does not fit what is left of
a page breaks across pages, its label given again beside its rest, instead of moving whole to
the next page and leaving the foot of this one empty (page 1 was left 40% blank, found by a
tester). A short value still moves whole with its label; the contents check is unchanged."""

from __future__ import annotations

import copy
import re
import subprocess

import pytest

from app.reports.content_check import content_check
from app.reports.dossier import render_dossier
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from app.reports.table_pages import MIN_LINES_AFTER, MIN_LINES_BEFORE
from tests.report_samples import sample_source

LONG = 8  # lines: a longer value may break (app/reports/table_pages.py LONG_VALUE_LINES)


def _pages(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


def _dossier(words: int, lang: str = "en"):
    src = sample_source()
    src.person.abduction_circumstances = " ".join(f"w{i}" for i in range(words))
    src.reports = [copy.copy(src.reports[0]) for _ in range(3)]
    view = select_dossier(src, Profile.COURT, lang)
    return view, render_dossier(view)


def _lines_of_words(page: str) -> int:
    return sum(1 for line in page.splitlines() if re.search(r"\bw\d+\b", line))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_value_fills_the_page_it_starts_on(lang):
    view, pdf = _dossier(400, lang)  # about 30 lines, after about 25 lines of fields
    pages = _pages(pdf)
    on = [i for i, page in enumerate(pages) if re.search(r"\bw\d+\b", page)]
    assert on == [0, 1], on  # it starts on page 1, under Abduction, and goes on on page 2
    assert _lines_of_words(pages[0]) >= MIN_LINES_BEFORE + 5
    assert _lines_of_words(pages[1]) >= MIN_LINES_AFTER
    words = re.findall(r"\bw(\d+)\b", "\n".join(pages))
    assert sorted(map(int, words)) == list(range(400))  # every word once: none lost or doubled
    label = "Circumstances" if lang == "en" else "ملابسات"
    if lang == "en":  # given again beside its rest, so the rest still says what it is
        assert label in pages[0] and label in pages[1]
    # the contents check on every page is the one of what the paper shows, however laid out
    code = content_check(_dossier(400, "en")[0])
    assert all(code in page for page in pages), code


def test_a_label_is_never_left_with_fewer_than_three_lines_of_its_value():
    for words in range(100, 700, 25):
        pages = _pages(_dossier(words)[1])
        for page in pages:
            lines = page.splitlines()
            at = [i for i, line in enumerate(lines) if "Circumstances" in line]
            for i in at:  # the label's own line and the lines of value after it on its page
                assert sum(1 for line in lines[i:] if re.search(r"\bw\d+\b", line)) >= \
                    min(MIN_LINES_AFTER, 2), words
        first = next(p for p in pages if "Circumstances" in p)
        assert _lines_of_words(first) >= MIN_LINES_BEFORE, words


def test_a_short_value_still_moves_whole_with_its_label():
    for words in range(20, 140, 6):
        pages = _pages(_dossier(words)[1])
        shown = [p for p in pages if "Circumstances" in p]
        if _lines_of_words("\n".join(shown)) > LONG:
            continue  # long: may break
        [page] = shown
        assert f"w{words - 1}" in page.split() and "w0" in page.split(), words
