"""A dossier's status timeline: each status dated in the document's own words, and a list's
word for a status shown only where it says more than the status beside it."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Sex, Status, StatusEvent
from app.reports.dossier import render_dossier
from app.reports.labels import label
from app.reports.profiles import Profile
from app.reports.selection import select_dossier
from tests.pdf_glyphs import BIDI_MARKS, comparable, expected_visual, glyph_lines
from tests.report_samples import sample_source

LANGS = ["en", "ar", "ckb", "kmr"]
RTL = {"ar", "ckb"}


def _dossier(events, lang: str, sex: Sex = Sex.FEMALE,
             profile: Profile = Profile.COURT) -> bytes:
    src = sample_source()
    src.person.sex = sex
    src.person.status_events = events
    return render_dossier(select_dossier(src, profile, lang))


def _drawn(pdf: bytes) -> list[str]:
    return [comparable(line.visual) for page in glyph_lines(pdf) for line in page]


@pytest.mark.parametrize("lang", LANGS)
def test_a_lists_word_that_only_repeats_the_status_is_not_printed_beside_it(lang):
    """An imported list's «sighted» stood beside شوهدت in an Arabic court dossier, and «Located»
    beside its own word in an English one; «مفقودة» repeats مفقودة in an Arabic one. A word
    that says more («محررة» beside أُنقذت, «seen in Raqqa», «مفقودة» in an English dossier) is
    printed, and so is a note typed by hand. The desktop's timeline follows the same rule, in
    the interface's language (one function)."""
    events = [StatusEvent(Status.MISSING, FuzzyDate.parse("2014-08-15"), "«مفقودة»"),
              StatusEvent(Status.SIGHTED, FuzzyDate.parse("2015"), "«sighted»"),
              StatusEvent(Status.LOCATED, FuzzyDate.parse("2016"), "«Located»"),
              StatusEvent(Status.IN_NEGOTIATION, FuzzyDate.parse("2017"), "«seen in Raqqa»"),
              StatusEvent(Status.RESCUED, FuzzyDate.parse("2018"), "«محررة»"),
              StatusEvent(Status.REUNITED, FuzzyDate.parse("2019"), "sighted")]
    assert _notes(events, lang) == ["" if lang == "ar" else "«مفقودة»", "", "",
                                    "«seen in Raqqa»", "«محررة»", "sighted"]
    drawn = "".join(_drawn(_dossier(events, lang, profile=Profile.INTERNAL)))
    # (notes are printed on the team's own papers only)
    # the hand-typed note (and the English status's own word), not the lists' words
    assert drawn.count("sighted") == (2 if lang == "en" else 1) and "Located" not in drawn


def _notes(events, lang: str, sex: Sex = Sex.FEMALE) -> list[str]:
    """The note column of her status timeline, as the team's own dossier prints it."""
    src = sample_source()
    src.person.sex = sex
    src.person.status_events = events
    view = select_dossier(src, Profile.INTERNAL, lang)
    [timeline] = [s for s in view.sections if s.title == label("status_timeline", lang)]
    return [row[2].translate(BIDI_MARKS) for row in timeline.rows]


def test_a_mans_status_in_a_lists_masculine_word_is_not_repeated_either():
    events = [StatusEvent(Status.MISSING, FuzzyDate.parse("2014-08-15"), "«مفقود»")]
    assert _notes(events, "ar", Sex.MALE) == [""]
    assert _notes(events, "ar", Sex.FEMALE) == [""]
    assert _notes(events, "ckb") == ["«مفقود»"]


NOT_DATED = {"en": "date not given", "ar": "التاريخ غير مذكور", "ckb": "بەروار نەگوتراوە",
             "kmr": "dîrok nehatiye gotin"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_status_without_a_date_says_so_in_the_documents_language(lang):
    """A status a list gave with no date printed beside an empty date cell."""
    events = [StatusEvent(Status.SIGHTED, FuzzyDate(), "«sighted»")]
    lines = _drawn(_dossier(events, lang))
    assert comparable(expected_visual(NOT_DATED[lang], lang in RTL)) in "".join(lines)


@pytest.mark.parametrize("lang", LANGS)
def test_a_status_known_by_a_day_says_its_date_is_not_known_and_the_day_recorded(lang):
    """"≤ 2026-12-02" in an Arabic page put the sign after the date, "by 2026-12-02" between
    dated statuses read as a sequence ("missing until 2026"), and apart under "Told on" it
    read as the latest news. It says its date is not known, with the day it was recorded."""
    events = [StatusEvent(Status.MISSING, FuzzyDate.by(date(2026, 12, 2)))]
    src = sample_source()
    src.person.status_events = events
    view = select_dossier(src, Profile.COURT, lang)
    [timeline] = [s for s in view.sections if s.title == label("status_timeline", lang)]
    said = label("date_unknown_recorded", lang).format(day="2026-12-02")
    assert [row[0].translate(BIDI_MARKS) for row in timeline.rows] == [said]
    lines = _drawn(render_dossier(view))
    assert "≤" not in "".join(lines)
    assert any("2026-12-02" in line for line in lines)
