"""The desktop's lists show a known date in the one form every printed paper shows it in
(2014-08-03, 2014-08, 1998), whatever form it was typed in: 3/5/98 is 3 May to one reader and
5 March to another. Approximate dates and ages keep their words; the Born column sorts by date;
her page keeps what was typed, with the one form beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.built_once import built_once
from tests.ui_support import unlock
from ui.bidi import LRI, PDI
from ui.settings import write_language

BORN_COLUMN = 6  # the persons list's Born column
# (given, born as typed) in the order of their case numbers, KCH-00001 ...
BIRTHS = [("Nadia", "3/5/98"), ("Layla", "about 1995"), ("Jamila", "08/2003"),
          ("Khalida", "2000"), ("Shireen", ""), ("Sara", "12/11/2001")]
# Born column, English: the one form, "about" in words, nothing where nothing is known
SHOWN = ["1998-05-03", "about 1995", "2003-08", "2000", "", "2001-11-12"]


@pytest.fixture
@built_once
def kocho(cli):
    """Six women of one family (father Murad) in a vault of its own prefix, their births typed
    as lists type them; Nadia's abduction 3/8/14, a report on her received 03/2019 and seen
    5/2/2019, and her rescue of 12/3/2019."""
    assert cli("init", "--prefix", "KCH").returncode == 0
    for given, born in BIRTHS:
        r = cli("person", "add", "--given", given, "--father", "Murad", "--sex", "F",
                *(("--born", born) if born else ()), "--status", "missing")
        assert r.returncode == 0, r.stderr
    for args in (("person", "edit", "KCH-00001", "--abducted", "3/8/14"),
                 ("report", "add", "--person", "KCH-00001", "--text", "seen in Raqqa",
                  "--received", "03/2019", "--observed", "5/2/2019"),
                 ("rescue", "add", "--person", "KCH-00001", "--date", "12/3/2019")):
        r = cli(*args)
        assert r.returncode == 0, r.stderr
    return cli.vault


def _main(qtbot, gui, folder, lang):
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    return unlock(qtbot, gui)


def _column(qtbot, model, column) -> list:
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.index(0, 0).data() != "…",
                    timeout=10_000)
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_born_column_shows_a_known_birth_in_the_one_form_of_the_papers(
        qtbot, gui, kocho, lang):
    """Born '3/5/98' was shown as typed: a reader could not tell 3 May from 5 March."""
    model = _main(qtbot, gui, kocho, lang).persons.model
    shown = _column(qtbot, model, BORN_COLUMN)
    about = SHOWN[1] if lang == "en" else f"حوالي {LRI}1995{PDI}"
    assert shown == [SHOWN[0], about, *SHOWN[2:]]
    assert model.headerData(BORN_COLUMN, Qt.Orientation.Horizontal) == (
        "Born" if lang == "en" else "تاريخ الولادة")


def test_sorting_by_the_born_column_sorts_by_date_in_the_list_and_in_a_search(
        qtbot, gui, kocho):
    """The column's header took a click and a sort mark, and the rows stayed in the order of
    their case numbers."""
    main = _main(qtbot, gui, kocho, "en")
    view, model = main.persons, main.persons.model
    _column(qtbot, model, 0)
    by_date = ["KCH-00002", "KCH-00001", "KCH-00004", "KCH-00006", "KCH-00003", "KCH-00005"]
    view.table.sortByColumn(BORN_COLUMN, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _column(qtbot, model, 0) == by_date, timeout=10_000)
    # earliest day first: about 1995 (1993-1997), 1998-05-03, 2000 ...; no birth known last
    view.table.sortByColumn(BORN_COLUMN, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _column(qtbot, model, 0) == by_date[::-1], timeout=10_000)
    view.search_box.setText("Murad")  # all six, ranked; then sorted by birth where they are
    qtbot.waitUntil(lambda: model.results is not None and len(model.results) == 6,
                    timeout=10_000)
    view.table.sortByColumn(BORN_COLUMN, Qt.SortOrder.AscendingOrder)
    assert _column(qtbot, model, 0) == by_date
    assert _column(qtbot, model, BORN_COLUMN) == [SHOWN[1], SHOWN[0], SHOWN[3], SHOWN[5],
                                                 SHOWN[2], ""]
    view.table.sortByColumn(BORN_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _column(qtbot, model, 0) == by_date[::-1]


def test_the_reports_and_rescues_lists_and_her_tabs_show_their_dates_in_the_one_form(
        qtbot, gui, kocho):
    """Received '03/2019' read '2019-03-01 – 2019-03-31' and a rescue '12/3/2019' its day:
    the papers print 2019-03 and 2019-03-12."""
    main = _main(qtbot, gui, kocho, "en")
    reports = main.show_screen("reports")
    qtbot.waitUntil(lambda: reports.model.rowCount() == 1, timeout=10_000)
    assert [reports.model.item(0, c).text() for c in (1, 2)] == ["2019-03", "2019-02-05"]
    rescues = main.show_screen("rescues")
    qtbot.waitUntil(lambda: rescues.model.rowCount() == 1, timeout=10_000)
    assert rescues.model.item(0, 1).text() == "2019-03-12"
    main.open_person("KCH-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert [page.reports_tab.model.item(0, c).text() for c in (1, 2)] == ["2019-03",
                                                                         "2019-02-05"]
    assert page.rescues_tab.model.item(0, 1).text() == "2019-03-12"


@pytest.mark.parametrize("lang, read_as", [("en", "read as"), ("ar", "قُرئ على أنه"),
                                           ("ckb", "خوێندرایەوە"), ("kmr", "hate xwendin")])
def test_her_page_keeps_what_was_typed_with_the_one_form_beside_it(qtbot, gui, kocho, lang,
                                                                   read_as):
    """Her page showed 3/5/98 alone, where `person show` says 1998-05-03 (as typed: 3/5/98)
    and the list 1998-05-03. A date that reads the same typed (2000, about 1995) has nothing
    beside it; one typed anew is read as it is typed."""
    main = _main(qtbot, gui, kocho, lang)
    main.open_person("KCH-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    form = page.form
    assert (form.birth.text(), form.abduction_date.text()) == ("3/5/98", "3/8/14")
    beside = {box: form.readings[box] for box in (form.birth, form.abduction_date)}
    assert all(label.isVisibleTo(form) for label in beside.values())
    for box, day in ((form.birth, "1998-05-03"), (form.abduction_date, "2014-08-03")):
        said = beside[box].text()
        # in a right-to-left line the day isolated, or it is drawn 03-05-1998
        assert read_as in said and (f"{LRI}{day}{PDI}" if lang in ("ar", "ckb") else day) in said
    form.birth.setText("12/11/2001")  # typed anew: read as typed
    assert "2001-11-12" in beside[form.birth].text()
    form.birth.setText("2000")
    assert not beside[form.birth].isVisibleTo(form)
    main.open_person("KCH-00004")  # 2000: the same either way
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert page.form.birth.text() == "2000"
    assert not page.form.readings[page.form.birth].isVisibleTo(page.form)


def test_new_persons_candidates_and_a_records_card_say_a_birth_in_the_one_form(
        qtbot, gui, kocho):
    """New person's candidates (and the import review's card of a vault record) showed the
    vault's 3/5/98 as typed."""
    from app.domain.person import NamePart
    from ui.import_wizard import _card
    from ui.new_person import NewPersonDialog

    main = _main(qtbot, gui, kocho, "en")
    main.persons.new_button.click()
    dialog = main.findChild(NewPersonDialog)
    dialog.name_fields[NamePart.GIVEN][1].setText("Nadia")
    dialog.name_fields[NamePart.FATHER][1].setText("Murad")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.found.isVisible(), timeout=10_000)
    found = dialog.found_table.model
    row = next(r for r in range(found.rowCount()) if found.item(r, 0).text() == "KCH-00001")
    assert found.item(row, 3).text() == "1998-05-03"
    card = {"case_no": "KCH-00001", "name_original": "", "name_latin": "Nadia Murad",
            "sex": "F", "born": "3/5/98", "village": "", "status": "missing"}
    assert "born: 1998-05-03" in _card(card) and "3/5/98" not in _card(card), _card(card)
    dialog.name_fields[NamePart.GIVEN][1].clear()  # nothing typed: closes unasked
    dialog.name_fields[NamePart.FATHER][1].clear()
