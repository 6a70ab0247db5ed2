"""Print: "Which" (a case number or a rescue's) is asked only of a document about one case. A
dossier's "Which: SNJ-00001" stayed filled and editable once the document was changed to the
case summary, which lists everyone its filters keep and ignored it."""

from __future__ import annotations

from tests.ui_support import unlock


def test_the_summary_hides_which_and_a_dossier_shows_it_again(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.print_dossier("DEMO-00001")
    view = main.screens["print"]
    label = view.form.labelForField(view.ref)
    assert view.ref.isVisible() and label.isVisible() and view.ref.text() == "DEMO-00001"
    view.document.setCurrentIndex(view.document.findData("summary"))
    assert not view.ref.isVisible() and not label.isVisible()
    assert view.summary.isVisible()
    assert view.choices()[1] == ""  # no case number is part of the summary asked for
    view.document.setCurrentIndex(view.document.findData("rescue"))
    assert view.ref.isVisible() and label.isVisible()  # a rescue report is of one operation
    view.document.setCurrentIndex(view.document.findData("dossier"))
    assert view.ref.isVisible() and label.isVisible()
    assert view.ref.text() == "DEMO-00001"  # what was typed is kept for the dossier
