"""A summary's age as it was counted: "Age today (DATE)" on the day of its footer's "Generated"
time (UTC), and --age-when-taken without an age no part of it. By the
computer's clock, a paper made near midnight said two dates (found by a reviewer)."""

from __future__ import annotations

import datetime as dt

import app.reports.service as service
from app.reports.profiles import Profile
from app.reports.service import ReportService, SummaryFilter
from tests.pdf_glyphs import pdftotext


class _Date(dt.date):
    @classmethod
    def today(cls):  # the computer's clock, in Baghdad, already in the new year
        return cls(2027, 1, 1)


class _Datetime(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2026, 12, 31, 23, 30, tzinfo=dt.UTC).astimezone(tz)


def test_the_age_is_counted_on_the_footers_day(session, monkeypatch):
    monkeypatch.setattr(service, "date", _Date)
    monkeypatch.setattr(service, "datetime", _Datetime)
    made = ReportService(session).summary(SummaryFilter(max_age=17), profile=Profile.INTERNAL,
                                          lang="en")
    text = " ".join(pdftotext(made.pdf).split())
    assert "Generated: 2026-12-31 23:30 UTC" in text, text
    assert "Age today (2026-12-31)" in text and "2027" not in text, text


def test_age_when_taken_without_an_age_is_not_logged():
    """`summary --age-when-taken` with no age lists as without it; its audit entry said it."""
    assert "age_when_taken" not in SummaryFilter(age_when_taken=True).logged()
    assert SummaryFilter(max_age=17, age_when_taken=True).logged()["age_when_taken"] == "True"
