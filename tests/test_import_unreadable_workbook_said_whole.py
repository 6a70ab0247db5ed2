"""A workbook the reader cannot open is refused in words the lawyer can act on: on the desktop
wholly in the interface's language, without the library's English ("File is not a zip file")
inside an Arabic sentence; the command line keeps that detail apart, after the advice."""

from __future__ import annotations

import pytest

from tests.ui_support import unlock
from ui.settings import write_language

ADVICE = ("broken.xlsx: not a readable spreadsheet: the file is damaged, or is another kind of "
          "file; ask the sender for it again")


def _broken(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")  # a zip's start, cut off
    return path


def test_the_command_line_says_what_to_do_and_the_detail_apart(cli, tmp_path):
    assert cli("init").returncode == 0
    done = cli("import", str(_broken(tmp_path)), "--dry-run")
    assert done.returncode != 0
    assert f"{ADVICE} (technical detail: File is not a zip file)" in done.stderr, done.stderr
    assert cli("--json", "review").stdout.strip() == "[]"  # nothing staged


@pytest.mark.parametrize("lang,word", [("ar", "تالف"), ("ckb", "تێکچووە"), ("kmr", "xera bûye")])
def test_the_desktop_says_it_all_in_its_language(qtbot, gui, made_vault, tmp_path,
                                                   new_translations, lang, word):
    folder, _code = made_vault
    write_language(folder, lang)
    gui.language = lang
    gui.vault_dir = folder
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.path.setText(str(_broken(tmp_path)))
    wizard.source.setText("x")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.error.text() != "", timeout=20_000)
    said = wizard.error.text()
    assert word in said and "broken.xlsx" in said, said
    assert "zip" not in said.lower() and "(" not in said, said
