"""Her page's History tab says each entry in the interface's language, the stored entry kept
on hover: the lawyer read raw JSON and English action codes, even in Arabic."""

from __future__ import annotations

import pytest

from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare

SAID = {
    "en": {"status": "Status changed to Rescued", "merge": "Merged DEMO-00008 into this record",
           "edited": "Edited", "village": "village: from Kocho to Koço",
           "dated": "dated 12/04/2019", "created": "Record created"},
    "ar": {"status": "تغيّرت الحالة إلى أُنقذت", "merge": "دُمج DEMO-00008 في هذا السجل",
           "edited": "عُدّل السجل", "village": "القرية: من Kocho إلى Koço",
           "dated": "بتاريخ 12/04/2019", "created": "أُنشئ السجل"},
    "kmr": {"status": "Rewş bû Hatiye rizgarkirin", "merge": "DEMO-00008 bi vê tomarê re hate "
            "yekkirin", "edited": "Hate guhertin", "village": "gund: ji Kocho bo Koço",
            "dated": "bi dîroka 12/04/2019", "created": "Tomar hate çêkirin"},
}


def _history_made(folder) -> None:
    """Her village edited, her rescue recorded, and another list's record of her merged."""
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    from ui import person_ops
    s = open_vault(folder, PASSPHRASE)
    try:
        p = s.persons.get("DEMO-00007")
        p.origin_village = "Koço"
        s.persons.update(p)
        person_ops.add_status(s, "DEMO-00007", "rescued", "12/04/2019", "")
        s.matching.merge("DEMO-00007", "DEMO-00008", despite_decision=True,
                         despite_contradiction=True)
    finally:
        s.close()


@pytest.mark.parametrize("lang", ["en", "ar", "kmr"])
def test_each_history_entry_is_said_in_the_interface_language(qtbot, gui, demo_vault, lang):
    _history_made(demo_vault)
    page = _page(qtbot, gui, demo_vault, lang, "DEMO-00007")
    model = page.history_tab.model
    rows = [[bare(model.item(r, c).text()) for c in range(4)] for r in range(model.rowCount())]
    actions = [row[2] for row in rows]
    said = SAID[lang]
    assert actions[:2] == [said["merge"], said["status"]], actions  # newest first
    assert said["edited"] in actions and said["created"] in actions
    status_row = rows[1]
    assert said["dated"] in status_row[3], status_row
    edited_row = rows[actions.index(said["edited"])]
    assert said["village"] in edited_row[3], edited_row
    for row in rows:
        assert not row[2].startswith(("person.", "match.")), row
        assert "{" not in row[3] and '"changes"' not in row[3], row
    # the entry as stored stays at hand, on hover
    merge_tip = model.item(0, 3).toolTip()
    assert "DEMO-00008" in merge_tip and "merged" in merge_tip
    assert "person.merge" in model.item(0, 2).toolTip()


@pytest.mark.parametrize("lang, said", [
    ("en", "Other spellings from DEMO-00008 set right"),
    ("ar", "صُحّحت التهجئات الأخرى الواردة من DEMO-00008"),
    ("ckb", "ڕێنووسەکانی تری هاتوو لە DEMO-00008 ڕاستکرانەوە"),
    ("kmr", "Rastnivîsên din ên ji DEMO-00008 hatin rastkirin")])
def test_an_earlier_merges_aliases_set_right_at_unlock_are_said_in_words(qapp, lang, said):
    """Her father's name alone, made an alias of hers by an earlier version's merge, put back
    inside her whole name at the first unlock: the tab showed 'person.merge_aliases'."""
    import json

    from ui.history_words import history_entry
    from ui.i18n import apply_language
    try:
        apply_language(qapp, lang)
        what, _, stored = history_entry("person.merge_aliases", json.dumps({
            "changes": {"aliases": ["Khaleel | Viyan", "Viyan | Viyan Khaleel Alee Şarqi"]},
            "merged": "DEMO-00008"}))
    finally:
        apply_language(qapp, "en")
    assert bare(what) == said and "Khaleel" in stored
