"""A vault open in another CaseKeeper process is not given a new key nor restored over under it
(that process would write into a folder moved aside, or fail on the old key and lose its work):
refused at once with nothing changed, and done once that process is gone, killed or not. While
another process gives it a new key or restores it, unlocking waits for it to finish."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import rekey, vault
from app.backup import make_backup, restore_backup
from app.domain.errors import VaultInUse, WrongSecret
from app.vault import SLOT_FILE, open_vault
from app.vault_lock import BUSY_ELSEWHERE, LOCK_FILE, OPEN_ELSEWHERE, VaultLock
from db.keyslots import KdfParams
from tests.conftest import PASSPHRASE, ROOT
from tests.ui_support import unlock

NEW = "a new passphrase for a new key"
HOLDER = ROOT / "tests" / "vault_holder.py"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no vault lock on Windows")


class Holder:
    """Another CaseKeeper process with the vault open (how="open") or alone with it ("alone")."""

    def __init__(self, folder: Path, how: str = "open") -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HOLDER), str(folder), PASSPHRASE, how], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert self.process.stdout.readline().strip() == how

    def kill(self) -> None:
        """kill -9: no close, no clean-up; the kernel lets go of its lock."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def holders():
    started: list[Holder] = []

    def start(folder: Path, how: str = "open") -> Holder:
        started.append(Holder(folder, how))
        return started[-1]

    yield start
    for h in started:
        h.kill()


@pytest.fixture
def backup(made_vault, tmp_path) -> Path:
    """A backup of the vault (no persons yet), made under its passphrase."""
    folder, _code = made_vault
    usb = tmp_path / "usb"
    usb.mkdir()
    s = open_vault(folder, PASSPHRASE)
    try:
        return make_backup(s, usb).folder
    finally:
        s.close()


def _state(folder: Path) -> dict[str, bytes]:
    """Every file of the vault and every folder beside it: what "nothing changed" means."""
    files = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    beside = {p.name: b"" for p in folder.parent.iterdir() if p.name.startswith(
        (f"{folder.name}.", f".{folder.name}."))}
    return {**files, **beside}


def _opens_as_before(folder: Path, code: str) -> None:
    open_vault(folder, PASSPHRASE).close()
    open_vault(folder, recovery_code=code).close()
    assert not (folder / rekey.NEXT_SLOT_FILE).exists()


# -- the command line, beside another process -------------------------------------------------

def test_a_new_key_is_refused_while_another_process_has_the_vault_open(cli, made_vault,
                                                                       holders):
    folder, code = made_vault
    holder = holders(folder)
    before = _state(folder)
    r = cli("passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}, process=True)
    assert r.returncode == 8, r.stderr
    assert r.stderr == f"casekeeper: {OPEN_ELSEWHERE}\n"
    assert "close it there first" in r.stderr and "nothing was changed" in r.stderr
    assert _state(folder) == before  # not even an unlock in the audit trail
    holder.kill()
    _opens_as_before(folder, code)
    done = cli("--json", "passwd", "--new-key", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW},
               process=True)
    assert done.returncode == 0, done.stderr
    new_code = json.loads(done.stdout)["recovery_code"]
    with pytest.raises(WrongSecret):
        open_vault(folder, PASSPHRASE)
    open_vault(folder, NEW).close()
    open_vault(folder, recovery_code=new_code).close()


def test_a_restore_is_refused_while_another_process_has_the_vault_open(cli, made_vault,
                                                                       backup, holders):
    folder, _code = made_vault
    holder = holders(folder)
    assert cli("person", "add", "--given", "Layla").returncode == 0  # side by side: fine
    before = _state(folder)
    for asked in ([], ["--yes"]):
        r = cli("restore", str(backup), *asked, process=True)
        assert r.returncode == 8, r.stderr
        assert OPEN_ELSEWHERE in r.stderr
        assert _state(folder) == before  # nothing moved aside, no copy beside it
    with pytest.raises(VaultInUse, match="close it there first"):
        restore_backup(backup, folder, PASSPHRASE)
    assert _state(folder) == before
    holder.kill()
    r = cli("--json", "restore", str(backup), "--yes", "--older", process=True)
    assert r.returncode == 0, r.stderr
    aside = Path(json.loads(r.stdout)["previous_vault"])
    assert aside.name.startswith(f"{folder.name}.before-restore-")
    kept = open_vault(aside, PASSPHRASE)  # Layla, added after the backup, kept in it
    try:
        assert kept.persons.count() == 1
    finally:
        kept.close()
    restored = open_vault(folder, PASSPHRASE)
    try:
        assert restored.persons.count() == 0
    finally:
        restored.close()


def test_the_vault_is_not_opened_while_another_process_is_alone_with_it(cli, made_vault,
                                                                        holders):
    folder, code = made_vault
    holder = holders(folder, "alone")
    before = _state(folder)
    r = cli("info", process=True)
    assert r.returncode == 8 and BUSY_ELSEWHERE in r.stderr, r.stderr
    assert "giving the vault a new key or restoring it" in r.stderr
    with pytest.raises(VaultInUse, match="wait until it finishes"):
        open_vault(folder, PASSPHRASE)
    with pytest.raises(VaultInUse, match="wait until it finishes"):
        open_vault(folder, "not even the right passphrase")  # refused before it is tried
    r = cli("restore", str(folder), "--yes", process=True)  # nor restored over meanwhile
    assert r.returncode == 8 and BUSY_ELSEWHERE in r.stderr, r.stderr
    assert _state(folder) == before
    holder.kill()
    _opens_as_before(folder, code)


def test_commands_side_by_side_still_work(cli, made_vault, holders):
    folder, _code = made_vault
    holders(folder)
    holders(folder)
    assert cli("person", "add", "--given", "Nadia", process=True).returncode == 0
    assert cli("search", "Nadia", process=True).returncode == 0
    r = cli("passwd", extra_env={"CASEKEEPER_NEW_PASSPHRASE": NEW}, process=True)
    assert r.returncode == 0, r.stderr  # a new passphrase alone keeps the key they hold
    assert cli("--json", "person", "list", extra_env={"CASEKEEPER_PASSPHRASE": NEW}).returncode \
        == 0


# -- one process's own session ----------------------------------------------------------------

def test_a_session_alone_goes_back_to_shared_and_a_refusal_keeps_its_lock(made_vault, holders):
    folder, _code = made_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        holder = holders(folder)
        with pytest.raises(VaultInUse, match="close it there first"):
            vault.new_data_key(s, NEW, KdfParams.fast())
        assert not (folder / rekey.NEXT_SLOT_FILE).exists()
        holder.kill()
        # the refusal left this session's lock shared: another process is still refused alone
        with pytest.raises(subprocess.CalledProcessError):
            subprocess.run([sys.executable, str(HOLDER), str(folder), PASSPHRASE, "alone"],
                           cwd=ROOT, input="", capture_output=True, check=True, timeout=60)
        vault.new_data_key(s, NEW, KdfParams.fast())
        # shared again afterwards: another window opens beside it, with the new passphrase
        beside = subprocess.run([sys.executable, str(HOLDER), str(folder), NEW, "open"],
                                cwd=ROOT, input="", capture_output=True, text=True, timeout=60)
        assert beside.returncode == 0 and beside.stdout.strip() == "open", beside.stderr
    finally:
        s.close()


def test_two_sessions_of_one_process_are_two_holders(made_vault):
    """Locks belong to open files, not processes: the second session's new key waits for the
    first to close, as it would in another process."""
    folder, _code = made_vault
    first, second = open_vault(folder, PASSPHRASE), open_vault(folder, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse, match="close it there first"):
            vault.new_data_key(second, NEW, KdfParams.fast())
        first.close()
        vault.new_data_key(second, NEW, KdfParams.fast())
    finally:
        first.close()
        second.close()
    open_vault(folder, NEW).close()


def test_the_lock_file_holds_nothing_and_is_the_owners_alone(made_vault):
    folder, _code = made_vault
    lock = folder / LOCK_FILE
    assert lock.stat().st_size == 0 and lock.stat().st_mode & 0o077 == 0
    held = VaultLock(folder).share()
    with pytest.raises(VaultInUse):
        VaultLock(folder).alone().__enter__()
    held.release()
    with VaultLock(folder).alone():
        pass
    assert lock.stat().st_size == 0


def test_a_folder_with_no_vault_is_given_no_lock_file(tmp_path):
    empty = tmp_path / "not-a-vault"
    empty.mkdir()
    with pytest.raises(Exception):  # noqa: B017 - refused as before: no vault there
        open_vault(empty, PASSPHRASE)
    assert list(empty.iterdir()) == []


# -- the desktop ------------------------------------------------------------------------------

def test_the_vault_menus_new_key_is_refused_in_its_dialog(qtbot, gui, made_vault, holders):
    from ui.dialogs import ChangePassphraseDialog

    folder, code = made_vault
    gui.vault_dir = folder
    main = unlock(qtbot, gui)
    holders(folder)
    slots = (folder / SLOT_FILE).read_bytes()
    dialog = ChangePassphraseDialog(gui.worker, main)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    dialog.new_key.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.error.text() == (
        "The vault is open in another CaseKeeper window or command: close it there first, "
        "then try again. Nothing was changed.")
    assert dialog.isVisible() and dialog.buttons.isEnabled() and not dialog.code_view.text()
    assert (folder / SLOT_FILE).read_bytes() == slots
    assert not (folder / rekey.NEXT_SLOT_FILE).exists()
    dialog.reject()
    gui.worker.close()
    gui.locked = True
    _opens_as_before(folder, code)


def test_the_change_page_new_key_is_refused_and_leaves_no_session_behind(qtbot, gui, made_vault,
                                                                         holders):
    folder, code = made_vault
    gui.vault_dir = folder
    window = gui.show_access()
    holder = holders(folder)
    slots = (folder / SLOT_FILE).read_bytes()

    def change() -> None:
        window.error.clear()
        window._go(window.change_page)
        window.current.setText(PASSPHRASE)
        window.changed_passphrase.first.setText(NEW)
        window.changed_passphrase.second.setText(NEW)
        window.new_key.setChecked(True)
        window.change_button.click()

    change()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    assert window.error.text().startswith("The vault is open in another CaseKeeper window")
    assert gui.worker.session is None  # closed: it would stand in the way of the next try
    assert (folder / SLOT_FILE).read_bytes() == slots
    holder.kill()
    change()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.code_page, timeout=20_000)
    assert len(window.code_view.text()) == 39


def test_the_desktops_unlock_says_to_wait_while_another_is_alone_with_the_vault(
        qtbot, gui, made_vault, holders):
    folder, _code = made_vault
    gui.vault_dir = folder
    holder = holders(folder, "alone")
    window = gui.show_access()
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    assert window.error.text() == (
        "Another CaseKeeper window or command is giving the vault a new key or restoring it "
        "from a backup: wait until it finishes, then try again. Nothing was changed.")
    assert gui.main is None
    holder.kill()
    unlock(qtbot, gui)


def test_the_restore_page_is_refused_before_it_asks(qtbot, gui, made_vault, backup, holders):
    from PySide6.QtWidgets import QPushButton

    folder, _code = made_vault
    gui.vault_dir = folder
    holder = holders(folder)
    before = _state(folder)
    window = gui.show_access()
    [link] = [b for b in window.unlock_page.findChildren(QPushButton)
              if b.objectName() == "toRestore"]
    link.click()
    page = window.restore_page
    page.folder.setText(str(backup))
    page.secret.setText(PASSPHRASE)
    page.restore_button.click()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=20_000)
    assert window.error.text().startswith("The vault is open in another CaseKeeper window")
    assert page.question is None and _state(folder) == before
    holder.kill()
    page.secret.setText(PASSPHRASE)
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                    timeout=20_000)
