"""The vaults restores replaced beside this one, said where the passphrase or key is changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.backup_drive import moved_aside
from ui.bidi import file_path, filled


def replaced_note(vault_dir: Path) -> str:
    """One paragraph per such folder, or "": a new passphrase or key does not reach them, and
    each opens with the passphrase it had (the one that may have been forced out)."""
    return "\n\n".join(filled(QCoreApplication.translate(
        "ChangePassphraseDialog",
        "Still on this laptop, beside the vault: %1, the whole vault a restore replaced. It does "
        "not change with this one: it still opens with the passphrase and recovery code it had "
        "then. Once the restored vault is checked, delete that folder yourself (on Windows, "
        "empty the Recycle Bin too)."), file_path(p)) for p in moved_aside(vault_dir))
