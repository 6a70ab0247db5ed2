"""The "other women" box of a report on her page refuses her own case number (or a record merged
into hers) as it is typed, saying why, as it refuses a number no record has and one listed
already; the service under it refuses a report naming one woman twice, as `report add --person
A --person A` does, in the interface's language."""

from __future__ import annotations

import pytest

from tests.report_text_sample import english_left
from tests.ui_support import PASSPHRASE, unlock, wait_job
from ui import person_ops
from ui.settings import write_language


def _page(qtbot, gui, folder, lang="en", case_no="DEMO-00007"):
    write_language(folder, lang)
    gui.language, gui.vault_dir = lang, folder
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)
    tab.boxes["text"].setText("Informant saw her with her sister in Raqqa")
    tab.boxes["source_code"].setText("S-12")
    return main, page, tab


def _typed(qtbot, tab, case_no: str) -> str:
    """What the box says of case_no typed and Add person pressed (a refusal, or "")."""
    tab.source_error.clear()
    before = tab.others.case_numbers()
    tab.others.case_box.setText(case_no)
    tab.others.add_button.click()
    qtbot.waitUntil(lambda: tab.source_error.text() != "" or tab.others.case_numbers() != before,
                    timeout=10_000)
    return tab.source_error.text()


def _merged(folder) -> None:
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        s.matching.merge("DEMO-00007", "DEMO-00008", despite_decision=True,
                         despite_contradiction=True)
    finally:
        s.close()


def test_her_own_number_is_refused_as_another_woman_saying_why(qtbot, gui, demo_vault):
    _merged(demo_vault)
    _main, page, tab = _page(qtbot, gui, demo_vault)
    for typed in ("DEMO-00007", "demo-7"):
        assert _typed(qtbot, tab, typed) == (
            "DEMO-00007 is the case number of this page: the report is filed under it already. "
            "Type the case number of another woman the report is about.")
        assert tab.others.case_numbers() == []
        assert tab.others.case_box.text() == typed  # kept, to be put right
    assert _typed(qtbot, tab, "DEMO-00008") == (
        "DEMO-00008 is merged into DEMO-00007, the record of this page: the report is filed "
        "under it already. Type the case number of another woman the report is about.")
    assert tab.others.case_numbers() == []
    # a number no one has and one listed already: refused as before
    assert "DEMO-09999" in _typed(qtbot, tab, "DEMO-09999")
    assert _typed(qtbot, tab, "DEMO-00003") == ""
    assert _typed(qtbot, tab, "demo-3") == "DEMO-00003 is already among the persons of this report."
    assert tab.others.case_numbers() == ["DEMO-00003"]
    before = tab.model.rowCount()
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    assert page.error.text() == ""
    rid = max(r.id for r in tab.reports)
    persons = wait_job(qtbot, gui.worker, lambda s: sorted(
        s.persons.get_by_id(i).case_no for i in s.records.get_report(rid).person_ids))
    assert persons == ["DEMO-00003", "DEMO-00007"]


def test_a_report_being_changed_refuses_her_number_too(qtbot, gui, demo_vault):
    _main, page, tab = _page(qtbot, gui, demo_vault)
    rid = wait_job(qtbot, gui.worker, lambda s: person_ops.add_report(
        s, "DEMO-00007", {"text": "seen in the market", "source_code": "K-40", "place": "",
                          "received": "03/2023", "observed": "", "others": ["DEMO-00003"]}))
    page.reload()
    qtbot.waitUntil(lambda: any(r.id == rid for r in tab.reports), timeout=10_000)
    tab.table.selectRow(next(i for i, r in enumerate(tab.reports) if r.id == rid))
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.others.case_numbers() == ["DEMO-00003"], timeout=10_000)
    assert _typed(qtbot, tab, "DEMO-00007").startswith("DEMO-00007 is the case number of this page")
    assert tab.others.case_numbers() == ["DEMO-00003"]


def _reports_of_7(s) -> int:
    return len(s.records.reports_for(s.persons.get("DEMO-00007").id))


@pytest.mark.usefixtures("new_translations")
@pytest.mark.parametrize("merged", [False, True])
def test_the_service_refuses_her_twice_in_the_desktops_words(qtbot, gui, demo_vault, merged):
    """What the box keeps out is refused under it too (the rule is the service's, one with the
    command line's): a report naming her twice, or her and a record merged into hers."""
    if merged:
        _merged(demo_vault)
    _main, _page_, _tab = _page(qtbot, gui, demo_vault, "ar")
    before = wait_job(qtbot, gui.worker, _reports_of_7)
    other = "DEMO-00008" if merged else "DEMO-00007"
    box = {}
    job = gui.worker.submit(person_ops.add_report, "DEMO-00007", {
        "text": "x", "source_code": "S-1", "place": "", "received": "", "observed": "",
        "others": [other]}, on_done=lambda r: box.setdefault("r", r),
        on_error=lambda m: box.setdefault("e", m))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    said = box["e"]
    assert "DEMO-00007" in said and other in said
    assert ("مدموج" in said) == merged, said
    assert english_left(said, "ar", ("DEMO-00007", "DEMO-00008")) == set(), said
    assert wait_job(qtbot, gui.worker, _reports_of_7) == before


@pytest.mark.usefixtures("new_translations")
@pytest.mark.parametrize("lang,word", [("ar", "رقم ملف هذه الصفحة"), ("ckb", "ئەم پەڕەیەیە"),
                                       ("kmr", "vê rûpelê")])
def test_the_refusal_is_said_in_the_interface_language(qtbot, gui, demo_vault, lang, word):
    _main, _page_, tab = _page(qtbot, gui, demo_vault, lang)
    said = _typed(qtbot, tab, "DEMO-00007")
    assert word in said and "DEMO-00007" in said, said
    assert english_left(said, lang, ("DEMO-00007",)) == set(), said
