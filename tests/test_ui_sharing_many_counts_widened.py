"""The desktop's sharing level for the persons selected says, before it is set, how many of
them it would share more widely, counted by the levels' order as `person sharing` counts them
(internal to ngo widens too), through the same app function."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog

from app.sharing_many import widens
from tests.ui_support import demo_vault, gui, read_vault, unlock  # noqa: F401


def test_the_question_counts_those_it_widens(qtbot, gui, demo_vault, monkeypatch):  # noqa: F811
    main = unlock(qtbot, gui)
    view = main.persons
    model = view.model
    qtbot.waitUntil(lambda: bool(model.data(model.index(11, 0), Qt.ItemDataRole.UserRole)),
                    timeout=10_000)
    everyone = [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) for row in range(12)]
    levels = read_vault(demo_vault, lambda s: {c: s.persons.get(c).sharing_level.value
                                               for c in everyone})
    internal = [c for c in everyone if levels[c] == "internal"]
    assert internal and len(internal) < len(everyone)  # the demo's levels are mixed
    sel = view.table.selectionModel()
    for row in range(12):
        sel.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    asked = {}
    monkeypatch.setattr(view, "confirm_sharing", lambda n, name, widened: asked.update(
        n=n, name=name, widened=widened) or False)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("NGO", True)))
    view.ask_sharing()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    # only the internal ones go further at ngo: no paper's profile is an NGO's, but an NGO
    # partner receives her record
    assert asked == {"n": 12, "name": "NGO", "widened": len(internal)}
    assert len(internal) == sum(widens(levels[c], "ngo") for c in everyone)
    # answered No: nothing set
    assert read_vault(demo_vault, lambda s: {c: s.persons.get(c).sharing_level.value
                                             for c in everyone}) == levels


def test_the_question_says_it_in_words(qtbot, gui, demo_vault, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox
    main = unlock(qtbot, gui)
    said = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, text, *_a: said.append(text)
                                     or QMessageBox.StandardButton.No))
    assert main.persons.confirm_sharing(3, "NGO", 2) is False
    assert "2 of them would be shared more widely than now." in said[0]
    main.persons.confirm_sharing(3, "Court", 0)
    assert "more widely" not in said[1]
