"""Her Status timeline's report picker shows a report proved false marked so, and it cannot be
chosen: it offered one unmarked, refused only at Add (review 35)."""

from __future__ import annotations

from app.domain.records import Report
from tests.ui_support import unlock, wait_job


def test_a_false_report_is_marked_and_cannot_be_chosen(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)

    def made(s):
        pid = s.persons.get("DEMO-00007").id
        true = s.records.add_report(Report(text="seen in Mosul", source_code="K8",
                                           person_ids=[pid]))
        false = s.records.add_report(Report(text="seen in Raqqa", source_code="K7",
                                            person_ids=[pid]))
        s.records.edit_report(false, {"proved_false": "she was in Duhok"})
        return true, false
    true, false = wait_job(qtbot, gui.worker, made)
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    box = page.status_tab.report
    qtbot.waitUntil(lambda: false in {box.itemData(i) for i in range(box.count())},
                    timeout=10_000)
    rows = {box.itemData(i): i for i in range(box.count())}
    assert box.itemText(rows[false]).endswith("(proved false)")
    assert not box.model().item(rows[false]).isEnabled()
    assert "proved false" not in box.itemText(rows[true])
    assert box.model().item(rows[true]).isEnabled()
