"""A Preview refused says the refusal alone: "The choices have changed: click Preview..." of the
document shown before stayed beside the refusal of the Preview just clicked (found by a
tester)."""

from __future__ import annotations

from tests.ui_support import unlock


def test_a_refused_preview_leaves_no_word_of_the_choices_before(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.print_dossier("DEMO-00001")
    view = main.screens["print"]
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=30_000)
    assert view.error.text() == ""
    view.ref.setText("DEMO-09999")  # no such person
    assert "click Preview" in view.info.text()
    view.preview()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=30_000)
    assert "DEMO-09999" in view.error.text()
    assert view.info.text() == "", view.info.text()
