"""The audit screen reads the trail a page at a time, newest first, and afresh each time it is
shown; Older and Newer step through the pages."""

from __future__ import annotations

from app.audit import PAGE
from app.domain.person import NamePart, NameText, Person
from tests.ui_support import unlock, wait_job


def _seqs(view) -> list[int]:
    return [int(view.model.item(r, 0).text()) for r in range(view.model.rowCount())]


def _wait_page(qtbot, view, top: int) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and _seqs(view)[0] == top
                    and (view.older_button.isEnabled() or view.newer_button.isEnabled()
                         or not view.page.has_older), timeout=10_000)


def test_pages_of_the_trail_newest_first_with_older_and_newer(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    total = wait_job(qtbot, main.worker, lambda s: s.audit.repo.count())
    assert total > PAGE  # the demo vault's trail spans more than one page
    view = main.show_screen("audit")
    _wait_page(qtbot, view, total)
    assert _seqs(view) == list(range(total, total - PAGE, -1))  # one page, not the trail
    assert view.model.item(0, 2).text() == "vault.unlock"
    assert str(total) in view.count.text()
    assert view.shown.text() == f"Shown: No. {total} to {total - PAGE + 1}"
    assert not view.newer_button.isEnabled() and view.older_button.isEnabled()
    view.older_button.click()
    _wait_page(qtbot, view, total - PAGE)
    assert _seqs(view) == list(range(total - PAGE, max(0, total - 2 * PAGE), -1))
    assert view.newer_button.isEnabled()
    while view.older_button.isEnabled():
        top = _seqs(view)[-1] - 1
        view.older_button.click()
        _wait_page(qtbot, view, top)
    assert _seqs(view)[-1] == 1 and view.model.rowCount() <= PAGE
    view.newer_button.click()
    _wait_page(qtbot, view, _seqs(view)[0] + PAGE)
    assert view.older_button.isEnabled()


def test_the_screen_reads_the_trail_again_when_shown_again(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("audit")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    before = _seqs(view)[0]
    view.older_button.click()
    _wait_page(qtbot, view, before - PAGE)
    wait_job(qtbot, main.worker, lambda s: s.persons.create(
        Person(names={NamePart.GIVEN: NameText("", "Nadia")})))
    main.show_screen("persons")
    main.show_screen("audit")  # back at the newest page, with the entry made meanwhile
    _wait_page(qtbot, view, before + 1)
    assert view.model.item(0, 2).text() == "person.create"
    assert not view.newer_button.isEnabled()
