"""Withdrawing on her page a status a rescue gave was refused in English, naming commands
(`casekeeper rescue edit 1 --status none`) a desktop user has not got (found by a tester's
look at the app's plain-string refusals): said in the desktop's language, pointing to the
Rescues tab; the command line keeps its message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

Flag = QItemSelectionModel.SelectionFlag


@pytest.fixture
def rescued(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--sex", "F").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2016").returncode == 0
    return cli


def test_the_command_line_names_its_commands(rescued):
    r = rescued("person", "status-withdraw", "SNJ-00001", "rescued")
    assert r.returncode == 2
    assert "came with rescue 1: change the rescue (casekeeper rescue edit 1 --status none" \
        in r.stderr, r.stderr


@pytest.mark.usefixtures("new_translations")
def test_her_page_says_it_in_arabic(qtbot, gui, rescued):
    page = _page(qtbot, gui, rescued.vault, "ar", "SNJ-00001")
    tab = page.status_tab
    row = [e.status.value for e in tab.events].index("rescued")
    # as a click chooses it (selectRow picks no row in a right-to-left table not yet laid out)
    tab.table.selectionModel().select(tab.table.model().index(row, 0), Flag.ClearAndSelect
                                      | Flag.Rows)
    assert page.findChild(QPushButton, "withdrawStatusEvent").isEnabled()
    page.findChild(QPushButton, "withdrawStatusEvent").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawStatusQuestion") if b.isVisible()][0]
    box.findChild(QPushButton, "withdrawStatusGo").click()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    error = bare(page.error.text())
    assert error == ("جاءت حالة SNJ-00001 (أُنقذت) مع عملية الإنقاذ 1: غيّر عملية الإنقاذ بدلاً "
                     "من ذلك (تبويب عمليات الإنقاذ)، أو احذفها"), error
    assert "rescued" in [e.status.value for e in page.person.status_events]
