"""passwd --new-key (or the desktop's) on a drive that fails after the unlock, at its first read
of the key slots: said as a new key not given, the passphrase and recovery code it had still
opening it, not the generic "nothing was saved... do it again"."""

from __future__ import annotations

import errno

import pytest


def test_a_new_key_whose_key_slots_the_drive_cannot_read_says_the_old_secrets_open(
        session, monkeypatch):
    from app.disk_full import DiskFull
    from app.rekey import new_data_key
    from app.vault import open_vault
    from db.keyslots import KdfParams, SlotFile

    def pulled(self):
        raise OSError(errno.EIO, "Input/output error", str(self.path))

    monkeypatch.setattr(SlotFile, "read", pulled)
    with pytest.raises(DiskFull) as e:
        new_data_key(session, "a quite new passphrase 7", KdfParams.fast())
    assert str(e.value) == (
        f"the drive of the vault {session.folder} could not be read or written (Input/output "
        "error): it may be failing, or it was removed or made read-only; the vault was not given "
        "a new key and nothing was changed, the passphrase and recovery code it had still open "
        "it; check that the drive is in place, then do it again")
    monkeypatch.undo()
    open_vault(session.folder, "correct horse battery").close()  # the old one opens it
