"""The desktop's Reports screen narrowed by a source code typed whole (K7, not K70) or by words,
with its count; a report marked proved false from her page's form (why and when), shown in
both tables' Outcome, refused while a status rests on it. The screen had no filter, and no
report could be marked false (tester 35a, D3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.records import Report
from tests.ui_support import unlock, wait_job


def _report(s, case_no: str, code: str, text: str) -> int:
    return s.records.add_report(Report(text=text, source_code=code,
                                       person_ids=[s.persons.get(case_no).id]))


def _column(model, title: str) -> int:
    return [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())].index(title)


def _shown(view) -> list[int]:
    return [int(view.model.item(r, 0).text()) for r in range(view.model.rowCount())
            if not view.table.isRowHidden(r)]


def test_the_reports_screen_filters_by_a_whole_source_code_or_words(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    ids = wait_job(qtbot, gui.worker, lambda s: [
        _report(s, "DEMO-00007", "K7", "seen at the market"),
        _report(s, "DEMO-00008", "K70", "seen in al-Hol camp"),
        _report(s, "DEMO-00009", "K7", "in a house in Tal Afar")])
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() >= 3, timeout=10_000)
    total = view.model.rowCount()
    view.filter_box.setText("k7")
    assert sorted(set(_shown(view)) & set(ids)) == [ids[0], ids[2]]
    assert all(view.model.item(r, _column(view.model, "Source")).text() == "K7"
               for r in range(view.model.rowCount()) if not view.table.isRowHidden(r))
    assert view.count.text() == f"{len(_shown(view))} of {total} report(s)"
    view.filter_box.setText("al-Hol")
    assert ids[1] in _shown(view) and ids[0] not in _shown(view)
    view.filter_box.setText("K7 Afar")  # every word: K7's reports with Afar in them
    assert _shown(view) == [ids[2]]
    view.filter_box.clear()
    assert len(_shown(view)) == total and view.count.text() == f"{total} report(s)"


def test_a_report_marked_proved_false_on_her_page(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    rid = wait_job(qtbot, gui.worker, lambda s: _report(s, "DEMO-00007", "S-404", "seen"))
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    assert not tab.outcome.isVisible()  # a new report has no outcome yet
    row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r, 0).text() == str(rid))
    tab.table.selectRow(row)
    tab.edit_button.click()
    assert tab.outcome.isVisible() and not tab.outcome.proved_false.isChecked()
    tab.outcome.proved_false.setChecked(True)
    tab.save_button.click()  # no reason: refused, nothing stored
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert "Say why the report proved false" in page.error.text()
    assert wait_job(qtbot, gui.worker, lambda s: s.records.get_report(rid)).proved_false == ""
    tab.outcome.reason.setText("she was in Duhok camp")
    tab.outcome.on.setText("03/12/2026")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.editing is None, timeout=10_000)
    stored = wait_job(qtbot, gui.worker, lambda s: s.records.get_report(rid))
    assert stored.proved_false == "she was in Duhok camp"
    assert stored.proved_false_on.earliest.isoformat() == "2026-12-03"
    qtbot.waitUntil(lambda: any("she was in Duhok camp" in tab.model.item(
        r, _column(tab.model, "Outcome")).text() for r in range(tab.model.rowCount())),
        timeout=10_000)
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    said = [view.model.item(r, _column(view.model, "Outcome")).text()
            for r in range(view.model.rowCount()) if view.model.item(r, 0).text() == str(rid)]
    assert "Proved false" in said[0] and "2026-12-03" in said[0]


def test_refused_on_her_page_while_a_status_rests_on_it(qtbot, gui, demo_vault):
    from app.domain.person import Status, StatusEvent
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)

    def made(s):
        rid = _report(s, "DEMO-00007", "S-404", "seen")
        s.records.add_status("DEMO-00007", StatusEvent(Status.LOCATED, report_id=rid))
        return rid
    rid = wait_job(qtbot, gui.worker, made)
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r, 0).text() == str(rid))
    tab.table.selectRow(row)
    tab.edit_button.click()
    tab.outcome.proved_false.setChecked(True)
    tab.outcome.reason.setText("lie")
    tab.save_button.click()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert "rests on report" in page.error.text() and "Status timeline" in page.error.text()
    assert "casekeeper" not in page.error.text()
    assert wait_job(qtbot, gui.worker, lambda s: s.records.get_report(rid)).proved_false == ""


def test_the_history_says_it_was_marked_and_when_never_why(qapp):
    """The trail keeps no reason (test_report_proved_false_reason_kept_out_of_trail)."""
    import json

    from ui.history_words import history_entry

    def said(detail: dict) -> str:
        _, words, _ = history_entry("report.edit", json.dumps(
            {"could_identify_source": True, **detail}))
        return "".join(ch for ch in words if ch not in "\u2066\u2067\u2068\u2069")
    assert "marked proved false 2025-12-03" in said({
        "changed": ["proved_false", "proved_false_on"], "proved_false": "marked",
        "proved_false_on": "2025-12-03"})
    assert "still marked proved false 2025-12-03" in said({
        "changed": ["proved_false"], "proved_false": "changed", "proved_false_on": "2025-12-03"})
    assert "no longer marked proved false" in said({
        "changed": ["proved_false", "proved_false_on"], "proved_false": "taken back",
        "was": {"proved_false_on": "2025-12-03"}})
