"""The persons list and a person's page: lazy pages, sorting, filters, counts, editing with
validation and undo, status events, relatives, photos."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt

from tests.ui_support import unlock, wait_job
from ui.bidi import bare
from ui.persons_model import PAGE

# A 1x1 PNG: a real image file, small enough to keep here.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_list_counts_and_loads_only_the_pages_looked_at(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    model = main.persons.model
    assert model.total == 300
    assert "300" in main.persons.counts.text()
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    assert len(model.pages) <= 2  # not the whole list
    assert model.data(model.index(0, 0)) == "DEMO-00001"
    last = model.index(299, 0)
    assert model.data(last) == "…"  # asked for, not there yet
    qtbot.waitUntil(lambda: 299 // PAGE in model.pages, timeout=10_000)
    assert model.data(last) == "DEMO-00300"
    colour = model.data(model.index(0, 5), Qt.ItemDataRole.BackgroundRole)
    assert colour is not None


def test_sorting_descending_and_by_name(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    model = main.persons.model
    main.persons.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    assert model.data(model.index(0, 0)) == "DEMO-00300"
    assert model.data(model.index(1, 0)) == "DEMO-00299"
    main.persons.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    names = [model.data(model.index(r, 2)) for r in range(50)]
    assert names == sorted(names)


def test_filters_narrow_the_list_and_the_counts(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.persons
    expected = wait_job(qtbot, gui.worker, lambda s: s.persons.status_counts()["missing"])
    view.status.setCurrentIndex(view.status.findData("missing"))
    qtbot.waitUntil(lambda: view.model.total == expected, timeout=10_000)
    view.model.data(view.model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in view.model.pages, timeout=10_000)
    statuses = {s.current_status for s in view.model.pages[0]}
    assert statuses == {"missing"}


def _shown_persons(qtbot, gui, model) -> list:
    """Every person the list shows now, read back from the vault."""
    rows = model.results if model.results is not None else None
    if rows is None:
        model.data(model.index(0, 0))
        qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
        rows = model.pages[0]
    case_nos = [r.case_no for r in rows]
    return wait_job(qtbot, gui.worker, lambda s: [s.persons.get(c) for c in case_nos])


def test_age_and_abduction_ranges_narrow_the_list_and_the_search(qtbot, gui, demo_vault,
                                                                  monkeypatch):
    from datetime import date

    import app.search_service

    class NewYearsEve(date):  # the list and this check agree on the year, even at midnight
        @classmethod
        def today(cls):
            return date(2026, 12, 31)

    monkeypatch.setattr(app.search_service, "date", NewYearsEve)
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view, model = main.persons, main.persons.model
    year = 2026
    view.age_from.setText("20")
    view.age_to.setText("30")
    qtbot.waitUntil(lambda: model.filter.born_from is not None, timeout=10_000)
    qtbot.waitUntil(lambda: 0 < model.total < 300, timeout=10_000)
    for p in _shown_persons(qtbot, gui, model):  # a fuzzy birth overlapping ages 20 to 30
        assert p.birth.latest.year >= year - 31 and p.birth.earliest.year <= year - 20
    with qtbot.waitSignal(model.counts_changed, timeout=10_000):  # the new filter's counts
        view.age_from.clear()
        view.age_to.clear()
        view.abducted_from.setText("15/08/2014")
        view.abducted_to.setText("08/2014")
    assert model.filter.abducted_to == date(2014, 8, 31) and model.filter.born_from is None
    assert 0 < model.total < 300
    shown = _shown_persons(qtbot, gui, model)
    assert {p.abduction_date.earliest for p in shown} == {date(2014, 8, 15)}
    assert str(model.total) in view.counts.text()
    view.search_box.setText(shown[0].names[next(iter(shown[0].names))].latin)  # and a search
    qtbot.waitUntil(lambda: model.results is not None, timeout=10_000)
    assert shown[0].case_no in [r.case_no for r in model.results]
    assert {p.abduction_date.earliest for p in _shown_persons(qtbot, gui, model)} == {
        date(2014, 8, 15)}


def test_an_unreadable_range_is_named_and_the_list_kept(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.persons
    view.abducted_from.setText("last summer")
    qtbot.waitUntil(lambda: view.filter_error.isVisibleTo(view), timeout=10_000)
    assert view.filter_error.text() == (
        "Abducted from: last summer is not a date (e.g. 2014, 08/2014, 03/08/2014)")
    assert view.model.total == 300
    view.abducted_from.clear()
    view.age_from.setText("40")
    view.age_to.setText("30")
    qtbot.waitUntil(lambda: view.filter_error.text() == "Age: the minimum is above the maximum",
                    timeout=10_000)
    assert view.model.total == 300
    view.age_to.setText("50")
    qtbot.waitUntil(lambda: not view.filter_error.isVisibleTo(view)
                    and view.model.total < 300, timeout=10_000)
    # typing keeps an age box to digits; a box filled otherwise (a saved filter, setText) is
    # named in the interface's words, never as Python's "invalid literal for int()"
    view.age_from.setText("abc")
    qtbot.waitUntil(lambda: view.filter_error.isVisibleTo(view), timeout=10_000)
    assert view.filter_error.text() == "Age today, from: abc is not an age in years (e.g. 18)"


def test_the_village_filter_takes_every_spelling_of_the_village(qtbot, gui, demo_vault):
    """Kocho written as Koço and كوجو by other hands: the village box finds them all, in the
    list and in a search, whichever spelling is typed; Tel Ezer stays out of Tel Qasab."""
    from app.domain.person import NamePart, NameText, Person, Sex

    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view, model = main.persons, main.persons.model
    assert "exact" not in view.village.placeholderText()

    def add_and_count(session):
        for village in ("Koço", "كوجو"):
            p = Person(sex=Sex.FEMALE, origin_village=village)
            p.names[NamePart.GIVEN] = NameText("", "Khalila")
            session.persons.create(p)
        spellings = {"Kocho", "Koço", "كوجو"}
        return {p.case_no for p in session.persons.iter_all() if p.origin_village in spellings}

    kocho = wait_job(qtbot, gui.worker, add_and_count)
    with qtbot.waitSignal(model.counts_changed, timeout=10_000):
        view.village.setText("Kojo")
    assert model.total == len(kocho)
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    assert {r.case_no for r in model.pages[0]} == kocho  # fewer than a page
    view.search_box.setText("Khalila")
    qtbot.waitUntil(lambda: model.results is not None, timeout=10_000)
    found = {r.case_no for r in model.results}
    assert found and found <= kocho
    assert {r.origin_village for r in model.results} >= {"Koço", "كوجو"}
    with qtbot.waitSignal(model.counts_changed, timeout=10_000):
        view.search_box.clear()
    with qtbot.waitSignal(model.counts_changed, timeout=10_000):
        view.village.setText("Tel Qasab")
    assert model.filter.village == "Tel Qasab" and model.results is None
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    assert {r.origin_village for r in model.pages[0]} == {"Tel Qasab"}


def _first_page(qtbot, gui, demo_vault, column: int) -> list[str]:
    """What the list shows in one column for its first 50 persons."""
    gui.vault_dir = demo_vault
    model = unlock(qtbot, gui).persons.model
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: 0 in model.pages, timeout=10_000)
    return [model.data(model.index(r, column)) for r in range(50)]


def test_sex_is_shown_in_words(qtbot, gui, demo_vault):
    assert set(_first_page(qtbot, gui, demo_vault, 3)) <= {"Female", "Male"}


def test_birth_is_shown_as_given_not_as_a_bare_year(qtbot, gui, demo_vault):
    born = _first_page(qtbot, gui, demo_vault, 6)
    assert any(b.startswith("about ") for b in born)  # the demo has "about 1979" births
    assert all(b[-4:].isdigit() for b in born)


def _open(qtbot, main, case_no):
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


def test_person_page_shows_both_scripts_side_by_side(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00001")
    p = page.person
    from app.domain.person import NamePart
    original, latin = page.form.name_fields[NamePart.GIVEN]
    assert original.text() == p.names[NamePart.GIVEN].original
    assert latin.text() == p.names[NamePart.GIVEN].latin
    assert original.isReadOnly()
    assert page.status_tab.model.rowCount() == len(p.status_events)
    assert page.history_tab.model.rowCount() >= 1  # at least its creation


def test_edit_validates_saves_and_undoes_the_last_change(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00002")
    old_village = page.person.origin_village
    page.start_edit()
    page.form.birth.setText("the thirtieth of never")
    page.save()
    assert "Born" in page.error.text()
    page.form.birth.setText("about 1999")
    page.form.texts["origin_village"].setText("Kocho")
    version = page.person.version
    page.save()
    qtbot.waitUntil(lambda: page.person.version == version + 1, timeout=10_000)
    assert page.person.origin_village == "Kocho"
    assert page.person.birth.text == "about 1999"
    assert page.notice.text().startswith("Saved at ")  # a save says so, not only a quiet page
    assert page.buttons["undo"].isEnabled()
    page.undo()
    qtbot.waitUntil(lambda: page.person.version == version + 2, timeout=10_000)
    assert page.person.origin_village == old_village
    assert page.notice.text().startswith("Last change undone at ")
    actions = [r.action for r in wait_job(qtbot, gui.worker,
                                          lambda s: s.persons.history("DEMO-00002"))]
    assert actions[-2:] == ["person.edit", "person.undo"]


def test_add_status_event_link_relative_and_photo(qtbot, gui, demo_vault, tmp_path):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00003")
    events = len(page.person.status_events)
    page.status_tab.status.setCurrentIndex(page.status_tab.status.findData("rescued"))
    page.status_tab.date.setText("2021")
    page.status_tab.note.setText("handed over")
    page.add_status("rescued", "2041", "handed over")  # 2041 typed for 2014: refused, named
    qtbot.waitUntil(lambda: page.error.text() == "Date: 2041 is in the future", timeout=10_000)
    page.add_status("rescued", "2021", "handed over")
    qtbot.waitUntil(lambda: len(page.person.status_events) == events + 1, timeout=10_000)
    assert page.person.current_status.value == "rescued"
    page.add_status("located", "not a date", "")
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    page.link_relative("DEMO-00004", "sibling")
    qtbot.waitUntil(lambda: page.relatives_tab.model.rowCount() == 1, timeout=10_000)
    assert page.relatives_tab.model.item(0, 1).text() == "DEMO-00004"
    photo = tmp_path / "p.png"
    photo.write_bytes(PNG)
    page.add_photo_file(photo)
    qtbot.waitUntil(lambda: page.photos_tab.list.count() == 1, timeout=10_000)
    (tmp_path / "bad.png").write_bytes(b"not an image")
    page.add_photo_file(tmp_path / "bad.png")
    qtbot.waitUntil(lambda: "JPEG or PNG" in page.error.text(), timeout=10_000)


def test_reports_rescues_and_audit_screens(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    reports = main.show_screen("reports")
    qtbot.waitUntil(lambda: reports.model.rowCount() > 0, timeout=10_000)
    rescues = main.show_screen("rescues")
    qtbot.waitUntil(lambda: rescues.model.rowCount() > 0, timeout=10_000)
    audit = main.show_screen("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
    assert audit.model.item(0, 2).text() == "Vault unlocked"  # newest first, in words
    audit.verify()
    qtbot.waitUntil(lambda: "intact" in audit.result.text(), timeout=10_000)


def test_a_report_and_a_rescue_added_on_the_page_show_everywhere(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00007")
    reports = page.reports_tab.model.rowCount()
    tab = page.reports_tab
    tab.boxes["received"].setText("03/2019")
    tab.boxes["place"].setText("Raqqa")
    tab.boxes["source_code"].setText("S-17")
    tab.add_button.click()  # no text yet: refused, nothing stored
    qtbot.waitUntil(lambda: "needs its text" in page.error.text(), timeout=10_000)
    tab.boxes["text"].setText("seen at the market with two children")
    tab.add_button.click()
    qtbot.waitUntil(lambda: page.reports_tab.model.rowCount() == reports + 1, timeout=10_000)
    row = reports  # the newest report is the last row
    assert [page.reports_tab.model.item(row, c).text() for c in (1, 3, 4)] == [
        "2019-03", "Raqqa", "S-17"]  # the month, as the dossier prints it
    assert page.error.text() == "" and tab.boxes["text"].text() == ""
    rescues = page.rescues_tab.model.rowCount()
    page.rescues_tab.boxes["date"].setText("someday")
    page.rescues_tab.add_button.click()
    qtbot.waitUntil(lambda: "Rescue date: someday cannot be read as a date" in page.error.text(),
                    timeout=10_000)
    page.rescues_tab.boxes["date"].setText("2019")
    page.rescues_tab.boxes["outcome"].setText("handed to her uncle in Duhok")
    page.rescues_tab.add_button.click()
    qtbot.waitUntil(lambda: page.rescues_tab.model.rowCount() == rescues + 1, timeout=10_000)
    screen = main.show_screen("reports")
    qtbot.waitUntil(lambda: any(screen.model.item(r, 7).text() == "DEMO-00007"
                                and screen.model.item(r, 3).text() == "Raqqa"
                                for r in range(screen.model.rowCount())), timeout=10_000)
    row = next(r for r in range(screen.model.rowCount())  # listed newest received first
               if screen.model.item(r, 3).text() == "Raqqa"
               and screen.model.item(r, 7).text() == "DEMO-00007")
    main.open_person("DEMO-00001")
    qtbot.waitUntil(lambda: main.person_page.person is not None, timeout=10_000)
    main.show_screen("reports")
    screen.table.doubleClicked.emit(screen.model.index(row, 0))  # opens the person
    qtbot.waitUntil(lambda: main.person_page.case_no == "DEMO-00007"
                    and main.stack.currentWidget() is main.person_page, timeout=10_000)
    rescues_screen = main.show_screen("rescues")
    qtbot.waitUntil(lambda: any(rescues_screen.model.item(r, 7).text()
                                == "handed to her uncle in Duhok"
                                and bare(rescues_screen.model.item(r, 5).text()).startswith(
                                    "DEMO-00007  ")
                                for r in range(rescues_screen.model.rowCount())),
                    timeout=10_000)


def test_a_failing_operation_reaches_the_gui_as_a_message(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    unlock(qtbot, gui)
    messages = []

    def broken(_session):
        raise RuntimeError("secret name inside")  # unexpected errors: type only, no text

    job = gui.worker.submit(broken, on_error=messages.append)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert messages and "RuntimeError" in messages[0] and "secret" not in messages[0]
    job = gui.worker.submit(lambda s: s.persons.get("DEMO-99999"), on_error=messages.append)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert messages[1] == "no person with case number DEMO-99999"


def test_search_as_you_type_ranks_across_scripts(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.persons
    first = wait_job(qtbot, gui.worker, lambda s: s.persons.get("DEMO-00005"))
    from app.domain.person import NamePart
    given = first.names[NamePart.GIVEN]
    view.search_box.setText(given.original)  # Arabic script: setText, never keyClicks
    qtbot.waitUntil(lambda: view.model.results is not None, timeout=10_000)
    found = [view.model.data(view.model.index(r, 0)) for r in range(view.model.total)]
    assert "DEMO-00005" in found
    assert "best first" in view.counts.text()
    qtbot.keyClicks(view.search_box, "")  # latin search next
    view.search_box.setText(given.latin[:-1])  # half typed
    qtbot.waitUntil(lambda: view.model.query == given.latin[:-1], timeout=10_000)
    qtbot.waitUntil(lambda: view.model.results is not None
                    and any(r.case_no == "DEMO-00005" for r in view.model.results),
                    timeout=10_000)
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.results is None and view.model.total == 300,
                    timeout=10_000)


def test_after_unlock_the_search_cache_fills_in_steps_behind_the_list(qtbot, gui, demo_vault,
                                                                     monkeypatch):
    import app.search_service
    monkeypatch.setattr(app.search_service, "WARM_STEP_PERSONS", 40)  # 300 persons: 8 steps
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    qtbot.waitUntil(lambda: wait_job(qtbot, gui.worker, lambda s: s.search._cache is not None),
                    timeout=10_000)
    assert 0 in main.persons.model.pages
    view = main.persons
    view.search_box.setText("DEMO")  # a word in no name: nothing, but answered from the cache
    qtbot.waitUntil(lambda: view.model.results is not None, timeout=10_000)
    assert view.model.results == []


def test_a_search_cache_dropped_by_a_large_change_is_filled_again(qtbot, gui, demo_vault,
                                                                   monkeypatch):
    import app.search_service
    import ui.controller
    monkeypatch.setattr(app.search_service, "RELOAD_ABOVE", 2)  # "large": more than 2 persons
    monkeypatch.setattr(ui.controller, "WARM_CHECK_MS", 50)
    gui.vault_dir = demo_vault
    unlock(qtbot, gui)

    def cached(s):
        return s.search._cache is not None

    qtbot.waitUntil(lambda: wait_job(qtbot, gui.worker, cached), timeout=10_000)
    from app.domain.person import NamePart, NameText, Person

    def add_five(s):
        s.persons.create_many(Person(names={NamePart.GIVEN: NameText("", f"Gulizar{i}")})
                              for i in range(5))
        return cached(s)

    assert wait_job(qtbot, gui.worker, add_five) is False  # dropped, as after an import
    qtbot.waitUntil(lambda: wait_job(qtbot, gui.worker, cached), timeout=10_000)


def test_a_failure_nobody_asked_about_is_still_shown(qtbot, gui, demo_vault):
    from PySide6.QtWidgets import QMessageBox
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    job = gui.worker.submit(lambda s: s.persons.get("DEMO-77777"))  # no on_error given
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert gui.worker.unhandled == ["no person with case number DEMO-77777"]
    box = main.findChild(QMessageBox)
    assert box is not None and "DEMO-77777" in box.text()
    box.close()


def test_a_death_a_list_reported_is_on_her_page_until_settled(qtbot, gui, made_vault, tmp_path):
    from app.domain.person import NamePart, NameText, Person, Status, StatusEvent
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.import_helpers import write_csv

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    nadia = s.persons.create(Person(
        names={NamePart.GIVEN: NameText("", "Nadia"), NamePart.FATHER: NameText("", "Basi"),
               NamePart.GRANDFATHER: NameText("", "Taha"), NamePart.FAMILY: NameText("", "Haskani")},
        status_events=[StatusEvent(Status.MISSING)]))
    svc = ImportService(s)
    path = write_csv(tmp_path / "deaths.csv", ["Name", "Father", "Grandfather", "Family", "Status"],
                     [["Nadia", "Basi", "Taha", "Haskani", "died in Baghuz 2019"]])
    plan = svc.prepare(str(path))
    svc.commit(svc.stage(plan, svc.stage_rows(plan)))
    s.close()
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, nadia.case_no)
    tab = page.conflicts_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Not taken from lists (1)"
    row = [tab.model.item(0, c).text() for c in range(tab.model.columnCount())]
    assert row == ["\u2068deaths.csv\u2069 (1)", "2", "status", "Deceased, 2019 «died in Baghuz 2019»",
                   "Missing"]


def test_the_list_is_read_again_when_shown_after_an_import(qtbot, gui, demo_vault):
    """After an import elsewhere in the program the list still said 300 persons, the new ones
    unseen, until something was typed in the search box."""
    from app.domain.person import NamePart, NameText, Person, Sex

    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    model = main.persons.model
    qtbot.waitUntil(lambda: model.total == 300, timeout=10_000)
    main.show_screen("imports")
    wait_job(qtbot, gui.worker, lambda s: s.persons.create(Person(
        names={NamePart.GIVEN: NameText("روجين", "Rojin")}, sex=Sex.FEMALE)))
    main.show_screen("persons")
    qtbot.waitUntil(lambda: model.total == 301, timeout=10_000)


def test_the_age_boxes_say_the_age_is_today_as_the_command_line_says(qtbot, gui, made_vault):
    """Nothing said whether an age was her age today or when she was taken (it is today's)."""
    from datetime import date

    from app.cli.main import build_parser

    gui.vault_dir = made_vault[0]
    view = unlock(qtbot, gui).persons
    from PySide6.QtWidgets import QLabel

    beside = {label.buddy(): label.text() for label in view.findChildren(QLabel)
              if label.buddy() is not None}
    assert beside[view.age_from] == "Age today, from" and beside[view.age_to] == "to"
    year = date.today().year
    for box in (view.age_from, view.age_to):
        assert box.toolTip() == (f"Age today (in {year}), not the age when taken, worked out "
                                 "from the recorded birth; a person with no birth recorded is "
                                 "left out")
    search = build_parser()._subparsers._group_actions[0].choices["search"]
    assert "--min-age YEARS her age today" in " ".join(search.format_help().split())
