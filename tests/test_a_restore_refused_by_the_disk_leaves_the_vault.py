"""A restore whose copy of the backup the disk refuses (full, a file-size limit) says so in one
line, on the command line and the desktop, and the vault is as it was: no traceback."""

from __future__ import annotations

import errno

import pytest

from tests.test_a_full_disk_is_said_not_a_traceback import _run


@pytest.fixture
def older(cli, tmp_path):
    """A vault with two persons, and a backup of it when it had one."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Hêvî", "--sex", "F").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli("backup", str(usb)).returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    return cli, next(usb.iterdir())


def test_the_command_line_says_nothing_was_restored(older):
    cli, backup = older
    r = _run(cli, 100, "restore", str(backup), "--older", "--yes")
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 9
    assert f"the disk of the vault {cli.vault} is full or cannot be written (File too large): " \
           "nothing was restored, the vault is as it was" in r.stderr
    # as it was: both persons there, whole, and no copy left beside it
    assert cli("unlock-check").returncode == 0
    assert cli("--json", "info").stdout.count('"persons": 2') == 1
    assert [p.name for p in cli.vault.parent.iterdir() if "restoring" in p.name] == []


def test_the_desktop_says_it_too(older, monkeypatch):
    from app import backup
    from app.disk_full import DiskFull
    from ui.worker import describe_error

    cli, found = older

    def refused(*_a):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.shutil, "copyfileobj", refused)
    with pytest.raises(DiskFull) as e:
        backup.restore_backup(found, cli.vault, cli.env["CASEKEEPER_PASSPHRASE"], older=True)
    said = describe_error(e.value).replace("\u2066", "").replace("\u2069", "")  # isolates
    assert said.startswith(f"the disk of the vault {cli.vault} is full or cannot be written "
                           "(No space left on device): nothing was restored"), said
    assert "unexpected error" not in said
    assert cli("--json", "info").stdout.count('"persons": 2') == 1
