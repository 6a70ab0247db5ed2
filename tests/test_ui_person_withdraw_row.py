"""A list row put onto the wrong woman is taken back from her own page (Provenance tab): asked
first, then she is as before, the row is gone from the tab, and her History tab says it in the
interface's language, never as the action's code."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.import_helpers import write_xlsx
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

SAID = {"en": "A list's row withdrawn from this record",
        "ar": "سُحب من هذا السجل صفّ من قائمة",
        "ckb": "ڕیزێکی لیستێک لەم تۆمارە کێشرایەوە",
        "kmr": "Rêzeke lîsteyekê ji vê tomarê hate vekişandin"}
ASKED = {"en": "Take row 2 of", "ar": "أتسحب الصف", "ckb": "ڕیزی", "kmr": "Rêza"}


def _row_put_on_her(folder, tmp_path) -> str:
    """A ministry list's row (a reunion, a note) put onto DEMO-00007 by hand and committed;
    returns her status before."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        her = s.persons.get("DEMO-00007")
        lst = write_xlsx(tmp_path / "ministry.xlsx", [("List", [
            ["Name", "Status", "Notes"], [her.display_name(), "reunited", "handed over"]])])
        svc = ImportService(s)
        plan = svc.prepare(str(lst))
        batch = svc.stage(plan, svc.stage_rows(plan))
        svc.decide(batch, 2, "update", "DEMO-00007", override=True, despite_contradiction=True)
        svc.commit(batch)
        return her.current_status.value
    finally:
        s.close()


def _files(page) -> list[str]:
    model = page.provenance_tab.model
    return [bare(model.item(r, 2).text()) for r in range(model.rowCount())]


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_a_row_is_withdrawn_from_her_page_and_said_in_her_history(qtbot, gui, demo_vault,
                                                                   tmp_path, lang):
    before = _row_put_on_her(demo_vault, tmp_path)
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    assert page.person.current_status.value == "reunited"
    button = page.findChild(QPushButton, "withdrawListRow")
    assert not button.isEnabled()  # nothing chosen yet
    page.provenance_tab.table.selectRow(_files(page).index("ministry.xlsx"))
    assert button.isEnabled()
    button.click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawQuestion") if b.isVisible()][0]
    assert "ministry.xlsx" in box.text() and "DEMO-00007" in box.text()
    assert bare(box.text()).startswith(ASKED[lang]), box.text()
    version = page.person.version
    box.findChild(QPushButton, "withdrawGo").click()
    qtbot.waitUntil(lambda: page.person.version > version, timeout=10_000)
    assert page.person.current_status.value == before
    assert "ministry.xlsx" not in _files(page)
    newest = [bare(page.history_tab.model.item(0, c).text()) for c in range(4)]
    assert newest[2] == SAID[lang], newest


LEFT = {"en": "Left as it is, for you to settle by hand:", "ar": "تُرك كما هو لتبتّ فيه بنفسك:"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_field_changed_since_the_import_is_left_and_said(qtbot, gui, demo_vault, tmp_path,
                                                          lang):
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE

    def notes(text: str) -> None:
        s = open_vault(demo_vault, PASSPHRASE)
        try:
            her = s.persons.get("DEMO-00007")
            her.notes = text
            s.persons.update(her)
        finally:
            s.close()

    notes("")  # so that the list's note fills it
    _row_put_on_her(demo_vault, tmp_path)
    notes("her mother asks at Sharya camp")  # the lawyer's own words, after the import
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    page.provenance_tab.table.selectRow(_files(page).index("ministry.xlsx"))
    page.findChild(QPushButton, "withdrawListRow").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawQuestion") if b.isVisible()][0]
    box.findChild(QPushButton, "withdrawGo").click()
    qtbot.waitUntil(lambda: "ministry.xlsx" not in _files(page), timeout=10_000)
    assert page.person.notes == "her mother asks at Sharya camp"
    assert bare(page.error.text()).startswith(LEFT[lang]), page.error.text()
    # and what changed it since: her notes edited by hand, on the day it was
    from app.audit import now_utc
    assert now_utc()[:10] in page.error.text()
