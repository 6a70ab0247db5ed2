"""A source code that is no code is refused with what is wrong with it, under the report's
boxes rather than at the top of her page: "نجمة-7" was told "a source code holds a digit,
e.g. S-469", which it does; its letters were what was wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from app.domain.records import source_code_problem, source_code_refusal
from tests.ui_support import reads_left_to_right, unlock, wait_job


def _tab(qtbot, gui, demo_vault, lang):
    from ui.settings import write_language
    write_language(demo_vault, lang)
    gui.vault_dir, gui.language = demo_vault, lang
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00007")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.reports_tab)
    main.show()
    qtbot.waitExposed(main)
    return page, page.reports_tab


def _reports(qtbot, gui) -> int:
    return wait_job(qtbot, gui.worker, lambda s: len(s.records.list_reports(1_000)))


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.usefixtures("new_translations")
def test_a_code_in_arabic_letters_is_said_so_under_the_boxes(qtbot, gui, demo_vault, lang):
    page, tab = _tab(qtbot, gui, demo_vault, lang)
    before = _reports(qtbot, gui)
    box = tab.boxes["source_code"]
    tab.boxes["text"].setText("seen at the market in Raqqa")
    box.setFocus()
    box.insert("نجمة-7")  # as typed (QTest types Latin keys only)
    said = tab.source_error.text()  # said as it is typed: typing on cannot mend it
    assert said and "نجمة" in said and "S-469" in said
    digit = {"en": "holds a digit", "ar": "يحتوي رمز المصدر على رقم"}[lang]
    assert digit not in said  # no longer the digit rule, which the code keeps
    if lang == "en":
        assert "Latin letters A-Z, digits 0-9 and '-'" in said
    for value in ("0-9", "A-Z", "S-469, K12"):  # "0-9" in an Arabic sentence was drawn 9-0
        assert reads_left_to_right(said, value, lang == "ar"), value
    tab.add_button.click()
    qtbot.wait(100)
    assert tab.source_error.isVisible() and tab.source_error.text() == said
    assert page.error.text() == "" and _reports(qtbot, gui) == before
    # under the boxes, between the code's row and the table
    top = tab.source_error.mapTo(tab, QPoint(0, 0)).y()
    assert box.mapTo(tab, QPoint(0, box.height())).y() <= top
    assert top < tab.table.mapTo(tab, QPoint(0, 0)).y()
    # mended: the message goes as the box is typed in, and the report is added
    box.clear()
    qtbot.keyClicks(box, "N-7")
    assert tab.source_error.text() == "" and not tab.source_error.isVisible()
    tab.add_button.click()
    qtbot.waitUntil(lambda: _reports(qtbot, gui) == before + 1, timeout=10_000)


def test_a_name_without_a_digit_is_said_when_the_report_is_added(qtbot, gui, demo_vault):
    page, tab = _tab(qtbot, gui, demo_vault, "en")
    box = tab.boxes["source_code"]
    qtbot.keyClicks(box, "Salim")
    assert tab.source_error.text() == ""  # S-4 is on its way: not said while typed
    tab.boxes["text"].setText("seen")
    tab.add_button.click()
    assert "holds at least one digit" in tab.source_error.text()
    assert page.error.text() == ""


@pytest.mark.parametrize(("code", "kind", "words"), [
    ("نجمة-7", "letters", "holds only Latin letters A-Z, digits 0-9 and '-'"),
    ("SALIM QASIM", "letters", "holds a space"),
    ("٧٧-K", "letters", "'٧٧'"),
    ("S-4690000000000", "long", "at most 12 characters long"),
    ("-47", "dash", "begins with a Latin letter or a digit"),
    ("SALIM-QASIM", "digit", "holds a digit")])
def test_the_services_refusal_says_what_is_wrong(code, kind, words):
    assert source_code_problem(code)[0] == kind
    assert words in source_code_refusal(code)
    assert source_code_problem("S-469") is None and source_code_refusal("K12") == ""
