"""A backup copied without audit-chain-head.txt: the desktop's restore question no longer begins
"The backup opens and is whole" (its trail's end was not checked), as `restore --check` says it;
and where that one file is missing, desktop and command line say "it", not "them"."""

from __future__ import annotations

from tests.cli_helpers import ok
from tests.test_ui_restore_warns_of_a_backup_without_its_own_files import _stick
from tests.ui_support import desktop_restore_asks


def test_the_desktop_question_says_whole_only_of_pages_and_tables(qtbot, gui, cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt")
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, copy)
    asked = page.question.text()
    page.question.close()
    assert "opens and is whole" not in asked
    assert "its pages and tables are whole (not its trail's end" in asked
    assert "made without it)" in asked and "has it, use that one" in asked
    assert "them" not in asked


def test_both_missing_the_desktop_says_them(qtbot, gui, cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt", "vault-id.txt")
    gui.vault_dir = cli.vault
    _window, page = desktop_restore_asks(qtbot, gui, copy)
    asked = page.question.text()
    page.question.close()
    assert "made without them)" in asked and "has them, use that one" in asked


def test_the_command_line_says_it_of_one_file(cli, tmp_path):
    copy = _stick(cli, tmp_path, "audit-chain-head.txt")
    r = ok(cli, "restore", str(copy), "--check")
    assert "made without it," in r.stderr and "has it, use that one" in r.stderr
    assert "them" not in r.stderr
