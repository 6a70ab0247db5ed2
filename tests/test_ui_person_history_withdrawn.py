"""Her page's History tab says a list row withdrawn from her record in the interface's language,
never as the action's code."""

from __future__ import annotations

import pytest

from tests.import_helpers import write_xlsx
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

SAID = {"en": "A list's row withdrawn from this record",
        "ar": "سُحب من هذا السجل صفّ من قائمة",
        "ckb": "ڕیزێکی لیستێک لەم تۆمارە کێشرایەوە",
        "kmr": "Rêzeke lîsteyekê ji vê tomarê hate vekişandin"}


def _row_put_on_her_and_withdrawn(folder, tmp_path) -> None:
    """A list row (a rescue, a note) put onto DEMO-00007 by hand, committed, then withdrawn."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    try:
        her = s.persons.get("DEMO-00007")
        lst = write_xlsx(tmp_path / "ministry.xlsx", [("List", [
            ["Name", "Father", "Status", "Notes"],
            [her.display_name(), "", "reunited", "handed over in Duhok"]])])
        svc = ImportService(s)
        plan = svc.prepare(str(lst))
        batch = svc.stage(plan, svc.stage_rows(plan))
        svc.decide(batch, 2, "update", "DEMO-00007", override=True, despite_contradiction=True)
        svc.commit(batch)
        svc.withdraw(batch, 2, "her sister")
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
def test_a_withdrawn_row_is_said_in_the_interface_language(qtbot, gui, demo_vault, tmp_path,
                                                            lang):
    _row_put_on_her_and_withdrawn(demo_vault, tmp_path)
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    model = page.history_tab.model
    newest = [bare(model.item(0, c).text()) for c in range(4)]
    assert newest[2] == SAID[lang], newest
    assert "her sister" in newest[3]
    # her Provenance tab no longer lists the row
    files = page.provenance_tab.model
    assert all(files.item(r, 1).text() != "ministry.xlsx" for r in range(files.rowCount()))
