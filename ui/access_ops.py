"""What the create / unlock window asks of the vault: each runs on the vault thread."""

from __future__ import annotations

import os
from pathlib import Path

from app import vault
from app.vault import KdfParams  # the parameter type the vault layer takes


def kdf_for_new_vault() -> KdfParams | None:
    """Production Argon2id unless CASEKEEPER_KDF_PROFILE=fast (tests and demo vaults only)."""
    return KdfParams.fast() if os.environ.get("CASEKEEPER_KDF_PROFILE") == "fast" else None


def create(worker, folder: Path, passphrase: str, prefix: str) -> str:
    session, code = vault.create_vault(folder, passphrase, prefix, kdf_for_new_vault())
    worker.set_session(session)
    return code


def unlock(worker, folder: Path, passphrase: str) -> None:
    worker.set_session(vault.open_vault(folder, passphrase=passphrase))


def recover(worker, folder: Path, code: str, new_passphrase: str) -> str:
    """Open with the recovery code, set a new passphrase, and replace the used code."""
    vault.check_new_passphrase(new_passphrase)
    session = vault.open_vault(folder, recovery_code=code)
    worker.set_session(session)
    vault.change_passphrase(session, new_passphrase)
    return vault.new_recovery_code(session)


def change(worker, folder: Path, current: str, new_passphrase: str) -> None:
    vault.check_new_passphrase(new_passphrase)
    session = vault.open_vault(folder, passphrase=current)
    worker.set_session(session)
    vault.change_passphrase(session, new_passphrase)
