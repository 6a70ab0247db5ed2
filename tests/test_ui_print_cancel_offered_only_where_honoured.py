"""Save as PDF... offers Cancel only where it is honoured: a summary made again under its
password. A dossier under a password showed Cancel and an empty step, and was written after
Cancel was pressed; an unprotected save showed them too, with nothing to stop."""

from __future__ import annotations

from tests.ui_support import unlock


def _previewed(qtbot, gui, demo_vault, document: str):
    gui.vault_dir = demo_vault
    view = unlock(qtbot, gui).show_screen("print")
    view.prepare(document, "DEMO-00001" if document == "dossier" else "")
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""
    return view


def _saved(qtbot, view) -> None:
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""


def _folder(tmp_path):
    """Where the papers go: tmp_path holds the vault too."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_a_dossier_under_a_password_offers_no_cancel(qtbot, gui, demo_vault, tmp_path):
    view, out = _previewed(qtbot, gui, demo_vault, "dossier"), _folder(tmp_path)
    view.protect.first.setText("paper password 1")
    view.protect.second.setText("paper password 1")
    view.save_to(str(out / "d.pdf"))
    assert view.progress.isHidden()
    _saved(qtbot, view)
    assert (out / "d.pdf").exists() and view.progress.isHidden()


def test_an_unprotected_summary_offers_no_cancel(qtbot, gui, demo_vault, tmp_path):
    view, out = _previewed(qtbot, gui, demo_vault, "summary"), _folder(tmp_path)
    view.protect.setChecked(False)
    view.save_to(str(out / "s.pdf"))
    assert view.progress.isHidden()
    _saved(qtbot, view)
    assert (out / "s.pdf").exists()


def test_a_summary_under_a_password_is_cancelled_with_nothing_written(qtbot, gui, demo_vault,
                                                                      tmp_path):
    view, out = _previewed(qtbot, gui, demo_vault, "summary"), _folder(tmp_path)
    view.protect.first.setText("paper password 1")
    view.protect.second.setText("paper password 1")
    view.save_to(str(out / "s.pdf"))
    panel = view.progress
    assert not panel.isHidden() and panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: view.error.text() != "" or "SHA-256" in view.info.text(),
                    timeout=60_000)
    assert view.error.text() == "Cancelled."
    assert list(out.iterdir()) == [] and panel.isHidden()
    assert view.save_button.isEnabled()  # the preview stands: save it again
