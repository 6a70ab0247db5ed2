"""The desktop's Persons list takes "Seen since" beside its other filters, as `person list
--seen-since` does, and "Print list..." carries it to an internal case summary only."""

from __future__ import annotations

from tests.test_person_list_seen_since import _vault
from tests.test_ui_print_filters import _list_shown, _printed
from tests.ui_support import unlock


def test_seen_since_on_the_persons_list_and_its_summary(qtbot, gui, cli):
    _vault(cli)  # seen: SNJ-1 06/2025 (missing), -3 2024 (rescued), -6 12/2023 (sighted)
    main = unlock(qtbot, gui)
    persons = main.persons
    persons.seen_since.setText("2024")
    persons.apply_filters()
    qtbot.waitUntil(lambda: persons.model.filter.seen_since is not None, timeout=10_000)
    assert _list_shown(qtbot, main) == ["SNJ-00001", "SNJ-00003"]
    persons.status.setCurrentIndex(persons.status.findData("missing"))
    qtbot.waitUntil(lambda: persons.model.filter.status == "missing", timeout=10_000)
    assert _list_shown(qtbot, main) == ["SNJ-00001"]
    # a search that the date leaves out says why
    persons.status.setCurrentIndex(0)
    persons.seen_since.setText("2025")
    persons.search_box.setText("Samira")
    qtbot.waitUntil(lambda: "no report or status since 2025-01-01" in persons.left_out.text(),
                    timeout=10_000)
    persons.search_box.setText("")
    persons.seen_since.setText("2024")
    persons.apply_filters()
    qtbot.waitUntil(lambda: persons.model.filter.seen_since is not None
                    and persons.model.filter.seen_since.year == 2024, timeout=10_000)
    persons.print_button.click()
    view = main.screens["print"]
    assert view.filters.seen_since.text() == "2024"
    # a court's paper is not chosen by when she was seen: refused, nothing made
    view.profile.setCurrentIndex(view.profile.findData("court"))
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    assert "internal" in view.error.text() and view.built is None
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    assert _printed(qtbot, view) == ["SNJ-00001", "SNJ-00003"]


def test_a_seen_since_that_is_no_date_is_named(qtbot, gui, cli):
    _vault(cli)
    main = unlock(qtbot, gui)
    main.persons.seen_since.setText("soon")
    main.persons.apply_filters()
    qtbot.waitUntil(lambda: main.persons.filter_error.text() != "", timeout=10_000)
    assert "Seen since" in main.persons.filter_error.text()
