"""A status added on her page resting on a report, told without a date, takes the report's
observed date and says so; the notices after it said it again as "told without a date" ("this
death, told without a date"; "told with no date after ... add it again with the date it
happened"), contradicting the line above them."""

from PySide6.QtWidgets import QPushButton

from app.cli.options import fuzzy_date as _fd
from app.domain.person import Status, StatusEvent
from app.domain.records import Report
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock


def fuzzy_date(t):
    return _fd(t, "--date")


def _open(qtbot, main, case_no):
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.case_no == case_no, timeout=10_000)
    return page


def _with(folder, fn):
    s = open_vault(folder, PASSPHRASE)
    try:
        return fn(s)
    finally:
        s.close()


def _added_on_report(qtbot, gui, demo_vault, before: str, observed: str, status: str) -> str:
    def prep(s):
        p = s.persons.get("DEMO-00002")
        year = "2016" if before == "deceased" else "2019"
        s.persons.add_status("DEMO-00002", StatusEvent(Status(before), fuzzy_date(year), ""))
        return s.records.add_report(Report(received=fuzzy_date("2020"),
                                           observed=fuzzy_date(observed), place="Raqqa",
                                           text="seen", source_code="S-1", person_ids=[p.id]))
    rid = _with(demo_vault, prep)
    gui.vault_dir = demo_vault
    page = _open(qtbot, unlock(qtbot, gui), "DEMO-00002")
    tab = page.status_tab
    tab.status.setCurrentIndex(tab.status.findData(status))
    tab.report.setCurrentIndex(tab.report.findData(rid))
    tab.findChild(QPushButton, "addStatusEvent").click()
    qtbot.waitUntil(lambda: page.notice.text() != "" or page.error.text() != "", timeout=10_000)
    return page.notice.text()


def test_a_second_death_dated_by_its_report_is_said_as_dated(qtbot, gui, demo_vault):
    said = _added_on_report(qtbot, gui, demo_vault, "deceased", "03/2019", "deceased")
    assert "03/2019" in said and "told without a date" not in said, said


def test_a_step_back_dated_by_its_report_is_said_as_dated(qtbot, gui, demo_vault):
    said = _added_on_report(qtbot, gui, demo_vault, "rescued", "05/2019", "located")
    assert "05/2019" in said and "told with no date" not in said, said
