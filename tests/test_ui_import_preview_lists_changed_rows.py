"""The desktop's import preview of a new version of a list shows, before anything is imported,
each row added, removed and changed since the last import, and what changed in each cell,
the rows whose status changed first; rows that only moved are not there."""

from __future__ import annotations

import pytest

from app.importing.service import ImportService
from tests.import_helpers import PASSPHRASE, write_xlsx
from tests.test_import_dry_run_lists_changed_rows import (
    AMSHA,
    DUNYA,
    FARIDA,
    HEADER,
    HEDIYA,
    NADIA,
    NOFA,
)
from tests.test_ui_import_wizard import _wizard
from ui.bidi import bare
from ui.settings import write_language


def _list(path, people):
    return write_xlsx(path, [("Kocho", [HEADER, *([n, *p] for n, p in enumerate(people, 1))])])


def _preview_of_version_2(qtbot, gui, made_vault, tmp_path, lang):
    """Version 1 imported into the vault as the wizard's source ("test list"); the wizard's
    preview of version 2 (as in test_import_dry_run_lists_changed_rows)."""
    from app.vault import open_vault

    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    svc = ImportService(s)
    plan = svc.prepare(str(_list(tmp_path / "kocho_v1.xlsx",
                                 [NOFA, FARIDA, NADIA, DUNYA, AMSHA])), None, "test list")
    svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    s.close()
    v2 = _list(tmp_path / "kocho_v2.xlsx", [FARIDA, NOFA, [*AMSHA[:2], "Kocho", *AMSHA[3:]],
                                             [*NADIA[:4], "ناجية"], HEDIYA])
    write_language(folder, lang)
    gui.language = lang
    main, _imports, wizard = _wizard(qtbot, gui, folder, v2)
    main.resize(1200, 800)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    return main, wizard


def _table(wizard) -> list[list[str]]:
    model = wizard.list_changes.rows.model
    return [[bare(model.item(n, c).text()) for c in range(model.columnCount())]
            for n in range(model.rowCount())]


def _was_now(column: str, was: str, now: str) -> str:
    """A cell's change as the interface's language says it ("Status: was missing, now
    rescued"), without its isolates."""
    from PySide6.QtCore import QCoreApplication
    return bare(QCoreApplication.translate("ListChanges", "%1: was %2, now %3").replace(
        "%1", column).replace("%2", was).replace("%3", now))


@pytest.mark.parametrize(("lang", "kinds"), [
    ("en", ["status changed", "changed", "added", "removed"]),
    ("ar", ["تغيرت الحالة", "متغير", "مضاف", "محذوف"])])
def test_the_preview_lists_each_row_added_removed_and_changed(
        qtbot, gui, made_vault, tmp_path, lang, kinds):
    main, wizard = _preview_of_version_2(qtbot, gui, made_vault, tmp_path, lang)
    changes = wizard.list_changes
    assert changes.isVisible() and changes.rows.isVisible()
    assert _table(wizard) == [
        [kinds[0], "5", "4", "نادية خلف رشو / Nadia Khalaf Rasho", "SNJ-00003",
         _was_now("الحالة", "مفقودة", "ناجية")],
        [kinds[1], "4", "6", "عمشة علي قاسم / Amsha Ali Qasim", "SNJ-00005",
         _was_now("القرية", "كوجو", "Kocho")],
        [kinds[2], "6", "", "هدية مراد خلف / Hediya Murad Khalaf", "", ""],
        [kinds[3], "", "5", "دنيا كريم مطو / Dunya Karim Matto", "SNJ-00004", ""]]
    # Each value in its own direction: the name's Arabic and Latin words, and each value of a
    # cell's change, in an isolate of their own.
    what = changes.rows.model.item(0, 5).text()
    assert what.count("\u2068") == 3 and what.count("\u2069") == 3
    summary = bare(changes.summary.text())
    if lang == "en":
        assert summary.split("\n") == [
            "Changes since the last import of this list:",
            "since batch 1 (kocho_v1.xlsx), rows: 1 added, 1 removed, 2 changed, 2 unchanged, 0 "
            "repeated within the list (rows in all: 5)",
            "rows are known by their names, not their numbers: 2 unchanged rows only moved to "
            "another row"]
    main.grab().save(str(tmp_path / f"preview-changes-{lang}.png"))


def test_a_list_imported_the_first_time_shows_no_changes(qtbot, gui, made_vault, tmp_path):
    folder, _code = made_vault
    write_language(folder, "en")
    _main, _imports, wizard = _wizard(qtbot, gui, folder, _list(tmp_path / "v1.xlsx", [NOFA]))
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    assert not wizard.list_changes.isVisible()
