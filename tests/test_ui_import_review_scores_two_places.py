"""The import's review page gave each row's score as stored, to three places: one 0.889 among
0.92 and 0.85 (found by a tester). Every score there has two places, as on every other screen
(the persons list, the New person form's candidates)."""

from __future__ import annotations

import re

from tests.test_ui_import_wizard import _near_nadia, _wizard


def test_the_review_pages_scores_have_two_places(qtbot, gui, made_vault):
    folder, _code = made_vault
    _near_nadia(folder)
    _main, _imports, wizard = _wizard(qtbot, gui, folder)
    wizard._go(wizard.mapping_page)
    wizard.check_rows()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.preview_page, timeout=20_000)
    wizard.stage()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.review_page, timeout=20_000)
    stored = [w["score"] for w in wizard.state["waiting"]]
    shown = [wizard.review.model.item(r, 3).text() for r in range(wizard.review.model.rowCount())]
    assert shown == [f"{s:.2f}" for s in stored], (stored, shown)
    assert all(re.fullmatch(r"\d\.\d\d", s) for s in shown), shown
    assert any(len(str(s)) > 4 for s in stored), stored  # one stored to three places
