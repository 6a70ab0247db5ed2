"""On the page of a record merged into hers (opened by the number on a family's paper), she is
still the page's woman: the report's "other women" box refuses the page's number, the number
she is kept as and another record of hers as they are typed, and the rescue form lists her as
she is kept, so that any of her numbers typed there is refused as listed already, naming the
number typed and the merge. Before, all were taken as another woman; the save then failed."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once
from tests.cli_helpers import add
from tests.report_text_sample import english_left
from tests.ui_support import unlock
from ui.settings import write_language

ANOTHER = "Type the case number of another woman the report is about."


@pytest.fixture
@built_once
def merged(cli):
    """SNJ-1..5 Layla, SNJ-6 Samira; SNJ-4 and SNJ-5 merged into SNJ-3."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for _ in range(5):
        add(cli, "--given", "Layla", "--father", "Khalil", "--sex", "F", "--status", "missing")
    add(cli, "--given", "Samira", "--father", "Hasan", "--sex", "F", "--status", "missing")
    for other in ("SNJ-4", "SNJ-5"):
        assert cli("merge", "SNJ-3", other).returncode == 0
    return cli


def _page(qtbot, gui, cli, case_no, lang="en"):
    write_language(cli.vault, lang)
    gui.language, gui.vault_dir = lang, cli.vault
    main = unlock(qtbot, gui)
    main.open_person(case_no)
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.reports_tab)
    return main, page


def _typed(qtbot, said, box, case_no: str) -> str:
    said.clear()
    before = box.case_numbers()
    box.case_box.setText(case_no)
    box.add_button.click()
    qtbot.waitUntil(lambda: said.text() != "" or box.case_numbers() != before, timeout=10_000)
    return said.text()


def test_the_report_box_on_a_merged_record_page_refuses_her_numbers_as_typed(
        qtbot, gui, merged):
    _main, page = _page(qtbot, gui, merged, "SNJ-00004")
    tab = page.reports_tab
    assert _typed(qtbot, tab.source_error, tab.others, "snj-4") == (
        f"SNJ-00004 is the case number of this page: the report is filed under it already. "
        f"{ANOTHER}")
    for typed, case in (("SNJ-3", "SNJ-00003"), ("SNJ-5", "SNJ-00005")):
        assert _typed(qtbot, tab.source_error, tab.others, typed) == (
            f"{case} and SNJ-00004, the record of this page, are one woman, kept as SNJ-00003: "
            f"the report is filed under her already. {ANOTHER}")
    assert tab.others.case_numbers() == []
    # another woman is taken, and the report is filed about both
    assert _typed(qtbot, tab.source_error, tab.others, "SNJ-6") == ""
    tab.boxes["text"].setText("Informant saw her with her sister in Raqqa")
    tab.boxes["source_code"].setText("S-12")
    tab.add_button.click()
    qtbot.waitUntil(lambda: len(tab.reports) == 1 or page.error.text() != "", timeout=10_000)
    assert page.error.text() == ""
    [report] = json.loads(merged("--json", "report", "list").stdout)
    assert sorted(report["persons"]) == ["SNJ-00003", "SNJ-00006"], report  # listed as kept


def test_the_rescue_form_on_a_merged_record_page_lists_her_as_kept(qtbot, gui, merged):
    _main, page = _page(qtbot, gui, merged, "SNJ-00004")
    page._open_rescue_form(None, None)
    d = page.rescue_dialog
    qtbot.waitUntil(lambda: d.persons_box.case_numbers() != [], timeout=10_000)
    assert d.persons_box.case_numbers() == ["SNJ-00003"]
    assert _typed(qtbot, d.error, d.persons_box, "SNJ-3") == (
        "SNJ-00003 is already among the persons of this rescue.")
    for typed, case in (("SNJ-4", "SNJ-00004"), ("snj-5", "SNJ-00005")):
        assert _typed(qtbot, d.error, d.persons_box, typed) == (
            f"{case} is merged into SNJ-00003, who is listed already.")
    assert d.persons_box.case_numbers() == ["SNJ-00003"]
    d.boxes["date"].setText("2017")
    d.save_button.click()
    qtbot.waitUntil(lambda: d.notice.text() != "" or d.error.text() != "", timeout=10_000)
    assert d.error.text() == "" and d.notice.text().startswith("Rescue 1 recorded."), \
        d.notice.text()


def test_a_rescue_of_several_names_the_number_typed_and_the_merge(qtbot, gui, merged):
    _main, page = _page(qtbot, gui, merged, "SNJ-00006")
    page._open_rescue_form(None, None)
    d = page.rescue_dialog
    qtbot.waitUntil(lambda: d.persons_box.case_numbers() != [], timeout=10_000)
    assert _typed(qtbot, d.error, d.persons_box, "SNJ-3") == ""
    assert _typed(qtbot, d.error, d.persons_box, "SNJ-4") == (
        "SNJ-00004 is merged into SNJ-00003, who is listed already.")
    assert d.persons_box.case_numbers() == ["SNJ-00006", "SNJ-00003"]


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
@pytest.mark.usefixtures("new_translations")
def test_the_refusals_are_said_in_the_interface_language(qtbot, gui, merged, lang):
    _main, page = _page(qtbot, gui, merged, "SNJ-00004", lang)
    tab = page.reports_tab
    said = _typed(qtbot, tab.source_error, tab.others, "SNJ-3")
    assert said and english_left(said, lang, ("SNJ-00003", "SNJ-00004")) == set(), said
    page._open_rescue_form(None, None)
    d = page.rescue_dialog
    qtbot.waitUntil(lambda: d.persons_box.case_numbers() != [], timeout=10_000)
    said = _typed(qtbot, d.error, d.persons_box, "SNJ-4")
    assert said and english_left(said, lang, ("SNJ-00003", "SNJ-00004")) == set(), said
