"""Her page files one report about several women (sisters seen together), as `report add --person
A --person B` does, with the rescue form's persons box; a report changed takes another woman
too; Add event names the report a status rests on, which the Status tab then shows."""

from __future__ import annotations

from tests.ui_support import unlock, wait_job
from ui import person_ops


def _page(qtbot, gui, demo_vault, case_no="DEMO-00007"):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return page


def _add_other(qtbot, tab, case_no: str) -> None:
    before = tab.others.persons.count()
    tab.others.case_box.setText(case_no)
    tab.others.add_button.click()
    qtbot.waitUntil(lambda: tab.others.persons.count() == before + 1, timeout=10_000)


def _persons_of(qtbot, gui, rid: int) -> list[str]:
    return wait_job(qtbot, gui.worker, lambda s: sorted(
        s.persons.get_by_id(i).case_no for i in s.records.get_report(rid).person_ids))


def test_a_report_typed_on_her_page_is_filed_about_the_other_women_typed_under_it(
        qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    assert "other women" in tab.others.no_persons.text() and not tab.others.persons.isVisible()
    tab.boxes["text"].setText("Informant saw Layla and Samira together in Raqqa")
    tab.boxes["source_code"].setText("S-12")
    _add_other(qtbot, tab, "DEMO-00003")
    assert tab.others.persons.isVisible()
    # a number no one has: said under the boxes, nothing listed
    tab.others.case_box.setText("DEMO-09999")
    tab.others.add_button.click()
    qtbot.waitUntil(lambda: "DEMO-09999" in tab.source_error.text(), timeout=10_000)
    assert tab.others.case_numbers() == ["DEMO-00003"]
    before = tab.model.rowCount()
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    assert page.error.text() == ""
    rid = max(r.id for r in tab.reports)
    assert _persons_of(qtbot, gui, rid) == ["DEMO-00003", "DEMO-00007"]
    assert tab.others.case_numbers() == []  # the form is ready for the next report

    # changed: the others it names are shown, and one more is added to it
    row = next(i for i, r in enumerate(tab.reports) if r.id == rid)
    tab.table.selectRow(row)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.others.case_numbers() == ["DEMO-00003"], timeout=10_000)
    _add_other(qtbot, tab, "DEMO-00004")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.editing is None, timeout=10_000)
    assert page.error.text() == ""
    assert _persons_of(qtbot, gui, rid) == ["DEMO-00003", "DEMO-00004", "DEMO-00007"]


def test_add_event_names_the_report_it_rests_on_and_the_status_tab_shows_it(
        qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    rid = wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, "DEMO-00007", {"text": "seen in the market", "source_code": "K-40", "place": "",
                          "received": "03/2023", "observed": "02/2023"}))
    page.reload()
    tab = page.status_tab
    qtbot.waitUntil(lambda: tab.report.findData(rid) > 0, timeout=10_000)
    assert tab.report.currentData() is None  # no report unless one is chosen
    tab.status.setCurrentIndex(tab.status.findData("sighted"))
    tab.report.setCurrentIndex(tab.report.findData(rid))
    before = tab.model.rowCount()
    tab.findChild(type(page.buttons["save"]), "addStatusEvent").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    assert page.error.text() == ""
    added = page.person.status_events[-1]
    assert (added.report_id, added.date.text) == (rid, "02/2023")
    notes = [tab.model.item(r, 2).text() for r in range(tab.model.rowCount())]
    assert any(f"on report {rid}" in n for n in notes), notes
    assert f"when report {rid} was observed" in page.notice.text()
    history = [page.history_tab.model.item(r, 3).text()
               for r in range(page.history_tab.model.rowCount())]
    assert any(f"on report {rid}" in h for h in history), history  # her History says it too
