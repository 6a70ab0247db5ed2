"""Duplicates > "Or compare two records" for a pair decided "not the same person" (at an
import, or by hand) showed the pair with no word of that decision: it was named only in the
question after Same person was clicked (found by a tester). The comparison says it."""

from __future__ import annotations

import os

from tests.test_ui_compare_two_records import _same_person_as, _two_women
from tests.ui_support import wait_job


def _compared(qtbot, view, b: str) -> None:
    view.pairs = []
    view.compare_b.setText(b)
    view.compare()
    qtbot.waitUntil(lambda: view.pairs != [] or view.error.text() != "", timeout=5_000)
    assert view.error.text() == ""


def test_a_pair_decided_not_the_same_is_said_so_when_compared(qtbot, gui, made_vault):
    a, b = _two_women(made_vault[0])
    main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    _compared(qtbot, view, b)
    assert view.notice.text() == ""  # nothing decided between them yet
    wait_job(qtbot, gui.worker, lambda s: s.matching.not_same(a, b, note="cousins"))
    view.compare_a.setText(a)
    _compared(qtbot, view, b)
    said = view.notice.text()
    assert f"{a} and {b} were marked not the same person on " in said, said
    assert "Note: cousins" in said, said
    assert view.notice.isVisibleTo(view)


def test_a_pair_decided_not_the_same_is_said_so_when_the_other_is_chosen_by_name(
        qtbot, gui, made_vault):
    """The other record chosen by a name (her number not known) was compared with no word of
    the decision; it is said as for a case number, however the record was chosen."""
    a, b = _two_women(made_vault[0])
    main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    _compared(qtbot, view, "Gule Xelef")
    assert [(p.a.case_no, p.b.case_no) for p in view.pairs] == [(a, b)]
    assert view.notice.text() == ""  # nothing decided between them yet
    wait_job(qtbot, gui.worker, lambda s: s.matching.not_same(a, b, note="cousins"))
    _compared(qtbot, view, "Gule Xelef")
    said = view.notice.text()
    assert f"{a} and {b} were marked not the same person on " in said, said
    assert "Note: cousins" in said, said
    assert view.notice.isVisibleTo(view)
    if shot := os.environ.get("CK_SHOT"):
        view.window().grab().save(f"{shot}-en.png")
