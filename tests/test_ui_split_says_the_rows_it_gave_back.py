"""A split on her page says the list rows it gave back to the record split out (and those it
left on hers because nothing tells whose they are), as `casekeeper split` and the audit trail
do (app/split_rows.py): the desktop said only that the record was its own again, and the
lawyer did not learn that the next version of the list would go to the other woman."""

from __future__ import annotations

import os

import pytest

from tests.test_split_gives_her_rows_back import LISTS, _ok, _write
from tests.test_ui_person_page_bidi import _page
from ui.bidi import bare


def _merged(cli, tmp_path, by_hand: bool = False) -> None:
    """v1 imported (Nadia SNJ-00001, Layla SNJ-00002); her cousin SNJ-00003 added by hand and
    SNJ-00001 merged into her; then v2 imported while they are one record, or (by_hand) a
    shelter's list whose row was decided by hand for the merged record."""
    header, nadia, missing, _rescued, (given, father), layla, samira = LISTS["arabic"]
    v1 = _write(tmp_path / "v1.csv", header, [[nadia, "2001", "Kocho", missing],
                                               [layla, "1999", "Kocho", missing]])
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", v1, "--source", "family")
    _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F", "--born",
        "2001", "--village", "Kocho")
    _ok(cli, "merge", "SNJ-00003", "SNJ-00001")
    if by_hand:
        shelter = _write(tmp_path / "shelter.csv", header, [["نادية جندي", "", "Kocho", missing]])
        _ok(cli, "import", shelter, "--source", "shelter")
        _ok(cli, "review", "2", "--row", "2", "--decide", "update", "--person", "SNJ-00003")
        _ok(cli, "review", "2", "--commit")
    else:
        v2 = _write(tmp_path / "v2.csv", header, [[nadia, "2001", "Kocho", missing],
                                                   [layla, "1999", "Kocho", missing],
                                                   [samira, "2001", "Kocho", missing]])
        _ok(cli, "import", v2, "--source", "family")


def _split_on_her_page(qtbot, gui, cli, lang: str = "en"):
    page = _page(qtbot, gui, cli.vault, lang, "SNJ-00003")
    assert page.merged_pick.currentText() == "SNJ-00001"
    page.split_out()
    qtbot.waitUntil(lambda: page.merged_pick.count() == 0 or page.error.text() != "",
                    timeout=10_000)
    assert page.error.text() == ""
    return page


def test_the_split_names_the_row_it_gave_back(qtbot, gui, cli, tmp_path):
    _merged(cli, tmp_path)
    page = _split_on_her_page(qtbot, gui, cli)
    notice = bare(page.notice.text())
    assert ("Row 2 of v2.csv (import 2) given back to SNJ-00001: it went to SNJ-00003 while "
            "SNJ-00001 was merged into it.") in notice, notice
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-en.png")


def test_a_row_nothing_tells_is_named_with_what_to_do(qtbot, gui, cli, tmp_path):
    _merged(cli, tmp_path, by_hand=True)
    page = _split_on_her_page(qtbot, gui, cli)
    notice = bare(page.notice.text())
    assert ("Row 2 of shelter.csv (import 2) left on SNJ-00003, which may be SNJ-00001's: it "
            "was decided by hand while the two were one record.") in notice, notice
    assert "casekeeper review 2 --row 2 --decide update --person SNJ-00001" in notice


@pytest.mark.parametrize("lang, words", [("ar", "أُعيد"), ("ckb", "گەڕێندرایەوە"),
                                         ("kmr", "hate vegerandin")])
def test_the_rows_are_said_in_the_desktops_language(qtbot, gui, cli, tmp_path,
                                                    new_translations, lang, words):
    _merged(cli, tmp_path)
    page = _split_on_her_page(qtbot, gui, cli, lang)
    notice = bare(page.notice.text())
    assert words in notice and "v2.csv" in notice and "SNJ-00001" in notice, notice
    if shot := os.environ.get("CK_SHOT"):
        page.resize(1100, 650)
        page.grab().save(f"{shot}-{lang}.png")
