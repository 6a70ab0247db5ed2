"""A paper's PDF password that is the vault's own passphrase, refused: it is told to whoever
gets the paper, and would open the vault for them with the laptop or a backup."""

from __future__ import annotations

from app.domain.errors import WrongSecret
from app.reports.pdfcrypt import PasswordRefused
from db.keyslots import TAG_PASSPHRASE, SlotFile

SAME_AS_VAULT_REASON = "same_as_vault"  # PasswordRefused.reason
# The command line asked the paper's password before the vault's passphrase: typed first as
# always, her passphrase became the PDF's, and went with the paper to its reader.
SAME_AS_VAULT = ("this is the vault's passphrase: a PDF's password is told to whoever reads "
                 "the paper, so choose another; nothing was written")


def refuse_vault_passphrase(session, password: str) -> None:
    """PasswordRefused where password opens the vault (its passphrase slot: one key
    derivation, as an unlock costs)."""
    from app.vault import SLOT_FILE

    try:
        SlotFile(session.folder / SLOT_FILE).unlock(password, TAG_PASSPHRASE)
    except WrongSecret:
        return
    refused = PasswordRefused(SAME_AS_VAULT, SAME_AS_VAULT_REASON)
    refused.said = (SAME_AS_VAULT,)  # in her language on the desktop (ui/error_words.py)
    raise refused
