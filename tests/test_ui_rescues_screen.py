"""The Rescues screen, as the lawyer works with her hundreds of rescues: a double-click (or Enter)
opens the rescue itself in the rescue form, where a change saved shows in the list; New
rescue... records one of women typed by case number; each woman is named by case number and
name, and what was paid by a total per currency; a filter by name, case number or year; a
woman's page opened from the row; in Arabic the columns mirror and names keep their order;
and the list is read in the same few queries for 4 rescues as for 40. A real vault on disk,
the window offscreen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import CostEntry, RescueOperation
from tests.conftest import PASSPHRASE
from tests.test_ui_languages import _drawn
from tests.ui_support import read_vault, unlock
from ui.bidi import FSI, LRI, PDI, bare
from ui.settings import write_language

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight

# given (Arabic, Latin), father (Arabic, Latin): SNJ-00001 ... SNJ-00014
WOMEN = [("نادية", "Nadia", "مراد", "Murad"), ("ليلى", "Layla", "خلف", "Khalaf"),
         ("غزال", "Xezal", "حسن", "Hassan"), ("بسمة", "Basma", "الياس", "Ilyas"),
         ("جيهان", "Jihan", "قاسم", "Qasim"), ("سهام", "Siham", "خديدا", "Khdida"),
         ("نوال", "Nawal", "شمو", "Shamo"), ("هيفاء", "Haifa", "رشو", "Rasho"),
         ("شيرين", "Shirin", "الياس", "Ilyas"), ("زينة", "Zina", "بركات", "Barakat"),
         ("ناريمان", "Nariman", "حجي", "Haji"), ("وفاء", "Wafa", "سليمان", "Sulaiman"),
         ("دلال", "Dalal", "عيدو", "Eido"), ("روزا", "Roza", "جندي", "Jindi")]


def _rescue(date: str, women: list[int], place: str, costs=(), outcome: str = "freed alive",
            handover: str = "") -> RescueOperation:
    return RescueOperation(
        date=FuzzyDate.parse(date), from_place=place, handover_point="Semalka crossing",
        outcome=outcome, handover_to_family=FuzzyDate.parse(handover) if handover else FuzzyDate(),
        person_ids=women, gives_status="rescued",
        costs=[CostEntry(Decimal(a), cur, "intermediary M-2", "release") for a, cur in costs])


def dozen_rescues(folder) -> None:
    """Fourteen women missing since 03/08/2014 and twelve rescues of them, 2015 to 2020, most
    with a ledger in dollars, some in dinars too; rescue 2 freed three women, 3 two."""
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    ids = [s.persons.create(Person(
        names={NamePart.GIVEN: NameText(ar, latin), NamePart.FATHER: NameText(far, flat)},
        sex=Sex.FEMALE, status_events=[StatusEvent(Status.MISSING, FuzzyDate.parse("03/08/2014"))]
    )).id for ar, latin, far, flat in WOMEN]
    for date, women, place, costs, handover in (
            ("20/03/2015", [0], "Raqqa", [("6000", "USD"), ("1200000", "IQD")], "25/03/2015"),
            ("05/2016", [1, 2, 3], "Mosul", [("12500", "USD"), ("2000.50", "USD")], ""),
            ("2016", [4, 5], "Tal Afar", [], ""),
            ("11/09/2017", [6], "Deir ez-Zor", [("8000", "USD")], "20/09/2017"),
            ("02/2018", [7], "Idlib", [("1500000", "IQD")], ""),
            ("14/02/2019", [8], "Baghuz", [("10000", "USD"), ("500", "EUR")], "01/03/2019"),
            ("03/2019", [9], "al-Hol camp", [("4000", "USD")], ""),
            ("2019", [10], "Baghuz", [], ""),
            ("22/07/2019", [11], "Idlib", [("15000", "USD")], "30/07/2019"),
            ("2020", [12], "Turkey", [("7000", "USD"), ("300000", "IQD")], ""),
            ("01/2020", [13], "al-Hol camp", [("3000", "USD")], ""),
            ("10/10/2020", [0], "Mosul", [], "")):
        s.records.add_rescue(_rescue(date, [ids[i] for i in women], place, costs,
                                     handover=handover))
    s.close()


def _screen(qtbot, gui, folder, lang: str = "en"):
    write_language(folder, lang)
    gui.vault_dir = folder
    gui.language = lang
    main = unlock(qtbot, gui)
    view = main.show_screen("rescues")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    return main, view


def _column(view, title: str) -> int:
    return [view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())].index(title)


def _cell(view, rescue_id: int, title: str) -> str:
    row = next(r for r, x in enumerate(view.rows) if x.op.id == rescue_id)
    return view.model.item(row, _column(view, title)).text()


def _row_of(view, rescue_id: int) -> int:
    return next(r for r, x in enumerate(view.rows) if x.op.id == rescue_id)


def _shown(view) -> list[int]:
    return [x.op.id for r, x in enumerate(view.rows) if not view.table.isRowHidden(r)]


def _double_click(qtbot, view, row: int, col: int = 0) -> None:
    table = view.table
    rect = table.visualRect(view.model.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _form(qtbot, view):
    dialog = view.rescue_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible() and not dialog.busy,
                    timeout=10_000)
    return dialog


def _saved(qtbot, view, dialog) -> str:
    reads = view.model.rowCount(), list(view.rows)
    dialog.notice.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.notice.text() != "" or dialog.error.text() != "",
                    timeout=10_000)
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    qtbot.waitUntil(lambda: view.rows != reads[1], timeout=10_000)  # the list read again
    return bare(dialog.notice.text())


@pytest.fixture
def rescues_vault(made_vault):
    folder, _ = made_vault
    dozen_rescues(folder)
    return folder


def test_a_double_click_opens_the_rescue_itself_and_a_change_saved_shows_in_the_list(
        qtbot, gui, rescues_vault):
    """A double-click on rescue 2 (three women) opened the first woman's page; the rescue
    could be changed only from there."""
    main, view = _screen(qtbot, gui, rescues_vault)
    assert view.count.text() == "12 rescue operation(s)"
    row = _row_of(view, 2)
    _double_click(qtbot, view, row, view.PERSONS_COLUMN)  # on her name too: the rescue
    dialog = _form(qtbot, view)
    assert dialog.rescue_id == 2 and bare(dialog.heading.text()) == "Rescue 2"
    assert dialog.case_numbers() == ["SNJ-00002", "SNJ-00003", "SNJ-00004"]
    assert dialog.boxes["from_place"].text() == "Mosul"
    assert main.stack.currentWidget() is view  # no page of hers opened
    dialog.boxes["from_place"].setText("Mosul, old city")
    dialog.boxes["outcome"].setText("all three freed alive")
    said = _saved(qtbot, view, dialog)
    assert said.startswith("Rescue 2 saved.")
    assert _cell(view, 2, "From") == "Mosul, old city"
    assert _cell(view, 2, "Outcome") == "all three freed alive"
    assert view.chosen().op.id == 2  # the rescue saved stays chosen
    assert read_vault(rescues_vault, lambda s: s.records.get_rescue(2).from_place) == \
        "Mosul, old city"

    # Enter on the chosen row opens it too, and a deletion leaves the list
    dialog.reject()
    view.table.setFocus()
    view.choose(12)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.rescue_dialog is not dialog, timeout=10_000)
    dialog = _form(qtbot, view)
    assert dialog.rescue_id == 12
    dialog.ask_delete()
    qtbot.waitUntil(lambda: any(b.objectName() == "deleteRescueGo" and b.isVisible()
                                for b in dialog.findChildren(type(dialog.save_button))),
                    timeout=10_000)
    next(b for b in dialog.findChildren(type(dialog.save_button))
         if b.objectName() == "deleteRescueGo").click()
    qtbot.waitUntil(lambda: len(view.rows) == 11, timeout=10_000)
    assert 12 not in _shown(view) and view.count.text() == "11 rescue operation(s)"


def test_new_rescue_of_two_women_typed_by_case_number_is_saved_and_listed(
        qtbot, gui, rescues_vault):
    main, view = _screen(qtbot, gui, rescues_vault)
    view.new_button.click()
    dialog = _form(qtbot, view)
    # opened for no one: the heading says a new rescue, the form says how to name the women
    assert bare(dialog.heading.text()) == "New rescue"
    assert dialog.case_numbers() == []
    assert dialog.no_persons.isVisible() and not dialog.persons.isVisible()
    assert "type the case number of each woman" in dialog.no_persons.text()
    assert dialog.rescue_id is None and not dialog.delete_button.isVisible()
    dialog.boxes["date"].setText("15/06/2021")
    dialog.boxes["from_place"].setText("Hasakah")
    dialog.save_button.click()  # no one named yet: refused, nothing saved
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "names no one" in dialog.error.text()
    for typed in ("snj-13", "SNJ-00014"):
        count = dialog.persons.count()
        dialog.case_box.setText(typed)
        dialog.add_person_button.click()
        qtbot.waitUntil(lambda c=count: dialog.persons.count() > c, timeout=10_000)
    assert dialog.case_numbers() == ["SNJ-00013", "SNJ-00014"]
    assert not dialog.no_persons.isVisible() and dialog.persons.isVisible()
    line = dialog.add_line()
    line.amount.setText("9000")
    line.currency.setCurrentText("USD")
    said = _saved(qtbot, view, dialog)
    # each named beside her number, as the form lists her
    head, first, second = said.splitlines()
    assert (head, first) == ("Rescue 13 recorded.", "SNJ-00013 (دلال عيدو  /  Dalal Eido) is now Rescued.")
    assert second.startswith("SNJ-00014 (") and second.endswith(") is now Rescued.")
    assert len(view.rows) == 13 and view.count.text() == "13 rescue operation(s)"
    assert view.chosen().op.id == 13  # chosen, in sight
    persons = bare(_cell(view, 13, "Persons")).splitlines()
    assert [p.split()[0] for p in persons] == ["SNJ-00013", "SNJ-00014"]
    assert "دلال" in persons[0] and "روزا" in persons[1]
    assert bare(_cell(view, 13, "Paid")) == "9,000 USD"
    assert _cell(view, 13, "From") == "Hasakah"
    # the persons list says their new status too
    qtbot.waitUntil(lambda: "Rescued" in main.persons.counts.text(), timeout=10_000)


def test_each_woman_is_named_and_what_was_paid_is_totalled_per_currency(
        qtbot, gui, rescues_vault):
    _main, view = _screen(qtbot, gui, rescues_vault)
    # one line per woman: her case number, then her name as the vault keeps it (Arabic script)
    lines = bare(_cell(view, 2, "Persons")).splitlines()
    assert [line.split("  ") for line in lines] == [
        ["SNJ-00002", "ليلى خلف"], ["SNJ-00003", "غزال حسن"], ["SNJ-00004", "بسمة الياس"]]
    # each name isolated, so that a Latin case number and an Arabic name keep their order
    assert FSI + "ليلى خلف" + PDI in _cell(view, 2, "Persons")
    # the ledger's totals: dollars first, then dinars, Latin digits; blank when nothing paid
    assert bare(_cell(view, 1, "Paid")) == "6,000 USD; 1,200,000 IQD"
    assert bare(_cell(view, 2, "Paid")) == "14,500.50 USD"
    assert bare(_cell(view, 6, "Paid")) == "10,000 USD; 500 EUR"
    assert _cell(view, 3, "Paid") == ""
    tip = bare(view.model.item(_row_of(view, 2), _column(view, "Paid")).toolTip()
               ).replace("\xa0", " ")
    assert "12,500 USD - intermediary M-2 - release" in tip
    # a rescue of three women is three lines high
    table = view.table
    assert table.rowHeight(_row_of(view, 2)) > 2 * table.rowHeight(_row_of(view, 1))


def test_the_filter_narrows_the_list_by_name_case_number_or_year(qtbot, gui, rescues_vault):
    _main, view = _screen(qtbot, gui, rescues_vault)
    for typed, found in (("2019", [6, 7, 8, 9]),      # dated in 2019
                         ("٢٠١٩", [6, 7, 8, 9]),      # in Arabic digits
                         ("2016", [2, 3]),            # 05/2016 and 2016
                         ("SNJ-1", [1, 12]),           # SNJ-00001, as often typed
                         ("snj-00003", [2]),
                         ("3", [2]),                  # the number of a case
                         ("الياس", [2, 6]),            # a father's name, in Arabic
                         ("الیاس", [2, 6]),            # with the Persian ye: the same name
                         ("layla", [2]),              # her name in Latin letters, any case
                         ("nad", [1, 12]),            # the start of a name
                         ("Nadia 2020", [12]),        # every word found
                         ("2014", []),
                         ("", list(range(1, 13)))):
        view.filter_box.setText(typed)
        assert _shown(view) == found, typed
        total = "12 rescue operation(s)"
        assert view.count.text() == (f"{len(found)} of {total}" if typed.strip() else total)
    # a row hidden by the filter is no longer chosen
    view.choose(1)
    view.filter_box.setText("2019")
    assert view.chosen() is None and not view.open_button.isEnabled()


def test_her_page_opens_from_the_row(qtbot, gui, rescues_vault):
    main, view = _screen(qtbot, gui, rescues_vault)
    assert not view.her_page_button.isEnabled()  # no row chosen
    view.choose(2)  # three women: which one is asked, each named
    menu = view.row_menu(_row_of(view, 2))
    texts = [bare(a.text()) for a in menu.actions() if a.text()]
    assert texts[0] == "Open rescue 2..."
    assert texts[1:] == ["Open the page of SNJ-00002  ليلى خلف",
                         "Open the page of SNJ-00003  غزال حسن",
                         "Open the page of SNJ-00004  بسمة الياس"]
    view.her_page_button.click()
    women = view.findChild(QMenu, "rescueWomenMenu")
    assert [bare(a.text()) for a in women.actions()] == texts[1:]
    women.close()
    [a for a in menu.actions() if a.text()][2].trigger()
    qtbot.waitUntil(lambda: main.person_page is not None
                    and main.person_page.person is not None, timeout=10_000)
    assert main.person_page.case_no == "SNJ-00003"
    # a rescue of one woman opens her page at once
    view = main.show_screen("rescues")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.choose(4)
    view.her_page_button.click()
    qtbot.waitUntil(lambda: main.person_page.case_no == "SNJ-00007", timeout=10_000)


def test_in_arabic_the_columns_mirror_and_each_name_keeps_its_place(qtbot, gui, rescues_vault):
    """Right to left, the number is the first column, on the right; in the Persons cell each
    line reads from her case number, on the right, then her name."""
    _main, view = _screen(qtbot, gui, rescues_vault, "ar")
    table = view.table
    assert table.layoutDirection() == RTL
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(
        view.PERSONS_COLUMN) > header.sectionViewportPosition(view.model.columnCount() - 1)
    assert view.model.headerData(view.PERSONS_COLUMN, Qt.Orientation.Horizontal) == "الأشخاص"
    cell = _cell(view, 2, "الأشخاص")
    first = cell.split("\n")[0]
    assert LRI + "SNJ-00002" + PDI in first and FSI + "ليلى خلف" + PDI in first
    drawn = _drawn(first, table.font(), rtl=True).strip()  # left to right, Arabic as dots
    assert drawn.endswith("SNJ-00002")  # her case number first, on the right
    assert drawn.startswith("·")        # her name after it, on its left
    # the Persons column lays its lines out right to left, whatever their letters
    option_direction = view.table.itemDelegateForColumn(view.PERSONS_COLUMN)
    assert type(option_direction).__name__ == "QStyledItemDelegate"
    # an amount keeps its digits before its currency
    paid = _cell(view, 1, view.model.headerData(view.PAID_COLUMN, Qt.Orientation.Horizontal))
    assert LRI + "6,000 USD" + PDI in paid
    assert "6,000 USD" in _drawn(paid, table.font(), rtl=True)
    # a rescue is chosen and opened right to left too (QTableView.selectRow chose nothing)
    assert view.choose(2) and view.chosen().op.id == 2 and view.open_button.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    dialog = _form(qtbot, view)
    assert dialog.rescue_id == 2 and dialog.layoutDirection() == RTL


def test_the_list_is_read_in_as_many_queries_for_forty_rescues_as_for_four(tmp_path):
    """The screen read each rescue on its own (three queries a rescue): 500 rescues, 1,500
    queries at every visit."""
    from app.vault import KdfParams, create_vault
    s, _ = create_vault(tmp_path / "v", PASSPHRASE, "SNJ", KdfParams.fast())
    try:
        ids = [s.persons.create(Person(names={NamePart.GIVEN: NameText(ar, latin)},
                                       sex=Sex.FEMALE)).id for ar, latin, *_ in WOMEN]

        def queries() -> tuple[int, list]:
            seen: list[str] = []
            s.db.conn.set_trace_callback(seen.append)
            try:
                listed = s.records.rescues_listed()
            finally:
                s.db.conn.set_trace_callback(None)
            return len(seen), listed

        for n in range(4):
            s.records.add_rescue(_rescue("2019", [ids[n], ids[n + 1]], "Baghuz",
                                         [("1000", "USD")]))
        few, _ = queries()
        for n in range(36):
            s.records.add_rescue(_rescue("2020", [ids[n % 14]], "Idlib",
                                         [("500", "USD"), ("1000", "IQD")]))
        many, (rescues, kept, own) = queries()
        assert many == few <= 12
        assert len(rescues) == 40 and [len(op.costs) for op in rescues[-2:]] == [2, 2]
        assert rescues[0].person_ids == ids[:2]
        assert kept[ids[0]].full_name("original") == "نادية" and own[ids[0]] == "SNJ-00001"
    finally:
        s.close()


def test_a_merged_record_is_named_by_the_record_it_is_part_of_now(qtbot, gui, rescues_vault):
    """Rescue 4 freed SNJ-00007, since merged into SNJ-00001: the row names SNJ-00001 (her page
    opens by it), with the record it named."""
    def merge(s):
        s.matching.merge("SNJ-00001", "SNJ-00007", despite_contradiction=True)
    read_vault(rescues_vault, merge)
    _main, view = _screen(qtbot, gui, rescues_vault)
    line = bare(_cell(view, 4, "Persons"))
    assert line.startswith("SNJ-00001 (from SNJ-00007)") and "نادية مراد" in line
    assert [w.case_no for w in view.rows[_row_of(view, 4)].women] == ["SNJ-00001"]
    view.filter_box.setText("SNJ-7")
    assert _shown(view) == [4]
