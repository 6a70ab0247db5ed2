"""The desktop's Rescues screen reads of each woman only what its rows show (case number, sex and
names), in a few queries: it read each whole, her statuses with the reports they rest on, for
500 rescues among 20,000 persons at every visit. Its rows say what they said, in English and in
Arabic: a woman rescued twice, one merged into another, one named in Arabic only, one with no
village, one known only by her nickname, one whose given name is unknown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import CostEntry, RescueOperation
from tests.conftest import PASSPHRASE
from tests.test_ui_rescues_screen import _screen, _shown
from ui.records_view import _all_rescues

# SNJ-00001 ... SNJ-00006: names {part: (Arabic, Latin)}, village
WOMEN = [({NamePart.GIVEN: ("نادية", "Nadia"), NamePart.FATHER: ("مراد", "Murad")}, "Kocho"),
         ({NamePart.GIVEN: ("ليلى", ""), NamePart.FATHER: ("خلف", "")}, "Hardan"),
         ({NamePart.GIVEN: ("غزال", "Xezal"), NamePart.FATHER: ("حسن", "Hassan")}, ""),
         ({NamePart.NICKNAME: ("أم خالد", "")}, "Tel Qasab"),
         ({NamePart.GIVEN: ("", "Nadya"), NamePart.FATHER: ("", "Murad")}, "Kocho"),
         ({NamePart.FATHER: ("الياس", "Ilyas"), NamePart.FAMILY: ("حجي", "Haji")}, "Solagh")]

# date, women (SNJ numbers), from, ledger, handover to family, the status it gives
RESCUES = [("20/03/2015", [1], "Raqqa", [("6000", "USD"), ("1200000", "IQD")], "25/03/2015",
            "rescued"),
           ("05/2016", [5, 2], "Mosul", [("12500", "USD")], "", "rescued"),
           ("2019", [1, 3], "Baghuz", [], "", "none"),
           ("10/10/2020", [4, 6], "الموصل", [("500", "EUR")], "", "rescued")]


def _women_and_rescues(s) -> None:
    ids = [s.persons.create(Person(
        names={part: NameText(ar, latin) for part, (ar, latin) in names.items()},
        sex=Sex.FEMALE, origin_village=village)).id for names, village in WOMEN]
    for date, women, place, costs, handover, gives in RESCUES:
        s.records.add_rescue(RescueOperation(
            date=FuzzyDate.parse(date), from_place=place, handover_point="Semalka crossing",
            outcome="freed alive" if gives != "none" else "لم تنجح",
            handover_to_family=FuzzyDate.parse(handover) if handover else FuzzyDate(),
            person_ids=[ids[n - 1] for n in women], gives_status=gives,
            costs=[CostEntry(Decimal(a), cur, "intermediary M-2", "release") for a, cur in costs]))
    s.matching.merge("SNJ-00001", "SNJ-00005", despite_contradiction=True)


def _queries(s) -> list[str]:
    seen: list[str] = []
    s.db.conn.set_trace_callback(seen.append)
    try:
        _all_rescues(s)
    finally:
        s.db.conn.set_trace_callback(None)
    return seen


def test_the_women_are_read_by_their_names_alone_in_a_few_queries(session):
    """Three queries for the rescues, one for the records merged, two for the women's case
    numbers and names: none for her statuses (nor the reports they rest on), and no more for
    forty rescues than for four."""
    _women_and_rescues(session)
    few = _queries(session)
    assert len(few) <= 6
    assert not [q for q in few if "status_events" in q or "reports" in q]
    for n in range(36):
        session.records.add_rescue(RescueOperation(
            date=FuzzyDate.parse("2021"), from_place="Idlib", person_ids=[n % 6 + 1],
            gives_status="none"))
    assert len(_queries(session)) == len(few)


def _rows(view) -> list[list[str]]:
    """Each row's cells, the Paid cell's tooltip (the ledger) after them."""
    m = view.model
    return [[m.item(r, c).text() for c in range(m.columnCount())] + [m.item(r, 6).toolTip()]
            for r in range(m.rowCount())]


@pytest.fixture
def small_vault(made_vault):
    from app.vault import open_vault
    folder, _ = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        _women_and_rescues(s)
    finally:
        s.close()
    return folder


# what each filter found (rescue numbers): the same in either language
FOUND = {"2019": [3], "5": [2], "SNJ-00002": [2], "ليل": [2], "خالد": [4], "Nadya": [1, 2, 3],
         "Haji": [4], "Xezal 2016": []}

# the rows as the screen showed them while it read each woman whole (its marks that keep each
# name and number in its direction written out)
ROWS_EN = [
    [
        '1',
        '2015-03-20',
        'Raqqa',
        'Semalka crossing',
        '2015-03-25',
        '\u200eSNJ-00001  \u2068نادية مراد\u2069',
        '6,000 USD; 1,200,000 IQD',
        'freed alive',
        '<p>\u200e6,000\xa0USD\xa0-\xa0intermediary\xa0M-2\xa0-\xa0release<br>\n\u200e1,200,000\xa0IQD'
        '\xa0-\xa0intermediary\xa0M-2\xa0-\xa0release</p>',
    ],
    [
        '2',
        '2016-05',
        'Mosul',
        'Semalka crossing',
        '',
        '\u200eSNJ-00002  \u2068ليلى خلف\u2069\n\u200eSNJ-00001 (from SNJ-00005)  \u2068نادية مراد\u2069',
        '12,500 USD',
        'freed alive',
        '<p>\u200e12,500\xa0USD\xa0-\xa0intermediary\xa0M-2\xa0-\xa0release</p>',
    ],
    [
        '3',
        '2019',
        'Baghuz',
        'Semalka crossing',
        '',
        '\u200eSNJ-00001  \u2068نادية مراد\u2069\n\u200eSNJ-00003  \u2068غزال حسن\u2069',
        '',
        'لم تنجح',
        '',
    ],
    [
        '4',
        '2020-10-10',
        'الموصل',
        'Semalka crossing',
        '',
        '\u200eSNJ-00004  \u2068known as \u2068أم خالد\u2069\u2069\n\u200eSNJ-00006  \u2068(given name '
        'unknown) \u2068الياس حجي\u2069\u2069',
        '500 EUR',
        'freed alive',
        '<p>\u200e500\xa0EUR\xa0-\xa0intermediary\xa0M-2\xa0-\xa0release</p>',
    ],
]
COUNT_EN = '4 rescue operation(s)'
ROWS_AR = [
    [
        '\u20661\u2069',
        '\u20662015-03-20\u2069',
        '\u2066Raqqa\u2069',
        '\u2066Semalka crossing\u2069',
        '\u20662015-03-25\u2069',
        '\u200f\u2066SNJ-00001\u2069  \u2068نادية مراد\u2069',
        '\u20666,000 USD\u2069؛ \u20661,200,000 IQD\u2069',
        '\u2066freed alive\u2069',
        '<p>\u200f\u2066\u2066\u202d6,000\u202c\u2069\xa0USD\u2069\xa0-\xa0\u2066intermediary\xa0M-2'
        '\u2069\xa0-\xa0\u2066release\u2069<br>\n\u200f\u2066\u2066\u202d1,200,000\u202c\u2069\xa0IQD'
        '\u2069\xa0-\xa0\u2066intermediary\xa0M-2\u2069\xa0-\xa0\u2066release\u2069</p>',
    ],
    [
        '\u20662\u2069',
        '\u20662016-05\u2069',
        '\u2066Mosul\u2069',
        '\u2066Semalka crossing\u2069',
        '',
        '\u200f\u2066SNJ-00002\u2069  \u2068ليلى خلف\u2069\n\u200f\u2066SNJ-00001\u2069 (من السجل '
        '\u2066SNJ-00005\u2069)  \u2068نادية مراد\u2069',
        '\u2066\u206612,500 USD\u2069\u2069',
        '\u2066freed alive\u2069',
        '<p>\u200f\u2066\u2066\u202d12,500\u202c\u2069\xa0USD\u2069\xa0-\xa0\u2066intermediary\xa0M-2'
        '\u2069\xa0-\xa0\u2066release\u2069</p>',
    ],
    [
        '\u20663\u2069',
        '\u20662019\u2069',
        '\u2066Baghuz\u2069',
        '\u2066Semalka crossing\u2069',
        '',
        '\u200f\u2066SNJ-00001\u2069  \u2068نادية مراد\u2069\n\u200f\u2066SNJ-00003\u2069  \u2068غزال ح'
        'سن\u2069',
        '',
        'لم تنجح',
        '',
    ],
    [
        '\u20664\u2069',
        '\u20662020-10-10\u2069',
        'الموصل',
        '\u2066Semalka crossing\u2069',
        '',
        '\u200f\u2066SNJ-00004\u2069  \u2068المعروفة بـ \u2068أم خالد\u2069\u2069\n\u200f\u2066SNJ-0000'
        '6\u2069  \u2068(الاسم الأول غير معروف) \u2068الياس حجي\u2069\u2069',
        '\u2066\u2066500 EUR\u2069\u2069',
        '\u2066freed alive\u2069',
        '<p>\u200f\u2066500\xa0EUR\u2069\xa0-\xa0\u2066intermediary\xa0M-2\u2069\xa0-\xa0\u2066release'
        '\u2069</p>',
    ],
]
COUNT_AR = 'عمليات الإنقاذ: 4'


@pytest.mark.parametrize(("lang", "rows", "count"), [("en", ROWS_EN, COUNT_EN),
                                                     ("ar", ROWS_AR, COUNT_AR)])
def test_each_row_says_what_it_said_and_the_filter_finds_what_it_found(
        qtbot, gui, small_vault, lang, rows, count):
    _main, view = _screen(qtbot, gui, small_vault, lang)
    assert _rows(view) == rows
    assert view.count.text() == count
    for words, found in FOUND.items():
        view.filter_box.setText(words)
        assert _shown(view) == found, words
