"""One order of names for the desktop list's name columns (the lazy list and a search's
results), `person list --sort name` and `summary --sort name`: the printed summary's
(app.domain.name_collation). The desktop had sorted by code point: آ أ إ before ا (أمل and امل
apart), the Sorani letters پ ژ ک گ after ي, Çiçek and Şîrîn after Zêrîn, and every woman with
no name in the column first; the summary printed another order for the same women."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.reports.service import ReportService, SummaryFilter
from ui.persons_model import SORT_KEYS

ARABIC = ["يسرى", "گولی", "امل", "آمنة", "أمل", "کوێستان", "زينب", "إيمان", "ابتسام", "ژیان",
          "بسمة", "كريمة", "پەری"]
# as the summary prints them: by base letters, آ أ إ as ا (أمل and امل alike, then by case
# number), the Sorani letters as the one they come from (ژیان as زيان, before زينب; گولی as كولي)
ARABIC_SORTED = ["ابتسام", "امل", "أمل", "آمنة", "إيمان", "بسمة", "پەری", "ژیان", "زينب",
                 "كريمة", "گولی", "کوێستان", "يسرى"]
LATIN = ["Zêrîn", "Şîrîn", "Cemile", "Çiçek", "Sara"]
LATIN_SORTED = ["Cemile", "Çiçek", "Sara", "Şîrîn", "Zêrîn"]


@pytest.fixture
def women(session) -> dict[str, str]:
    """{her given name: case number}: Arabic-script names only, Latin names only, and one known
    only by her nickname (أم خالد)."""
    out = {}
    for given in ARABIC + LATIN:
        text = NameText(given, "") if given in ARABIC else NameText("", given)
        out[given] = session.persons.create(Person(
            names={NamePart.GIVEN: text, NamePart.FATHER: NameText("", "")},
            sex=Sex.FEMALE)).case_no
    out["أم خالد"] = session.persons.create(Person(
        names={NamePart.NICKNAME: NameText("أم خالد", "")}, sex=Sex.FEMALE)).case_no
    return out


def _summary(session, lang: str) -> list[str]:
    return [p.case_no for p in ReportService(session).summary_persons(
        SummaryFilter(sort="name"), lang=lang)]


def test_the_arabic_script_column_sorts_as_the_arabic_summary_prints(session, women):
    # the nickname is shown in the column, and sorted by it: أم with ا
    expected = [women[n] for n in ["ابتسام", "أم خالد", *ARABIC_SORTED[1:], *LATIN_SORTED]]
    listed = [r.case_no for r in session.persons.list(order=SORT_KEYS[1])]
    assert listed == expected
    assert _summary(session, "ar") == expected


def test_the_latin_column_sorts_as_the_english_summary_prints(session, women):
    # those with no Latin name after the Latin ones, by their Arabic-script names
    expected = [women[n] for n in [*LATIN_SORTED, "ابتسام", "أم خالد", *ARABIC_SORTED[1:]]]
    listed = [r.case_no for r in session.persons.list(order=SORT_KEYS[2])]
    assert listed == expected
    assert _summary(session, "en") == expected


@pytest.mark.parametrize("column", [1, 2])
def test_a_searchs_results_sort_as_the_list_does(qapp, session, women, column):
    """The desktop sorts a search's results where they are (PersonsModel.sort), in the list's
    order."""
    from PySide6.QtCore import Qt

    from ui.persons_model import PersonsModel

    model = PersonsModel(worker=None)
    model.results = session.persons.list()[::-1]  # as a search ranks them: any order
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert [r.case_no for r in model.results] == [
        r.case_no for r in session.persons.list(order=SORT_KEYS[column])]
