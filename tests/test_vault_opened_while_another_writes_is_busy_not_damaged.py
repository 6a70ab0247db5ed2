"""A vault opened while another window or command holds its write lock (an import committing,
the first opening after an update running its format step) waits, then says the vault is busy
and nothing was changed. It said "the vault database is damaged (database is locked); restore it
from a backup": a lawyer believing it could restore an older backup and lose her work."""

from __future__ import annotations

import pytest

from app.domain.errors import VaultError
from app.vault import create_vault, open_vault
from db.keyslots import KdfParams

PASSPHRASE = "correct horse battery"


def test_opening_while_another_session_writes_says_busy_not_damaged(tmp_path):
    folder = tmp_path / "v"
    first, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.fast())
    try:
        with first.db.transaction():
            first.audit.append("vault.unlock", "vault", detail={"with": "passphrase"})
            with pytest.raises(VaultError) as said:
                open_vault(folder, PASSPHRASE)
        message = str(said.value)
        assert "damaged" not in message and "restore" not in message, message
        assert "writing to the vault" in message and "nothing was changed" in message, message
        # and once the other has finished, it opens
        open_vault(folder, PASSPHRASE).close()
    finally:
        first.close()


def test_the_desktop_says_it_in_her_language(qapp):
    from app.domain.errors import WRITING_ELSEWHERE
    from ui.i18n import apply_language
    from ui.labels import app_message
    try:
        apply_language(qapp, "ar")
        said = app_message(WRITING_ELSEWHERE)
    finally:
        apply_language(qapp, "en")
    assert said != WRITING_ELSEWHERE and "الخزنة" in said, said
