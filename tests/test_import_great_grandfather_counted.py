"""A four-part name in one cell (الاسم الرباعي) ends with her great-grandfather's name, which a
record has no place for: the list's row keeps it. The dry run and the desktop's preview say
once, before the import, in how many rows it is left so."""

from __future__ import annotations

import json

import pytest

from tests.import_helpers import write_xlsx
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.settings import write_language

ROWS = [
    ["سلوى سلو محمود حسن", "Borek"],            # given, father, grandfather, great-grandfather
    ["نسرين سلو محمود حسن", "Borek"],           # her sister: the same
    ["سارة خديدة الحسكاني", "Kocho"],           # three parts: nothing left out
    ["ليلى الياس مراد حسن الحسكاني", "Kocho"],  # five: the fourth left, the fifth her clan
    ["جميلة خلف رشو الحسكاني", "Kocho"],        # the fourth written as only a clan is: taken
]


def _list(tmp_path, header="الاسم الرباعي"):
    return write_xlsx(tmp_path / "borek.xlsx", [("List", [[header, "القرية"], *ROWS])])


def test_the_dry_run_says_once_how_many_great_grandfathers_stay_in_the_rows(cli, tmp_path):
    """The mapping said the fourth word is not imported; how many rows that meant was not said
    anywhere before the import."""
    assert cli("init").returncode == 0
    path = _list(tmp_path)
    text = cli("import", str(path), "--dry-run").stdout
    line = ("  not imported: the fourth name under 'الاسم الرباعي', the great-grandfather's, "
            "in 3 rows (kept in the list's rows only)")
    assert text.splitlines().count(line) == 1, text
    data = json.loads(cli("--json", "import", str(path), "--dry-run").stdout)
    assert data["great_grandfathers_not_imported"] == {"rows": 3, "columns": ["الاسم الرباعي"]}


def test_one_row_is_said_as_one_and_a_list_of_full_names_says_nothing(cli, tmp_path):
    assert cli("init").returncode == 0
    one = write_xlsx(tmp_path / "one.xlsx", [("List", [["الاسم الرباعي", "القرية"], *ROWS[:1],
                                                        *ROWS[2:3]])])
    text = cli("import", str(one), "--dry-run").stdout
    assert ("the great-grandfather's, in 1 row (kept in the list's row only)") in text, text
    # Under "Full name" a fourth word is her family name: nothing left out, nothing said.
    path = _list(tmp_path, "Full name")
    data = json.loads(cli("--json", "import", str(path), "--dry-run").stdout)
    assert data["great_grandfathers_not_imported"] == {"rows": 0, "columns": []}
    assert "great-grandfather" not in cli("import", str(path), "--dry-run").stdout


@pytest.mark.parametrize("lang, said", [
    ("en", "not imported: the fourth name under 'الاسم الرباعي', the great-grandfather's, in 3 "
           "rows (kept in the list's rows only)"),
    ("ar", "لم يُستورد: الاسم الرابع تحت"),
    ("ckb", "هاوردە نەکرا: ناوی چوارەم لە ژێر"),
    ("kmr", "nehat anîn: navê çaremîn di bin")])
def test_the_preview_says_it_in_the_interface_language(qtbot, gui, made_vault, tmp_path,
                                                       lang, said):
    folder, _code = made_vault
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(_list(tmp_path)))
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    shown = wizard.not_imported.text()
    assert wizard.not_imported.isVisibleTo(wizard.preview_page)
    bare = "".join(ch for ch in shown if ch not in "\u2066\u2068\u2069")  # the isolates
    assert bare.count(said) == 1 and "3" in bare, shown
    if lang != "en":
        assert english_left(shown, lang, ("الاسم الرباعي",)) == set(), shown
