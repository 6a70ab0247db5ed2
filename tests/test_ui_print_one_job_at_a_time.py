"""The Print screen runs one job at a time: a save under a password (a summary made again, 20 s
at every person) left Save and Preview enabled, and a second save's panel, with its Cancel, was
hidden when the first ended, so the second ran on in silence."""

from __future__ import annotations

from app.reports.steps import LAYOUT
from tests.ui_support import unlock
from ui.progress import ProgressPanel
from ui.worker import Job


def _summary_previewed(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    view = unlock(qtbot, gui).show_screen("print")
    view.document.setCurrentIndex(view.document.findData("summary"))
    view.profile.setCurrentIndex(view.profile.findData("internal"))
    view.preview()
    qtbot.waitUntil(lambda: view.save_button.isEnabled() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""
    view.protect.first.setText("paper password 1")
    view.protect.second.setText("paper password 1")
    return view


def _buttons(view) -> list[bool]:
    return [b.isEnabled() for b in (view.preview_button, view.save_button, view.print_button)]


def _folder(tmp_path):
    """Where the papers go: tmp_path holds the vault too."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_no_second_job_while_a_save_runs(qtbot, gui, demo_vault, tmp_path):
    view, out = _summary_previewed(qtbot, gui, demo_vault), _folder(tmp_path)
    view.save_to(str(out / "one.pdf"))
    first = view.progress.job
    assert _buttons(view) == [False, False, False]
    view.save_to(str(out / "two.pdf"))  # as Save as PDF... clicked again: nothing starts
    view.preview()
    assert view.progress.job is first and not view.progress.isHidden()
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=60_000)
    assert view.error.text() == ""
    assert sorted(p.name for p in out.iterdir()) == ["one.pdf"]
    assert _buttons(view) == [True, True, True] and view.progress.isHidden()


def test_choices_changed_during_a_save_leave_only_preview(qtbot, gui, demo_vault, tmp_path):
    view, out = _summary_previewed(qtbot, gui, demo_vault), _folder(tmp_path)
    view.save_to(str(out / "one.pdf"))
    view.language.setCurrentIndex(view.language.findData("ar"))
    qtbot.waitUntil(lambda: "SHA-256" in view.info.text() or view.error.text() != "",
                    timeout=60_000)
    # the document saved is not the one the choices now make: Preview it first
    assert _buttons(view) == [True, False, False]


def test_the_panel_stays_with_the_job_it_follows_now(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    first, second = Job(), Job()
    panel.follow(first, {LAYOUT: "Laying out the rows..."})
    panel.follow(second, {LAYOUT: "Laying out the rows..."})
    first._deliver_done([None])
    assert panel.job is second and not panel.isHidden()
    panel.cancel()
    assert second.cancel_event.is_set() and not first.cancel_event.is_set()
    second._deliver_cancelled()
    assert panel.job is None and panel.isHidden()
