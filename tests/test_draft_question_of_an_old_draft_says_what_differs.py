"""A draft kept by an earlier version (without her record as its page read it), her record changed
since: the question says which fields differ, not "you changed", and a blank in the draft is not
taken for a typed erasure."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtWidgets import QLabel, QRadioButton

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person
from app.draft_merge import TYPED, three_way
from tests.test_ui_draft_restore_keeps_what_was_saved_since import (
    HER,
    _conflicts,
    _page,
    _saved,
    _saved_elsewhere,
    her_vault,
)
from tests.ui_support import read_vault

_her_vault = pytest.fixture(her_vault.__wrapped__, name="her_vault")


def test_a_blank_in_an_old_draft_keeps_what_her_record_holds_now():
    base = Person(case_no=HER, names={NamePart.GIVEN: NameText("", "Nadia")}, version=3)
    old = copy.deepcopy(base)
    old.held_by = "Abu Hamza"  # all she typed
    now = copy.deepcopy(base)
    now.birth, now.version = FuzzyDate.parse("1998"), 4  # a command, later
    merged = three_way(None, old, now)
    assert merged.base_unknown
    assert [c.key for c in merged.conflicts] == ["held_by"]  # birth is not asked about
    # the natural choice, "what is in the draft" for all, keeps her birth year
    assert merged.choose({"held_by": TYPED}, old).birth.text == "1998"


def test_the_question_says_the_fields_differ_from_her_record_now(qtbot, gui, her_vault):
    def kept_by_an_earlier_version(s):
        typed = s.persons.get(HER)
        typed.held_by = "Abu Hamza"
        s.drafts.keep_person(typed)  # no base, as drafts were kept before
    read_vault(her_vault, kept_by_an_earlier_version)
    _saved_elsewhere(her_vault, birth=FuzzyDate.parse("1998"))
    _main, page = _page(qtbot, gui, her_vault)
    qtbot.waitUntil(lambda: page.draft is not None, timeout=10_000)
    page.restore_draft()
    dialog = _conflicts(qtbot, page)
    words = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "differ from her record as saved now" in words and "you changed" not in words
    assert dialog.findChild(QRadioButton, "conflict_typed_birth") is None  # not offered
    typed = dialog.findChild(QRadioButton, "conflict_typed_held_by")
    assert typed.text() == "Keep what is in the draft:" and not typed.isChecked()
    assert dialog.findChild(QRadioButton, "conflict_saved_held_by").text() \
        == "Keep her record as saved now:"
    typed.setChecked(True)
    dialog.accept()
    p = _saved(qtbot, page, her_vault)
    assert (p.held_by, p.birth.text) == ("Abu Hamza", "1998")
