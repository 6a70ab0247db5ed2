"""Reports on her page: every field `report add` takes, whether a report could identify its
informant (ticked for a new one), the flag shown in both report tables, and a report changed
afterwards, through the same audited service as `report edit`."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Status, StatusEvent
from app.reports.profiles import Profile
from app.reports.service import ReportService
from tests.pdf_glyphs import pdftotext
from tests.ui_support import unlock, wait_job

INFORMANT = "Informant Sheikh Mahmoud from the camp office says she is in Raqqa"


def _page(qtbot, gui, demo_vault, case_no="DEMO-00007"):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.reports_tab)
    return page


def _freed(qtbot, gui, case_no="DEMO-00007") -> None:
    """She is rescued: a court paper of a woman still held prints none of her later reports
    (app/reports/while_held.py), and these tests are about the informant's flag."""
    wait_job(qtbot, gui.worker, lambda s: s.persons.add_status(
        case_no, StatusEvent(Status.RESCUED, FuzzyDate.exact(date(2020, 5, 1)))))


def _court_text(qtbot, gui, case_no="DEMO-00007") -> str:
    pdf = wait_job(qtbot, gui.worker, lambda s: ReportService(s).dossier_pdf(
        case_no, profile=Profile.COURT, lang="en"))
    return " ".join(pdftotext(pdf).split())


def _newest_report(qtbot, gui):
    return wait_job(qtbot, gui.worker, lambda s: s.records.list_reports(1)[0])


def _add(qtbot, page, text: str) -> None:
    tab = page.reports_tab
    before = tab.model.rowCount()
    tab.boxes["text"].setText(text)
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    assert page.error.text() == ""


def test_a_report_added_on_her_page_is_withheld_from_a_court_unless_the_box_is_cleared(
        qtbot, gui, demo_vault):
    """The tester added an informant's name from the desktop and the court dossier printed
    it: the row had no way to say so, and the report was stored as harmless."""
    page = _page(qtbot, gui, demo_vault)
    _freed(qtbot, gui)
    tab = page.reports_tab
    assert tab.identifying.isChecked()  # a new report: withheld until said otherwise
    tab.boxes["received"].setText("03/2019")
    tab.boxes["observed"].setText("2018")
    tab.boxes["source_code"].setText("S-17")
    tab.credibility.setCurrentIndex(tab.credibility.findData(2))
    _add(qtbot, page, INFORMANT)
    stored = _newest_report(qtbot, gui)
    assert stored.could_identify_source is True and stored.credibility == 2
    assert stored.observed.text == "2018" and stored.received.text == "03/2019"
    court = _court_text(qtbot, gui)
    assert "Sheikh Mahmoud" not in court and "content withheld" in court
    # the form is ready for the next report, ticked again
    assert tab.boxes["text"].text() == "" and tab.identifying.isChecked()
    assert tab.credibility.currentData() is None

    tab.identifying.setChecked(False)
    _add(qtbot, page, "seen at the market in Raqqa with two children")
    assert _newest_report(qtbot, gui).could_identify_source is False
    assert "seen at the market in Raqqa" in _court_text(qtbot, gui)


def test_her_tab_and_the_reports_screen_say_which_reports_are_withheld(
        qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    _add(qtbot, page, INFORMANT)
    page.reports_tab.identifying.setChecked(False)
    _add(qtbot, page, "seen at the market")
    tab = page.reports_tab
    header = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    flag, text = header.index("Could identify the source"), header.index("Text")
    said = {tab.model.item(r, text).text(): tab.model.item(r, flag).text()
            for r in range(tab.model.rowCount())}
    assert said[INFORMANT] == "Yes: withheld" and said["seen at the market"] == "No"
    main = page.window()
    view = main.show_screen("reports")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    header = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    flag, text = header.index("Could identify the source"), header.index("Text")
    said = {view.model.item(r, text).text(): view.model.item(r, flag).text()
            for r in range(view.model.rowCount())}
    assert said[INFORMANT] == "Yes: withheld" and said["seen at the market"] == "No"


def test_a_report_is_changed_from_her_page_and_the_change_is_audited(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    _freed(qtbot, gui)
    tab = page.reports_tab
    tab.identifying.setChecked(False)
    tab.boxes["received"].setText("about 2016")
    _add(qtbot, page, INFORMANT)
    assert "Sheikh Mahmoud" in _court_text(qtbot, gui)
    row = next(r for r in range(tab.model.rowCount())  # column 8: its text, after Outcome
               if tab.model.item(r, 8).text() == INFORMANT)
    tab.table.selectRow(row)
    assert tab.edit_button.isEnabled()
    tab.edit_button.click()
    assert tab.boxes["text"].text() == INFORMANT and not tab.identifying.isChecked()
    assert tab.boxes["received"].text() == "about 2016"
    assert tab.save_button.isVisible() and not tab.add_button.isVisible()
    rid = tab.editing
    tab.identifying.setChecked(True)
    tab.credibility.setCurrentIndex(tab.credibility.findData(4))
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.editing is None, timeout=10_000)
    assert page.error.text() == ""
    report = wait_job(qtbot, gui.worker, lambda s: s.records.get_report(rid))
    assert report.could_identify_source is True and report.credibility == 4
    assert report.received.text == "about 2016" and report.text == INFORMANT
    court = _court_text(qtbot, gui)
    assert "Sheikh Mahmoud" not in court and "content withheld" in court
    entries = wait_job(qtbot, gui.worker, lambda s: s.audit.history("report", str(rid)))
    assert entries[-1].action == "report.edit"
    assert json.loads(entries[-1].detail)["changed"] == ["credibility", "could_identify_source"]
    assert tab.add_button.isVisible() and tab.identifying.isChecked()


def test_a_change_can_be_cancelled_and_nothing_is_stored(qtbot, gui, demo_vault):
    page = _page(qtbot, gui, demo_vault)
    tab = page.reports_tab
    _add(qtbot, page, INFORMANT)
    tab.table.selectRow(tab.model.rowCount() - 1)
    tab.edit_button.click()
    rid = tab.editing
    tab.identifying.setChecked(False)
    tab.cancel_button.click()
    assert tab.editing is None and tab.boxes["text"].text() == "" and tab.identifying.isChecked()
    assert wait_job(qtbot, gui.worker,
                    lambda s: s.records.get_report(rid)).could_identify_source is True
