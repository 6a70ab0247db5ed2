"""The New rescue form in Kurmanji keeps its date and place boxes wide enough for their examples:
the long choice of "Status it gives" ("Azad bû: rizgarkirî (di roja radestkirina malbatê de
...)") took the form's width and left them about 60 pixels wide, "mînak ..."; the choice is cut
short in its box with "…" instead, whole in its tooltip."""

from __future__ import annotations

from tests.ui_support import unlock
from ui.filter_boxes import placeholder_width
from ui.settings import write_language


def test_kurmanji_rescue_form_shows_each_example_whole(qtbot, gui, demo_vault):
    write_language(demo_vault, "kmr")
    gui.vault_dir, gui.language = demo_vault, "kmr"
    main = unlock(qtbot, gui)
    view = main.show_screen("rescues")
    view.new_rescue()
    dialog = view.rescue_dialog
    dialog.resize(980, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.gives.currentText().startswith("Azad bû")  # the Kurmanji words indeed
    for key in ("date", "handover_to_family", "from_place", "needs", "team_codes"):
        box = dialog.boxes[key]
        assert box.width() >= placeholder_width(box), (key, box.placeholderText(), box.width())
    for key in ("route", "handover_point", "outcome"):
        assert dialog.boxes[key].width() >= 150, (key, dialog.boxes[key].width())
    # the two columns share the form: the choice does not take it
    assert dialog.boxes["date"].width() * 2 >= dialog.gives.width()
    assert dialog.gives.toolTip() == dialog.gives.currentText()
