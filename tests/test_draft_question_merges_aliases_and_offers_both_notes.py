"""A draft put back where her record was changed since: aliases changed on both sides merged item by
item without a question; notes changed on both sides asked with "keep both" offered too."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtWidgets import QRadioButton

from app.domain.person import NamePart, NameText, Person
from app.draft_merge import BOTH, three_way
from tests.test_ui_draft_restore_keeps_what_was_saved_since import (
    HER,
    _conflicts,
    _page,
    _saved,
    _saved_elsewhere,
    her_vault,
)

_her_vault = pytest.fixture(her_vault.__wrapped__, name="her_vault")


def _base() -> Person:
    return Person(case_no=HER, names={NamePart.GIVEN: NameText("", "Nadia")},
                  aliases=["Nadya", "Old name"], notes="line 1", version=3)


def test_aliases_changed_on_both_sides_keep_each_sides_additions_and_a_removal_unasked():
    base = _base()
    typed, now = copy.deepcopy(base), copy.deepcopy(base)
    typed.aliases = ["Nadya", "Xelil"]  # she added Xelil and removed "Old name"
    now.aliases, now.version = ["Nadya", "Old name", "Hevi"], 4  # a command added Hevi
    merged = three_way(base, typed, now)
    assert merged.conflicts == []
    assert merged.person.aliases == ["Nadya", "Hevi", "Xelil"]


def test_an_alias_removed_elsewhere_stays_removed_and_hers_is_added():
    base = _base()
    typed, now = copy.deepcopy(base), copy.deepcopy(base)
    typed.aliases = ["Nadya", "Old name", "Xelil"]
    now.aliases, now.version = ["Nadya"], 4
    merged = three_way(base, typed, now)
    assert merged.conflicts == [] and merged.person.aliases == ["Nadya", "Xelil"]


def test_notes_changed_on_both_sides_offer_both_hers_first_the_start_said_once():
    base = _base()
    typed, now = copy.deepcopy(base), copy.deepcopy(base)
    typed.notes = "line 1\nshe typed line 2"
    now.notes, now.version = "line 1\nCLI added: mother called", 4
    merged = three_way(base, typed, now)
    [c] = merged.conflicts
    assert c.key == "notes" and c.both == "line 1\nshe typed line 2\nCLI added: mother called"
    assert merged.choose({"notes": BOTH}, typed).notes == c.both


def test_reload_merges_aliases_and_keeps_both_notes_as_chosen(qtbot, gui, her_vault):
    _saved_elsewhere(her_vault, aliases=["Nadya"], notes="first line")
    _main, page = _page(qtbot, gui, her_vault)
    page.start_edit()
    page.form.notes.setPlainText("she was seen in Raqqa")
    page.form.aliases.setText("Nadya | Xelil")
    page.dirty = True
    _saved_elsewhere(her_vault, aliases=["Nadya", "Hevi"], notes="first line\nmother called")
    page.save()
    qtbot.waitUntil(lambda: page.buttons["reload"].isVisibleTo(page), timeout=10_000)
    page.buttons["reload"].click()
    dialog = _conflicts(qtbot, page)
    assert dialog.findChild(QRadioButton, "conflict_typed_aliases") is None  # not asked
    dialog.findChild(QRadioButton, "conflict_both_notes").setChecked(True)
    dialog.accept()
    p = _saved(qtbot, page, her_vault)
    assert p.aliases == ["Nadya", "Hevi", "Xelil"]
    assert p.notes == "she was seen in Raqqa\n\nfirst line\nmother called"
