"""The vaults restores replaced, kept beside this one, named where a secret or a record is taken away."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from app.backup_drive import moved_aside


def delete_how(folder: Path) -> str:
    """The exact way to delete it, as README says: rm -r on Linux and macOS (quoted, so a copied
    line deletes that folder and nothing else); on Windows the folder, then the Recycle Bin."""
    if os.name == "nt":
        return f"delete the folder {folder} and empty the Recycle Bin"
    return f"rm -r {shlex.quote(str(folder))}"


# A person deleted to protect her, or a new key after the passphrase was forced out, spoke of
# backups only: the whole vault a restore moved aside on this very laptop was never named.
KEPT_HOLDS_HER = ("{folder}, beside the vault, is the whole vault a restore replaced, as it was "
                  "then (her record too, if it was in it), opening with the passphrase and "
                  "recovery code it had then: once the restored vault is checked, delete it: {how}")
KEPT_OPENS = ("{folder}, beside the vault, is the whole vault a restore replaced: it does not "
              "change with this one and still opens with the passphrase and recovery code it "
              "had then; once the restored vault is checked, delete it: {how}")


def replaced_lines(vault_dir: Path, words: str) -> list[str]:
    """One line per such folder on this laptop, in words (KEPT_HOLDS_HER or KEPT_OPENS)."""
    return [words.format(folder=p, how=delete_how(p)) for p in moved_aside(vault_dir)]
