"""The exact file of one sender's list given again under another sender is refused on the
desktop as on the command line (one rule, app/importing/other_sender.py), and the refusal names
both ways on: the sender's name as first given (the same sender typed another way), or --again
(another sender truly sent it)."""

from __future__ import annotations

import pytest

from tests.import_helpers import PASSPHRASE, cli, write_csv
from tests.ui_support import unlock
from ui.settings import write_language

HEADER = ["Name", "Father", "Grandfather", "Born"]
ROWS = [["Zeina", "Khalaf", "Murad", "1999"], ["Haifa", "Elias", "Qasim", "1996"]]


def test_the_refusal_offers_the_name_first_given_and_again(tmp_path):
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    path = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    assert cli(tmp_path, "import", str(path), "--source", "Yazda NGO", "--yes").returncode == 0
    out = cli(tmp_path, "import", str(path), "--source", "Yazda", "--yes")
    assert out.returncode != 0
    assert "from source 'Yazda NGO', not source 'Yazda'" in out.stderr, out.stderr
    assert "import it as first given (--source 'Yazda NGO')" in out.stderr
    assert "--again imports it anyway" in out.stderr
    assert "nothing to do" not in out.stderr


@pytest.mark.parametrize("lang,word", [("en", "Yazda NGO"), ("ar", "المُرسِل")])
def test_the_desktop_refuses_it_under_another_sender(qtbot, gui, made_vault, tmp_path,
                                                     new_translations, lang,
                                                     word):
    from app.importing.service import ImportService
    from app.vault import open_vault

    folder, _code = made_vault
    path = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    s = open_vault(folder, PASSPHRASE)
    svc = ImportService(s)
    plan = svc.prepare(str(path), None, "Yazda NGO")
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    s.close()
    write_language(folder, lang)
    gui.language = lang
    gui.vault_dir = folder
    wizard = unlock(qtbot, gui).show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("Another NGO")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.error.text() != ""
                    or wizard.pages.currentWidget() is wizard.sheet_page, timeout=20_000)
    said = wizard.error.text()
    assert word in said and "Another NGO" in said and "Yazda NGO" in said, said
    assert wizard.pages.currentWidget() is wizard.file_page
    # under the sender as first given, it is read (and said to be imported before)
    wizard.source.setText("Yazda NGO")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page, timeout=20_000)
