"""An example case number given to the user is one of her vault's: each vault has its own
prefix (`casekeeper init --prefix KCH`), and SNJ-00009 given as the example in a vault of KCH
numbers is a number she cannot type."""

from __future__ import annotations

import pytest

from tests.built_once import built_once
from tests.ui_support import unlock
from ui.settings import write_language


@pytest.fixture
@built_once
def kch(cli):
    """A vault of KCH case numbers with one woman, rescued in operation 1."""
    assert cli("init", "--prefix", "KCH").returncode == 0
    r = cli("person", "add", "--given", "Nadia", "--father", "Murad", "--sex", "F",
            "--status", "rescued")
    assert r.returncode == 0, r.stderr
    assert cli("rescue", "add", "--person", "KCH-00001", "--date", "2016").returncode == 0
    return cli


@pytest.mark.parametrize("args", [("summary",), ("rescue-report", "1")])
def test_a_family_paper_without_her_number_is_refused_with_an_example_of_this_vault(
        kch, tmp_path, args):
    """"name each with --for CASE_NO (e.g. --for SNJ-00009)" in a vault of KCH numbers."""
    out = tmp_path / "x.pdf"
    r = kch(*args, "-o", str(out), "--profile", "family")
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "(e.g. --for KCH-00009)" in r.stderr and "SNJ" not in r.stderr, r.stderr
    assert not out.exists()


@pytest.mark.parametrize("lang, example", [("en", "Case number, e.g. KCH-00009"),
                                           ("ar", "رقم الملف، مثلاً \u2066KCH-00009\u2069"),
                                           ("ckb", "ژمارەی دۆسیە، بۆ نموونە \u2066KCH-00009\u2069"),
                                           ("kmr", "Hejmara dosyayê, mînak KCH-00009")])
@pytest.mark.usefixtures("new_translations")  # the Arabic word of the papers, not in the .qm yet
def test_the_print_screen_and_her_relatives_tab_give_an_example_of_this_vault(
        qtbot, gui, kch, lang, example):
    """The Print screen's box for whose family a paper is for said "Case number, e.g.
    SNJ-00009", and her Relatives tab "e.g. SNJ-00012", in every vault."""
    write_language(kch.vault, lang)
    gui.vault_dir, gui.language = kch.vault, lang
    main = unlock(qtbot, gui)
    box = main.show_screen("print").for_persons
    qtbot.waitUntil(lambda: box.placeholderText() != "", timeout=10_000)
    assert box.placeholderText() == example
    main.open_person("KCH-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    relative = page.relatives_tab.case.placeholderText()
    assert "KCH-00012" in relative and "SNJ" not in relative, relative


@pytest.mark.usefixtures("new_translations")
def test_the_rescue_form_and_a_reports_other_women_give_an_example_of_this_vault(qtbot, gui,
                                                                                 kch):
    """The rescue form's "women it freed" box said "e.g. SNJ-00012" in a vault of other
    numbers, and a report's "other women" box was cut to "Case number, e.g. …" in Arabic, its
    example not shown at all (found by a tester)."""
    write_language(kch.vault, "ar")
    gui.vault_dir, gui.language = kch.vault, "ar"
    main = unlock(qtbot, gui)
    main.resize(1400, 850)
    main.open_person("KCH-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.new_rescue_form({})
    freed = page.rescue_dialog.persons_box.case_box
    qtbot.waitUntil(lambda: "KCH" in freed.placeholderText(), timeout=10_000)
    assert freed.placeholderText() == "رقم الملف، مثلاً \u2066KCH-00012\u2069"
    page.rescue_dialog.close()
    page.tabs.setCurrentWidget(page.reports_tab)
    others = page.reports_tab.others.case_box
    qtbot.waitUntil(lambda: others.placeholderText() == "KCH-00012", timeout=10_000)
    qtbot.wait(50)
    assert others.width() >= others.fontMetrics().horizontalAdvance("KCH-00012") + 16
    assert "رقم الملف، مثلاً \u2066KCH-00012\u2069" in others.toolTip().replace("\xa0", " ")
