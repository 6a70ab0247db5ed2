"""Interface settings: the language (needed before unlock) and the in-vault preferences.

The language sits in a small plain file inside the vault folder, because the unlock window must
speak it before anything is decrypted; it says nothing about the cases. Everything else (idle
lock minutes) is stored encrypted in the vault's own settings table. Nothing goes to ~/.config:
QSettings is not used.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.private_file import write_private

LANGUAGES = {"en": "English", "ar": "العربية", "ckb": "کوردی (سۆرانی)", "kmr": "Kurdî (Kurmancî)"}
RTL_LANGUAGES = {"ar", "ckb"}
LANGUAGE_FILE = "interface.json"
DEFAULT_IDLE_MINUTES = 5
# app.reports.profiles.Profile, the least revealing first: an arrow key or the wheel on a list
# with nothing chosen yet lands on 'public', never on 'internal'
DOSSIER_PROFILES = ("public", "family", "court", "internal")


def read_language(vault_dir: Path) -> str:
    """CASEKEEPER_LANG wins (for screenshots and tests), then the vault folder's choice."""
    forced = os.environ.get("CASEKEEPER_LANG")
    if forced in LANGUAGES:
        return forced
    try:
        lang = json.loads((vault_dir / LANGUAGE_FILE).read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return "en"
    return lang if lang in LANGUAGES else "en"


def write_language(vault_dir: Path, lang: str) -> None:
    if lang not in LANGUAGES or not vault_dir.is_dir():
        return
    tmp = vault_dir / (LANGUAGE_FILE + ".tmp")
    write_private(tmp, json.dumps({"language": lang}).encode("utf-8"))
    os.replace(tmp, vault_dir / LANGUAGE_FILE)


@dataclass
class VaultPreferences:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    # No default disclosure profile: the print screen asks for one for every document (the
    # 'ui.dossier_profile' earlier versions kept, 'internal' unless changed, is not read).

    # These two run on the vault thread (they use the session's settings table).
    @classmethod
    def load(cls, session) -> VaultPreferences:
        try:
            minutes = int(session.meta.get("ui.idle_minutes", str(DEFAULT_IDLE_MINUTES)))
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        return cls(max(1, min(minutes, 120)))

    def save(self, session) -> None:
        with session.db.transaction():
            session.meta.set("ui.idle_minutes", str(self.idle_minutes))


def idle_lock_ms(prefs: VaultPreferences) -> int:
    """CASEKEEPER_IDLE_LOCK_SECONDS shortens the timeout for tests and demonstrations."""
    forced = os.environ.get("CASEKEEPER_IDLE_LOCK_SECONDS")
    if forced:
        try:
            return max(1, int(float(forced) * 1000))
        except ValueError:
            pass
    return prefs.idle_minutes * 60_000
