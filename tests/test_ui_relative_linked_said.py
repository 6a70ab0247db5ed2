"""Link relative says the link on her page as soon as it is saved ("Linked: DEMO-00004 name,
sibling"): the box emptied and the table filled only once the page was read again, and a
tester waited seconds on a silent page, ready to click again and be told "already linked"."""

from __future__ import annotations

from tests.ui_support import unlock, wait_job
from ui.labels import one_name


def test_the_link_is_said_without_waiting_for_the_page(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00003")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    name = wait_job(qtbot, gui.worker, lambda s: one_name(s.persons.get("DEMO-00004")))
    page.reload = lambda: None  # the page not read again: the link is said all the same
    page.relatives_tab.case.setText("DEMO-00004")
    page.link_relative("DEMO-00004", "sibling")
    qtbot.waitUntil(lambda: "Linked" in page.notice.text(), timeout=10_000)
    said = page.notice.text()
    assert "DEMO-00004" in said and name in said and "sibling" in said, said
    assert page.relatives_tab.case.text() == ""
    assert page.relatives_tab.model.rowCount() == 0  # shown before the table is filled
