"""Setting one sharing level for several persons selected in the desktop persons list: the
same service call as `casekeeper person sharing`, with its audit entries."""

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ui_support import demo_vault, gui, read_vault, unlock  # noqa: F401


def test_sharing_set_on_exactly_the_rows_selected(qtbot, gui, demo_vault, monkeypatch):  # noqa: F811
    main = unlock(qtbot, gui)
    view = main.persons
    model = view.model
    sel = view.table.selectionModel()
    qtbot.waitUntil(lambda: bool(model.data(model.index(3, 0), Qt.ItemDataRole.UserRole)),
                    timeout=10_000)
    for row in (0, 2, 3):
        sel.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    chosen = view.selected_case_nos()
    assert len(chosen) == 3
    other = model.data(model.index(1, 0), Qt.ItemDataRole.UserRole)
    before = read_vault(demo_vault, lambda s: {c: s.persons.get(c).sharing_level.value
                                               for c in [*chosen, other]})
    asked = {}
    monkeypatch.setattr(view, "confirm_sharing",
                        lambda n, name, _widened: asked.update(n=n, name=name) or True)
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Public appeal", True)))
    with qtbot.waitSignal(view.sharing_done, timeout=10_000):
        view.ask_sharing()
    assert asked == {"n": 3, "name": "Public appeal"}
    levels = read_vault(demo_vault, lambda s: {c: s.persons.get(c).sharing_level.value
                                               for c in [*chosen, other]})
    assert all(levels[c] == "public" for c in chosen)
    assert levels[other] == before[other]
    entries = read_vault(demo_vault, lambda s: [e for e in s.audit.newest(50).rows
                                                if "sharing_many" in e.detail])
    # one entry each for those not already public (as the CLI: unchanged ones are left)
    assert sorted(e.entity_ref for e in entries) == sorted(c for c in chosen
                                                           if before[c] != "public")
    assert all('"via": "desktop"' in e.detail for e in entries)


def test_no_row_selected_is_refused_and_nothing_set(qtbot, gui, demo_vault):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox
    main = unlock(qtbot, gui)
    view = main.persons
    view.table.clearSelection()
    view.ask_sharing()
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Select the persons first" in boxes[0].text()


def test_an_unknown_number_changes_none(tmp_path, demo_vault):  # noqa: F811
    import pytest

    from app.sharing_many import set_sharing_many
    from app.vault import open_vault
    from tests.ui_support import PASSPHRASE
    s = open_vault(demo_vault, PASSPHRASE)
    try:
        was = s.persons.get("DEMO-00001").sharing_level.value
        other = "ngo" if was != "ngo" else "court"
        with pytest.raises(Exception) as refused:
            set_sharing_many(s, ["DEMO-00001", "DEMO-99999"], other, via="desktop")
        assert "DEMO-99999" in str(refused.value)
        assert s.persons.get("DEMO-00001").sharing_level.value == was
    finally:
        s.close()
