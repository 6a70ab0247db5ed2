"""The desktop's report form moving a report from one woman to another (its other women
changed), and Not about her, say that a status the report told of the woman taken off stays
behind and where to tell it, as `report edit` gives the command: they said nothing of it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton

from tests.test_ui_report_about_several_women_and_a_status_on_it import _add_other
from tests.test_ui_rescue_dialog import _question
from tests.ui_support import unlock, wait_job
from ui.bidi import bare

SAID = ("SNJ-00001's status Sighted, told on report 1, stays behind: it does not move with the "
        "report. If it is of SNJ-00002, tell it on that person's page (Status timeline) on "
        "report 1.")


def _ok(cli, *args: str) -> None:
    r = cli(*args)
    assert r.returncode == 0, r.stderr


def _sighted_on_the_wrong_woman(cli) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Vian", "Vian", "Nadia"):
        _ok(cli, "person", "add", "--given", given, "--sex", "F")
    _ok(cli, "report", "add", "--person", "SNJ-3", "--person", "SNJ-1", "--text", "together",
        "--received", "01/12/2026", "--observed", "30/11/2026")
    _ok(cli, "person", "status", "SNJ-1", "sighted", "--report", "1")
    _ok(cli, "person", "status-withdraw", "SNJ-1", "sighted", "--reason", "another woman")


def _page(qtbot, gui, tmp_path, case_no: str):
    gui.vault_dir = tmp_path / "vault"
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.reports), timeout=10_000)
    tab.table.selectionModel().select(tab.model.index(0, 0), QItemSelectionModel.SelectionFlag
                                      .ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    return page, tab


def test_the_report_form_moving_it_says_the_sighting_stays_behind(qtbot, gui, cli, tmp_path):
    _sighted_on_the_wrong_woman(cli)
    page, tab = _page(qtbot, gui, tmp_path, "SNJ-00003")
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.others.case_numbers() == ["SNJ-00001"], timeout=10_000)
    tab.others.persons.item(0).setSelected(True)
    tab.others.take_off_person()
    _add_other(qtbot, tab, "SNJ-00002")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.editing is None, timeout=10_000)
    assert page.error.text() == ""
    wait_job(qtbot, gui.worker, lambda _s: None)  # what the save sent back has been shown
    assert SAID in bare(page.notice.text()), page.notice.text()


def test_not_about_her_says_it_too(qtbot, gui, cli, tmp_path):
    _sighted_on_the_wrong_woman(cli)
    _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-3", "--add-person", "SNJ-2")
    page, tab = _page(qtbot, gui, tmp_path, "SNJ-00001")
    tab.not_hers_button.click()
    _question(qtbot, page, "notAboutHerQuestion").findChild(QPushButton, "notAboutHerGo").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
    assert bare(page.notice.text()).splitlines() == [
        "SNJ-00001 taken off report 1: it is no longer about her.", SAID], page.notice.text()
