"""The words of her history and of a moved report's status: the Arabic Record column read
"السجل", the History tab's own title; "stays behind" was said again at every later move of a
report, for a status withdrawn before an earlier move had said it; the desktop told where to
tell it as "her page" of a man too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.report_left import LeftBehind
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare
from ui.left_behind import left_behind_said


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_a_report_moved_back_and_again_says_the_status_left_behind_once(cli):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Vian", "Nadia"):
        _ok(cli, "person", "add", "--given", given, "--sex", "F")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--text", "seen", "--received", "01/12/2026",
        "--observed", "30/11/2026")
    _ok(cli, "person", "status", "SNJ-1", "sighted", "--report", "1")
    _ok(cli, "person", "status-withdraw", "SNJ-1", "sighted", "--reason", "another woman")
    move = ("report", "edit", "1", "--remove-person", "SNJ-1", "--add-person", "SNJ-2")
    assert "SNJ-00001's status sighted" in _ok(cli, *move)
    _ok(cli, "report", "edit", "1", "--remove-person", "SNJ-2", "--add-person", "SNJ-1")
    said = _ok(cli, *move)
    assert "stays behind" not in said, said  # withdrawn before the first move, said there


@pytest.mark.usefixtures("new_translations")  # the new Arabic words, not in the .qm yet
def test_the_arabic_record_column_is_not_the_history_tab_s_title(qtbot, gui, cli, tmp_path):
    _ok(cli, "init", "--prefix", "SNJ")
    for given in ("Vian", "Nadia"):
        _ok(cli, "person", "add", "--given", given, "--sex", "F")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--text", "together",
        "--received", "01/12/2026")
    page = _page(qtbot, gui, tmp_path / "vault", "ar", "SNJ-00001")
    header = bare(page.history_tab.model.headerData(4, Qt.Orientation.Horizontal))
    title = bare(page.tabs.tabText(page.tabs.indexOf(page.history_tab)))
    assert header and title and header != title, (header, title)


def test_where_to_tell_a_man_s_status_is_not_her_page(qapp):
    said = left_behind_said(LeftBehind("SNJ-00001", "M", "sighted", "", ("SNJ-00002",)), 1)
    assert " her " not in bare(said) and "SNJ-00002" in bare(said), said
