"""The Duplicates screen's "Not the same person" asks first (Cancel the default), and a pair so
decided, shown again by "Or compare two records", offers "Take back 'not the same'": a mis-click
hid a true duplicate from the desktop for good, with no question before and no way back but the
command line (found by a tester). `not-same A B --undo` on a pair never decided says so, naming
both, and fails."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from tests.test_ui_compare_says_a_pair_decided_not_the_same import _compared
from tests.test_ui_compare_two_records import _same_person_as, _two_women
from tests.ui_support import wait_job


def _question(view, name: str):
    shown = [b for b in view.findChildren(QMessageBox, name) if b.isVisible()]
    return shown[0] if shown else None


def answer_not_same(qtbot, view, note: str = "") -> None:
    """Say yes to the question "Not the same person" asks (with a note, if given)."""
    from PySide6.QtWidgets import QLineEdit

    qtbot.waitUntil(lambda: _question(view, "notSameQuestion") is not None, timeout=10_000)
    box = _question(view, "notSameQuestion")
    if note:
        box.findChild(QLineEdit, "reasonBox").setText(note)
    box.findChild(QPushButton, "notSameGo").click()


def _decided(qtbot, gui, a: str, b: str) -> bool:
    return bool(wait_job(qtbot, gui.worker, lambda s: s.matching.decisions_between(a, b)))


def test_not_the_same_asks_first_and_cancel_leaves_the_pair(qtbot, gui, made_vault):
    a, b = _two_women(made_vault[0])
    main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    _compared(qtbot, view, b)
    view.buttons["not_same"].click()
    qtbot.waitUntil(lambda: _question(view, "notSameQuestion") is not None, timeout=10_000)
    box = _question(view, "notSameQuestion")
    assert f"Mark {a} and {b} as not the same person?" in box.text(), box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    # what is typed is the decision's note, shown with it, not only a reason in the trail
    assert any(label.text().startswith("Note (optional): why they are two people, shown with "
                                       "the decision") for label in box.findChildren(QLabel))
    if shot := os.environ.get("CK_SHOT"):
        box.grab().save(f"{shot}-ask.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not _decided(qtbot, gui, a, b)
    assert [(p.a.case_no, p.b.case_no) for p in view.pairs] == [(a, b)]


def test_a_decided_pair_compared_again_can_be_taken_back(qtbot, gui, made_vault):
    a, b = _two_women(made_vault[0])
    main, view = _same_person_as(qtbot, gui, made_vault[0], a)
    _compared(qtbot, view, b)
    assert not view.take_back.isVisibleTo(view)  # nothing decided yet
    view.buttons["not_same"].click()
    answer_not_same(qtbot, view, note="cousins")
    qtbot.waitUntil(lambda: view.pairs == [], timeout=10_000)
    assert wait_job(qtbot, gui.worker,
                    lambda s: s.matching.decisions_between(a, b))[0].note == "cousins"
    view.compare_a.setText(a)
    _compared(qtbot, view, b)
    assert view.take_back.isVisibleTo(view)
    view.take_back.click()
    qtbot.waitUntil(lambda: _question(view, "takeBackQuestion") is not None, timeout=10_000)
    box = _question(view, "takeBackQuestion")
    assert "Note: cousins" in box.text() and "Take it back?" in box.text(), box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    if shot := os.environ.get("CK_SHOT"):
        qtbot.wait(200)
        view.window().grab().save(f"{shot}-decided.png")
        box.grab().save(f"{shot}-takeback.png")
    box.findChild(QPushButton, "takeBackGo").click()
    qtbot.waitUntil(lambda: "no longer marked" in view.notice.text(), timeout=10_000)
    assert not _decided(qtbot, gui, a, b)
    assert not view.take_back.isVisibleTo(view)
    trail = wait_job(qtbot, gui.worker, lambda s: [r.action for r in s.persons.history(a)])
    assert "match.not_same_undone" in trail
    if shot := os.environ.get("CK_SHOT"):
        view.window().grab().save(f"{shot}-done.png")


def test_undo_of_a_pair_never_decided_fails_naming_both(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Vian", "Dunya"):
        assert cli("person", "add", "--given", given, "--father", "Khalil", "--sex",
                   "F").returncode == 0
    r = cli("not-same", "SNJ-00001", "SNJ-00002", "--undo")
    assert r.returncode != 0, r.stdout
    assert ("nothing taken back: SNJ-00001 and SNJ-00002 are not marked as not the same "
            "person") in r.stderr, r.stderr
    assert cli("not-same", "SNJ-00001", "SNJ-00002").returncode == 0
    r = cli("not-same", "SNJ-00001", "SNJ-00002", "--undo")
    assert r.returncode == 0 and "may be proposed again" in r.stdout
