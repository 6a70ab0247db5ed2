"""The wizard's preview says, before the import, that a list calls one woman missing in one row
and rescued in another, as `import --dry-run` says it: the import takes the last row's status,
and only the sender can say which holds. In the interface's language."""

from __future__ import annotations

import pytest

from tests.cli_helpers import add
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.settings import write_language

# Khalida twice, missing then rescued (both rows certain of her record); Layla once.
LIST = ("الاسم,اسم الاب,اسم الجد,العشيرة,القرية,الحالة\n"
        "خالدة,خلف,رشو,قيراني,كوجو,مفقودة\n"
        "خالدة,خلف,رشو,قيراني,كوجو,محررة\n"
        "ليلى,حسن,,,كوجو,مفقودة\n")


def _preview(qtbot, gui, cli, tmp_path, lang: str, text: str = LIST):
    assert cli("init").returncode == 0
    case = add(cli, "--given", "خالدة", "--father", "خلف", "--grandfather", "رشو", "--family",
               "قيراني", "--sex", "F", "--village", "Kocho", "--status", "missing")
    path = tmp_path / "family.csv"
    path.write_text(text, encoding="utf-8")
    write_language(cli.vault, lang)
    gui.language, gui.vault_dir = lang, cli.vault
    main = unlock(qtbot, gui)
    wizard = main.show_screen("imports").new_import()
    wizard.path.setText(str(path))
    wizard.source.setText("Family K")
    wizard.read_file()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.sheet_page
                    or wizard.error.text() != "", timeout=20_000)
    assert wizard.error.text() == ""
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    return wizard, case, path


def test_the_preview_says_the_list_contradicts_itself_as_the_dry_run_does(
        qtbot, gui, cli, tmp_path):
    wizard, case, path = _preview(qtbot, gui, cli, tmp_path, "en")
    dry = cli("import", str(path), "--dry-run").stdout
    line = (f"conflict within the list: rows 2, 3 go to {case} and disagree on her status: "
            "missing in row 2, rescued in row 3; ask its sender which holds")
    assert f"  {line}" in dry.splitlines()  # the command line's words
    assert wizard.not_imported.isVisibleTo(wizard.preview_page)
    said = wizard.not_imported.text().splitlines()
    # the same sentence, the statuses in the desktop's words: inside a sentence, in lower case
    assert line in said


@pytest.mark.parametrize("lang,word", [("ar", "تعارض داخل القائمة"), ("ckb", "ناکۆکی لەناو"),
                                       ("kmr", "nakokî di nav lîsteyê de")])
@pytest.mark.usefixtures("new_translations")
def test_the_preview_says_it_in_the_interface_language(qtbot, gui, cli, tmp_path, lang, word):
    wizard, case, _path = _preview(qtbot, gui, cli, tmp_path, lang)
    said = [x for x in wizard.not_imported.text().splitlines() if case in x]
    assert len(said) == 1 and word in said[0], said
    assert english_left(said[0], lang, (case,)) == set(), said


def test_rows_that_agree_are_no_conflict(qtbot, gui, cli, tmp_path):
    wizard, case, _path = _preview(qtbot, gui, cli, tmp_path, "en",
                                   LIST.replace("محررة", "مفقودة"))
    assert "conflict within the list" not in wizard.not_imported.text()
    assert not wizard.not_imported.isVisibleTo(wizard.preview_page)
