"""Her family on her page: relatives linked from either side, and the family contacts the command
line keeps (shown, added and changed there, hidden with everything else at a lock)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

from tests.ui_support import unlock, wait_job
from ui.bidi import bare

PHONE = "+964 750 123 4567"


def _family(cli) -> None:
    assert cli("init").returncode == 0
    for given in ("Nadia", "Layla"):
        assert cli("person", "add", "--given", given, "--sex", "F").returncode == 0
    assert cli("relative", "SNJ-00001", "sibling", "SNJ-00002").returncode == 0
    r = cli("contact", "SNJ-00002", "--name", "Xidir Elias", "--phone", PHONE,
            "--relation", "brother")
    assert r.returncode == 0, r.stderr


def _page(qtbot, gui, case_no: str):
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    return main, page


def _rows(tab) -> list[list[str]]:
    m = tab.model
    return [[bare(m.item(r, c).text()) for c in range(m.columnCount())]
            for r in range(m.rowCount())]


def test_her_page_shows_the_sister_who_linked_her(qtbot, gui, cli):
    _family(cli)
    _main, page = _page(qtbot, gui, "SNJ-00002")
    # the last column names a record merged into hers the link came from: none here
    assert _rows(page.relatives_tab) == [["sibling", "SNJ-00001", "Nadia", ""]]


def test_her_page_shows_the_family_contact_the_command_line_added(qtbot, gui, cli):
    _family(cli)
    _main, page = _page(qtbot, gui, "SNJ-00002")
    # its number first, as `person show` gives it and `contact remove` takes it; the last
    # column names a record merged into hers a contact was given on: none here
    assert _rows(page.contacts_tab) == [["1", "Xidir Elias", PHONE, "brother", "", ""]]
    assert page.tabs.tabText(page.tabs.indexOf(page.contacts_tab)) == "Family contacts"
    # only hers: her sister's page has none
    _main.open_person("SNJ-00001")
    other = _main.person_page
    qtbot.waitUntil(lambda: other.person is not None, timeout=10_000)
    assert other.contacts_tab.model.rowCount() == 0


def test_a_contact_is_added_and_changed_on_her_page(qtbot, gui, cli):
    _family(cli)
    _main, page = _page(qtbot, gui, "SNJ-00002")
    tab = page.contacts_tab
    assert not tab.add_button.isEnabled()  # no name, nothing to add
    tab.boxes["name"].setText("Gule Murad")
    tab.boxes["phone"].setText("0750 999 8877")
    tab.boxes["relation"].setText("mother")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert _rows(tab)[1] == ["2", "Gule Murad", "0750 999 8877", "mother", "", ""]
    assert all(b.text() == "" for b in tab.boxes.values())
    assert not tab.change_button.isEnabled()  # nothing chosen to change

    tab.table.selectRow(0)
    assert [b.text() for b in tab.boxes.values()] == ["Xidir Elias", PHONE, "brother"]
    assert tab.change_button.isEnabled()
    tab.boxes["phone"].setText("+964 751 000 1111")
    tab.change_button.click()
    qtbot.waitUntil(lambda: _rows(tab)[0][2] == "+964 751 000 1111", timeout=10_000)
    assert _rows(tab) == [["1", "Xidir Elias", "+964 751 000 1111", "brother", "", ""],
                          ["2", "Gule Murad", "0750 999 8877", "mother", "", ""]]

    shown = json.loads(wait_job(qtbot, gui.worker, _shown_by_the_command_line, "SNJ-00002"))
    assert [(c["name"], c["phone"], c["relation"]) for c in shown["family_contacts"]] == [
        ("Xidir Elias", "+964 751 000 1111", "brother"), ("Gule Murad", "0750 999 8877", "mother")]
    # The trail says a contact was changed, never the name or number (as for one added).
    history = _rows(page.history_tab)
    assert history[0][2] == "Family contact changed"
    assert history[0][3] == "changed: phone"  # which field, not what it holds
    assert not any(s in cell for row in history for cell in row
                   for s in ("Gule", "Xidir", "0750", "751", "brother"))


def _shown_by_the_command_line(session, case_no: str) -> str:
    from app.cli.commands.person import records_around
    return json.dumps(records_around(session, session.persons.get(case_no)))


def test_her_family_contacts_are_not_on_screen_after_a_lock(qtbot, gui, cli):
    _family(cli)
    main, page = _page(qtbot, gui, "SNJ-00002")
    page.tabs.setCurrentWidget(page.contacts_tab)
    page.contacts_tab.table.selectRow(0)
    assert page.contacts_tab.isVisible()
    gui.lock()
    assert gui.locked and not main.isVisible()
    for w in gui.app.allWidgets():
        if w.isVisible():
            texts = [w.text()] if isinstance(w, QLabel | QLineEdit) else []
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                m = w.model()
                texts += [str(m.index(r, c).data()) for r in range(m.rowCount())
                          for c in range(m.columnCount())]
            assert not any(PHONE in t or "Xidir" in t for t in texts), w
