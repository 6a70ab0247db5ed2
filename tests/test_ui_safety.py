"""Safety in the room: idle lock ends the process and restarts at the unlock window (drafts
saved first), lock and panic keys, clipboard clearing, no core dumps, nothing in HOME,
neutral window titles."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.vault import open_vault
from tests.conftest import PASSPHRASE, ROOT
from tests.ui_support import unlock


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEKEEPER_")}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "offscreen",
                "CASEKEEPER_IDLE_LOCK_SECONDS": "1.5", "PYTHONPATH": str(ROOT)})
    return env


def _wait_for(logfile: Path, word: str, seconds: float = 30) -> list[str]:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        lines = logfile.read_text().splitlines() if logfile.exists() else []
        if any(line.endswith(word) for line in lines):
            return lines
        time.sleep(0.1)
    raise AssertionError(f"never saw {word!r}: {lines}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_idle_lock_ends_the_process_and_a_new_one_opens_at_unlock(tmp_path, demo_vault):
    logfile = tmp_path / "run.log"
    env = _child_env(tmp_path)
    first = subprocess.Popen([sys.executable, str(ROOT / "tests" / "gui_child.py"),
                              str(demo_vault), str(logfile)], env=env, cwd=ROOT)
    try:
        assert first.wait(timeout=60) == 0
        lines = _wait_for(logfile, "unlock-window")
    finally:
        if first.poll() is None:
            first.kill()
    pids = [int(line.split()[0]) for line in lines]
    assert pids[0] == first.pid
    second = [p for p in pids if p != first.pid]
    assert second, lines  # a different process reached the unlock window
    assert f"{first.pid} editing" in lines  # and it exited with status 0 (above)
    end = time.monotonic() + 10
    while _alive(second[0]) and time.monotonic() < end:
        time.sleep(0.1)
    # the unsaved edit was kept as a draft inside the vault before the process ended
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        assert "Draft village" in session.meta.get("draft.person.DEMO-00001", "")
    finally:
        session.close()
    # nothing written to HOME (no QtProject.conf with visited folders, no recent files)
    written = [p for p in (tmp_path / "home").rglob("*") if p.is_file()
               and ".cache/fontconfig" not in str(p)]
    assert written == []


def test_ctrl_l_locks_saves_the_draft_and_restarts(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00002")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.copy_case_no()
    assert QGuiApplication.clipboard().text() == "DEMO-00002"
    page.start_edit()
    page.form.texts["held_by"].setText("unsaved text")
    page.dirty = True
    lock = next(a for a in main.menuBar().actions()[0].menu().actions()
                if a.shortcut().toString() == "Ctrl+L")
    lock.trigger()
    assert gui.locked and gui.restarts.calls == 1
    assert gui.worker.session is None
    assert QGuiApplication.clipboard().text() == ""  # our copy does not outlive the session
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        assert "unsaved text" in session.meta.get("draft.person.DEMO-00002", "")
    finally:
        session.close()


def test_a_draft_is_offered_after_the_next_unlock(qtbot, gui, demo_vault):
    from ui import person_ops
    session = open_vault(demo_vault, PASSPHRASE)
    p = session.persons.get("DEMO-00003")
    p.notes = "typed before the lock"
    person_ops.write_draft(session, p)
    session.close()
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00003")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    assert page.draft_note.text() != "" and page.buttons["restore"].isVisibleTo(page)
    page.restore_draft()
    assert page.form.notes.toPlainText() == "typed before the lock"
    page.save()
    qtbot.waitUntil(lambda: page.person.notes == "typed before the lock", timeout=10_000)
    assert page.draft is None  # saved: the draft is gone


def test_panic_hides_everything_and_locks(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.controller.panic()
    assert not main.isVisible() and gui.locked and gui.restarts.calls == 1


def test_copied_case_data_is_cleared_after_the_timeout(qtbot):
    from ui.clipboard import ClipboardGuard
    guard = ClipboardGuard(clear_after_ms=200)
    board = QGuiApplication.clipboard()
    guard.copy("DEMO-00007")
    assert board.text() == "DEMO-00007"
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)


def test_the_clipboard_is_left_alone_if_the_user_copied_something_else(qtbot):
    from ui.clipboard import ClipboardGuard
    guard = ClipboardGuard(clear_after_ms=200)
    board = QGuiApplication.clipboard()
    guard.copy("DEMO-00008")
    board.setText("the user's own text")
    qtbot.wait(500)
    assert board.text() == "the user's own text"


def test_the_program_turns_core_dumps_off_before_anything_else(tmp_path, monkeypatch):
    """ui.app.run() calls the hardening first; checked on the real child process's state."""
    code = ("import resource, ui.app as a; from app.hardening import is_dumpable;"
            "a.make_application = None;"  # stop right after hardening: no window needed
            "\ntry:\n a.run('/nonexistent')\nexcept TypeError:\n pass\n"
            "print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=30, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.stdout.strip() == "False (0, 0)", out.stderr


def test_window_titles_are_neutral(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00001")
    qtbot.waitUntil(lambda: main.person_page.person is not None, timeout=10_000)
    titles = {w.title() for w in QGuiApplication.topLevelWindows()
              if w.isVisible()}
    assert titles <= {"CaseKeeper", ""}


def test_file_dialogs_leave_no_trace_in_home(tmp_path):
    """Qt's own file dialog records visited folders in ~/.config/QtProject.conf; ours must not."""
    home = tmp_path / "home"
    browsed = tmp_path / "somewhere-outside-the-vault"
    browsed.mkdir(parents=True)
    home.mkdir()
    code = (
        "import sys; from ui.app import make_application;"
        "from PySide6.QtWidgets import QFileDialog;"
        "app = make_application();"
        "d = QFileDialog(None, 'CaseKeeper', sys.argv[1]);"
        "d.setOption(QFileDialog.Option.DontUseNativeDialog); d.show(); app.processEvents();"
        "d.setDirectory(sys.argv[1]); d.reject(); d.deleteLater(); app.processEvents();"
        "del d; app.processEvents(); print('ok')")
    env = dict(_child_env(tmp_path), HOME=str(home))
    out = subprocess.run([sys.executable, "-c", code, str(browsed)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert "ok" in out.stdout, out.stderr
    written = [p for p in home.rglob("*") if p.is_file() and ".cache/fontconfig" not in str(p)]
    assert written == []


def test_lock_does_not_wait_for_a_job_that_ignores_cancel(qtbot, gui, demo_vault):
    import threading
    gui.vault_dir = demo_vault
    unlock(qtbot, gui)
    release = threading.Event()
    gui.worker.submit(lambda s: release.wait(30))  # a stuck job on the vault thread
    start = time.monotonic()
    closed = gui.worker.close(timeout=0.5)
    release.set()
    assert not closed and time.monotonic() - start < 5


def test_the_lock_clears_the_screen_before_it_waits_to_save_drafts(qtbot, gui, demo_vault):
    """Saving drafts waits for the vault thread (up to 30 s behind a long job): the windows are
    hidden first, as panic hides them, so nothing stays on screen while the lock waits."""
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    main.open_person("DEMO-00002")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None, timeout=10_000)
    page.start_edit()
    page.form.texts["held_by"].setText("typed before the lock")
    page.dirty = True
    shown_while_saving = []
    save = main.save_drafts

    def save_and_note() -> None:
        shown_while_saving.append([w.objectName() or type(w).__name__
                                   for w in gui.app.topLevelWidgets() if w.isVisible()])
        save()

    main.save_drafts = save_and_note
    gui.lock()
    assert shown_while_saving == [[]]
    session = open_vault(demo_vault, PASSPHRASE)
    try:
        assert "typed before the lock" in session.meta.get("draft.person.DEMO-00002", "")
    finally:
        session.close()
