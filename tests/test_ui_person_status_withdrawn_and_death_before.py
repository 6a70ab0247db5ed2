"""A status told in error is taken back on her page, as `person status-withdraw` does: the
desktop had no way to, so a death falsely reported stayed on every paper below the rescue that
followed it. A status she was alive in, added after her recorded death, says so and how to
settle it (the command line says it too)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.test_ui_person_page_bidi import _page


def _dead_then(folder, *statuses) -> None:
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import Status, StatusEvent
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        for status, when in statuses:
            s.persons.add_status("DEMO-00007", StatusEvent(Status(status), FuzzyDate.parse(when)))
    finally:
        s.close()


def test_a_status_is_withdrawn_from_her_page(qtbot, gui, demo_vault):
    _dead_then(demo_vault, ("deceased", "2016-06"))
    page = _page(qtbot, gui, demo_vault, "en", "DEMO-00007")
    assert page.person.current_status.value == "deceased"
    tab = page.status_tab
    row = [e.status.value for e in tab.events].index("deceased")
    tab.table.selectRow(row)
    page.findChild(QPushButton, "withdrawStatusEvent").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawStatusQuestion") if b.isVisible()][0]
    assert "DEMO-00007" in box.text() and "2016-06" in box.text(), box.text()
    version = page.person.version
    box.findChild(QPushButton, "withdrawStatusGo").click()
    qtbot.waitUntil(lambda: page.person.version > version or bool(page.error.text()), timeout=10_000)
    assert page.error.text() == ""
    assert "deceased" not in [e.status.value for e in page.person.status_events]
    assert page.person.current_status.value != "deceased"


def test_alive_after_her_death_is_said_on_her_page(qtbot, gui, demo_vault):
    _dead_then(demo_vault, ("deceased", "2016-06"))
    page = _page(qtbot, gui, demo_vault, "en", "DEMO-00007")
    version = page.person.version
    page.add_status("rescued", "2017-03-01", "")
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert "Her death is recorded on 2016-06, before this" in page.notice.text()


def test_alive_after_her_death_is_said_on_the_command_line(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--father", "Khalaf", "--sex", "F").returncode == 0
    assert cli("person", "status", "SNJ-00001", "deceased", "--date", "2016-06").returncode == 0
    done = cli("person", "status", "SNJ-00001", "rescued", "--date", "2017-03-01")
    assert done.returncode == 0, done.stderr
    assert ("her death is recorded on 2016-06, before this: if the death was reported in error, "
            "withdraw it (casekeeper person status-withdraw SNJ-00001 deceased --date 2016-06 "
            "--reason ...)") in done.stdout, done.stdout
    seen = json.loads(cli("--json", "person", "status", "SNJ-00001", "sighted", "--date",
                          "2017-05").stdout)
    assert seen["death_before"] == {"date": "2016-06"}
    # a death after it, or a status she need not be alive in, says nothing of it
    done = cli("person", "status", "SNJ-00001", "sighted", "--date", "2015-01")
    assert "her death is recorded" not in done.stdout, done.stdout


def test_alive_without_a_date_after_her_death_is_said_too(cli):
    """Told without a date, a rescue after a recorded death said nothing (a tester)."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--father", "Khalaf", "--sex", "F").returncode == 0
    assert cli("person", "status", "SNJ-00001", "deceased", "--date", "2015-03-01").returncode == 0
    done = cli("person", "status", "SNJ-00001", "rescued")
    assert done.returncode == 0, done.stderr
    assert ("her death is recorded on 2015-03-01: if the death was reported in error, withdraw "
            "it") in done.stdout, done.stdout
    assert "status-withdraw SNJ-00001 rescued --reason" in done.stdout


def test_alive_without_a_date_after_her_death_is_said_on_her_page(qtbot, gui, demo_vault):
    _dead_then(demo_vault, ("deceased", "2016"))
    page = _page(qtbot, gui, demo_vault, "en", "DEMO-00007")
    version = page.person.version
    page.add_status("sighted", "", "")
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert "Her death is recorded on 2016. If the death" in page.notice.text(), page.notice.text()
