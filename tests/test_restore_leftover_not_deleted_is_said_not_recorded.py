"""A restore's leftover beside the vault that cannot be deleted (a file held open by an indexer or
an antivirus) is not recorded as deleted, at this unlock or the next, and each unlock says where it
is and that it stayed: on the command line's stderr and above the desktop's screens."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import PASSPHRASE
from tests.ui_support import read_vault, unlock

_REAL_RMTREE = shutil.rmtree


@pytest.fixture
def held_open(monkeypatch):
    """rmtree as Windows does it with a file held open in a restore's leftover: that one stays."""
    def rmtree(path, ignore_errors=False, onerror=None, **kw):
        if ".restoring-" not in str(path):
            return _REAL_RMTREE(path, ignore_errors, onerror, **kw)
        held = f"{path}/vault.db"
        if onerror is not None:
            onerror(lambda _p: None, held, (PermissionError, PermissionError(13, "Permission denied"), None))
        elif not ignore_errors:
            raise PermissionError(13, "Permission denied", held)
    monkeypatch.setattr(shutil, "rmtree", rmtree)


def _leftover(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    leftover = cli.vault.with_name(f".{cli.vault.name}.restoring-20260101-000000")
    (leftover / "sub").mkdir(parents=True)
    (leftover / "vault.db").write_text("a whole copy")
    return leftover


def _removed(folder):
    return read_vault(folder, lambda s: [json.loads(r.detail) for r in s.audit.repo.all()
                                         if r.action == "vault.restore_leftovers_removed"])


@pytest.mark.usefixtures("held_open")
def test_the_trail_never_claims_it_and_stderr_says_where_it_stayed(cli):
    leftover = _leftover(cli)
    for _ in range(2):
        r = cli("person", "list")
        assert r.returncode == 0, r.stderr
        assert leftover.exists()
        assert f"could not delete {leftover} beside the vault" in r.stderr
        assert "Permission denied" in r.stderr and "delete it yourself" in r.stderr
        assert "casekeeper: deleted" not in r.stderr
    assert _removed(cli.vault) == []


def test_of_two_only_the_one_that_went_is_recorded_and_said(cli, monkeypatch):
    leftover = _leftover(cli)
    other = cli.vault.with_name(f".{cli.vault.name}.restoring-20260102-000000")
    other.mkdir()

    def rmtree(path, ignore_errors=False, onerror=None, **kw):
        if str(path) == str(leftover):
            if onerror is not None:
                onerror(lambda _p: None, str(path), (OSError, OSError(16, "Device or resource busy"),
                                                     None))
            return None
        return _REAL_RMTREE(path, ignore_errors, onerror, **kw)
    monkeypatch.setattr(shutil, "rmtree", rmtree)
    r = cli("person", "list")
    assert r.returncode == 0, r.stderr
    assert not other.exists() and leftover.exists()
    assert _removed(cli.vault) == [{"folders": [other.name]}]
    assert f"deleted {other.name} beside the vault" in r.stderr
    assert f"could not delete {leftover} beside the vault" in r.stderr


@pytest.mark.usefixtures("held_open")
def test_the_desktop_says_it_stayed_and_where(qtbot, gui, cli):
    leftover = _leftover(cli)
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui, PASSPHRASE)
    qtbot.waitUntil(lambda: main.unlock_note.isVisible(), timeout=10_000)
    text = main.unlock_note.text()
    assert str(leftover) in text and "Could not delete" in text and "Deleted at" not in text
    assert leftover.exists() and _removed(cli.vault) == []
