"""A date in a column of the desktop's tables is drawn in its own order in Arabic and Sorani:
in an Arabic sentence an ISO date not isolated is drawn 05-12-2026 ("في 2026-12-05 أو قبله",
a status known by that day, must read the date as written)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from tests.ui_support import drawn, reads_left_to_right


@pytest.fixture(params=["ar", "ckb"])
def right_to_left(request, qapp):
    from ui.i18n import apply_language
    apply_language(qapp, request.param)
    yield request.param
    apply_language(qapp, "en")


@pytest.mark.parametrize(("fuzzy", "shown"), [
    (FuzzyDate(latest=date(2026, 12, 5)), "2026-12-05"),  # a status known by that day
    (FuzzyDate.parse("2014-08-03"), "2014-08-03"),
    (FuzzyDate.parse("03/2019"), "2019-03"),
    (FuzzyDate.parse("2019-2020"), "2019–2020"),
    (FuzzyDate.parse("about 03/08/1998"), "1998-08-03")])
def test_a_date_cell_draws_its_date_as_written(right_to_left, fuzzy, shown):
    from ui.bidi import in_cell
    from ui.labels import date_said
    cell = in_cell(date_said(fuzzy))
    assert reads_left_to_right(cell, shown, right_to_left=True), drawn(cell, True)


def test_an_iso_date_in_arabic_words_not_isolated_is_drawn_backwards():
    """What the check above would catch: the same cell without the date's isolate."""
    assert not reads_left_to_right("في 2026-12-05 أو قبله", "2026-12-05", right_to_left=True)
    assert reads_left_to_right("في \u20662026-12-05\u2069 أو قبله", "2026-12-05",
                               right_to_left=True)
