"""The desktop's report form, saved with a corrected observed date, says what moving a status it
dated made her (located past her rescue: located again), as the rescue form says it; and her
History words the move as a re-dating, not as a status told again."""

from __future__ import annotations

from tests.ui_support import unlock, wait_job
from ui import person_ops
from ui.bidi import bare
from ui.history_words import history_entry


def test_the_report_form_says_she_is_located_again(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    case = "DEMO-00007"
    rid = wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, case, {"text": "seen in the market", "source_code": "K-40", "place": "",
                  "received": "05/2026", "observed": "01/2026"}))
    wait_job(qtbot, gui.worker, lambda s: person_ops.add_status(s, case, "located", "", "", rid))
    wait_job(qtbot, gui.worker, lambda s: person_ops.add_status(s, case, "rescued", "02/2026",
                                                                "", None))
    main.open_person(case)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    tab.table.selectRow(next(i for i, r in enumerate(tab.reports) if r.id == rid))
    tab.edit_button.click()
    tab.boxes["observed"].setText("04/2026")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "04/2026" in page.notice.text(), timeout=10_000)
    notice = bare(page.notice.text())
    assert f"{case} is now Located (was Rescued): a status later or further along her case" \
        in notice, notice
    rows = wait_job(qtbot, gui.worker, lambda s: s.audit.history("person", case))
    [moved] = [r for r in rows if '"was"' in (r.detail or "")]
    assert history_entry(moved.action, moved.detail)[0] == \
        f"Status Located re-dated 01/2026 → 04/2026, as report {rid}"
