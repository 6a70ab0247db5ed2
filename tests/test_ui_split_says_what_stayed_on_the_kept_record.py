"""A split on her page says that a row given back went with what it told, and what of it stays
on the kept record (a value the lawyer refined since), as `casekeeper split` does: the desktop
said only that the row was given back, and the refined place stayed on the wrong woman unsaid
(review 37)."""

from __future__ import annotations

import pytest

from tests.test_split_says_what_stayed_on_the_kept_record import _split_with_a_refined_place
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _split_on_her_page(qtbot, gui, cli, lang: str = "en") -> str:
    page = _page(qtbot, gui, cli.vault, lang, "SNJ-00001")
    assert page.merged_pick.currentText() == "SNJ-00002"
    page.split_out()
    qtbot.waitUntil(lambda: page.merged_pick.count() == 0 or page.error.text() != "",
                    timeout=10_000)
    assert page.error.text() == ""
    return bare(page.notice.text())


def test_the_split_says_the_row_went_with_what_it_told_and_what_stayed(qtbot, gui, cli, tmp_path):
    _split_with_a_refined_place(cli, tmp_path)
    notice = _split_on_her_page(qtbot, gui, cli)
    assert ("It went back with what it told: what it changed on SNJ-00001 was taken back and "
            "set on SNJ-00002.") in notice, notice
    assert ("Last known location left on SNJ-00001 as Raqqa, Tabqa road (the row wrote Raqqa): "
            "it was changed after the import") in notice, notice


@pytest.mark.parametrize("lang, words", [("ar", "غُيّر بعد الاستيراد"), ("ckb", "دوای هاوردەکە"),
                                         ("kmr", "piştî anînê")])
def test_it_is_said_in_the_desktops_language(qtbot, gui, cli, tmp_path, new_translations,
                                             lang, words):
    _split_with_a_refined_place(cli, tmp_path)
    notice = _split_on_her_page(qtbot, gui, cli, lang)
    assert words in notice and "Raqqa, Tabqa road" in notice, notice
