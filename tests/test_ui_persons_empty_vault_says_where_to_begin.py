"""A new vault's empty persons list says where the first names come from (a tester, new to
the program, found an empty table and nothing to say what to do); a search or filter that
finds no one says only that."""

from __future__ import annotations

from tests.ui_support import unlock


def test_an_empty_vault_points_to_imports_and_new_person(qtbot, gui, made_vault):
    gui.vault_dir = made_vault[0]
    main = unlock(qtbot, gui)
    view = main.persons
    assert "Imports screen" in view.counts.text() and "New person" in view.counts.text()
    view.search_box.setText("Khaleel")
    qtbot.waitUntil(lambda: "Imports" not in view.counts.text(), timeout=10_000)
    assert view.counts.text().startswith("0 ")


def test_a_vault_with_persons_says_its_counts(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    assert "Imports" not in main.persons.counts.text()
    assert main.persons.counts.text().startswith("300 ")
