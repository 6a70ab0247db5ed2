"""A list row withdrawn from her page whose word another list's row still says: she keeps it,
and her page says which row, in the interface's language, the status in its words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.import_helpers import write_xlsx
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

KEPT = {"en": ("Kept, as another list's row still says it:", "status Reunited"),
        "ar": ("أُبقي، إذ ما زال صفّ من قائمة أخرى يقوله:", "(الصف 2 من"),
        "ckb": ("هێڵدرایەوە، چونکە ڕیزێکی لیستێکی تر هێشتا دەیڵێت:", "(ڕیزی 2 لە"),
        "kmr": ("Hat hiştin, ji ber ku rêzeke lîsteyeke din hîn wê dibêje:", "(rêza 2 ya")}


def _two_lists_put_on_her(folder, tmp_path) -> None:
    """A ministry's list and a committee's list both say DEMO-00007 is reunited, each row put
    onto her by hand and committed: the committee's, second, adds nothing new."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        her = s.persons.get("DEMO-00007")
        svc = ImportService(s)
        for name in ("ministry", "committee"):
            lst = write_xlsx(tmp_path / f"{name}.xlsx", [("List", [
                ["Name", "Status"], [her.display_name(), "reunited"]])])
            plan = svc.prepare(str(lst))
            batch = svc.stage(plan, svc.stage_rows(plan))
            svc.decide(batch, 2, "update", "DEMO-00007", override=True,
                       despite_contradiction=True)
            svc.commit(batch)
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_a_row_withdrawn_whose_word_another_list_says_is_kept_and_said(qtbot, gui, demo_vault,
                                                                       tmp_path, lang):
    _two_lists_put_on_her(demo_vault, tmp_path)
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    assert page.person.current_status.value == "reunited"
    model = page.provenance_tab.model
    files = [bare(model.item(r, 2).text()) for r in range(model.rowCount())]
    page.provenance_tab.table.selectRow(files.index("ministry.xlsx"))
    page.findChild(QPushButton, "withdrawListRow").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawQuestion") if b.isVisible()][0]
    version = page.person.version
    box.findChild(QPushButton, "withdrawGo").click()
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert page.person.current_status.value == "reunited"
    assert page.person.current_event.note == "«reunited»"
    said = bare(page.notice.text())
    opening, row = KEPT[lang]
    assert said.startswith(opening) and row in said and "committee.xlsx" in said, said
