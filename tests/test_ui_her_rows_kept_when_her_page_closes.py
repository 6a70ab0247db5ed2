"""What is typed in her page's rows and not yet added (a report with the other women under it,
a status with its note, a rescue) is kept inside the vault when another person's page opens or
the program locks, and is back in its boxes when her page opens again."""

from __future__ import annotations

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui_support import unlock
from ui import person_ops

ACCOUNT = "Long account from informant S-12: Layla was moved on 20 August to the house of Abu Hamza"


def _open(qtbot, main, case_no: str):
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.case_no == case_no, timeout=10_000)
    return page


def _type_rows(qtbot, page) -> None:
    reports = page.reports_tab
    reports.boxes["text"].setText(ACCOUNT)
    reports.boxes["source_code"].setText("S-12")
    reports.boxes["observed"].setText("08/2016")
    reports.identifying.setChecked(False)
    reports.others.case_box.setText("DEMO-00003")
    reports.others.add_button.click()
    qtbot.waitUntil(lambda: reports.others.case_numbers() == ["DEMO-00003"], timeout=10_000)
    status = page.status_tab
    status.status.setCurrentIndex(status.status.findData("located"))
    status.date.setText("08/2016")
    status.note.setText("moved to the house of Abu Hamza")
    page.rescues_tab.boxes["from_place"].setText("Tal Afar")


def _rows_back(page) -> None:
    reports = page.reports_tab
    assert reports.boxes["text"].text() == ACCOUNT
    assert reports.boxes["source_code"].text() == "S-12"
    assert reports.boxes["observed"].text() == "08/2016"
    assert not reports.identifying.isChecked()
    assert reports.others.case_numbers() == ["DEMO-00003"]
    status = page.status_tab
    assert (status.status.currentData(), status.date.text(), status.note.text()) == (
        "located", "08/2016", "moved to the house of Abu Hamza")
    assert page.rescues_tab.boxes["from_place"].text() == "Tal Afar"
    assert "back in its boxes" in page.draft_note.text()


def test_another_page_opened_keeps_what_her_rows_held(qtbot, gui, demo_vault):
    """The tester typed an informant's account, opened her sister's page from the Relatives
    tab and came back: the box was empty, and nothing had asked."""
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00002")
    _type_rows(qtbot, page)
    other = _open(qtbot, main, "DEMO-00004")
    assert other.reports_tab.boxes["text"].text() == ""  # hers stay hers
    page = _open(qtbot, main, "DEMO-00002")
    qtbot.waitUntil(lambda: page.reports_tab.boxes["text"].text() != "", timeout=10_000)
    _rows_back(page)
    # added, it is gone from the vault: it does not come back a second time
    before = page.reports_tab.model.rowCount()
    page.reports_tab.add_button.click()
    qtbot.waitUntil(lambda: page.reports_tab.model.rowCount() == before + 1, timeout=10_000)
    page = _open(qtbot, main, "DEMO-00002")
    assert page.reports_tab.boxes["text"].text() == ""
    assert page.status_tab.note.text() == "moved to the house of Abu Hamza"  # still not added


def test_the_lock_keeps_her_rows_inside_the_vault(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00002")
    _type_rows(qtbot, page)
    lock = next(a for a in main.menuBar().actions()[0].menu().actions()
                if a.shortcut().toString() == "Ctrl+L")
    lock.trigger()
    assert gui.locked and gui.worker.session is None
    for f in demo_vault.rglob("*"):  # inside the vault: never on disk as typed
        assert not f.is_file() or b"Abu Hamza" not in f.read_bytes(), f
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        kept = session.drafts.rows("DEMO-00002")
    finally:
        session.close()
    assert kept["report"]["text"] == ACCOUNT and kept["status"]["note"].endswith("Abu Hamza")
    assert kept["rescue"]["from_place"] == "Tal Afar"


def test_rows_kept_at_a_lock_are_back_after_the_next_unlock(qtbot, gui, demo_vault):
    session = open_vault(demo_vault, PASSPHRASE)
    person_ops.write_rows(session, ("DEMO-00002", {
        "report": {"text": ACCOUNT, "source_code": "S-12", "observed": "08/2016",
                   "could_identify_source": False, "others": [
                       {"case_no": "DEMO-00003", "name": "Samira", "sex": "F"}]},
        "status": {"status": "located", "date": "08/2016",
                   "note": "moved to the house of Abu Hamza", "report": None},
        "rescue": {"from_place": "Tal Afar", "gives_status": "rescued"}}))
    session.close()
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    page = _open(qtbot, main, "DEMO-00002")
    qtbot.waitUntil(lambda: page.reports_tab.boxes["text"].text() != "", timeout=10_000)
    _rows_back(page)


def test_her_deletion_takes_her_kept_rows_with_her(demo_vault):
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        person_ops.write_rows(session, ("DEMO-00002", {"report": {"text": ACCOUNT}}))
        assert session.drafts.rows("DEMO-00002") is not None
        session.persons.delete("DEMO-00002", "asked by her family")
        assert session.meta.get("draft.rows.DEMO-00002", "") == ""
    finally:
        session.close()
