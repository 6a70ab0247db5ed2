"""An unlocked vault: the database plus the services that work on it."""

from __future__ import annotations

from pathlib import Path

from app.audit import AUDIT_KEY_META, AuditTrail
from app.drafts import Drafts
from app.vault_lock import VaultLock
from db.database import Database
from db.repositories.meta import MetaRepository


class VaultSession:
    """Everything a front end needs once the vault is open. Close it to lock."""

    def __init__(self, folder: Path, db: Database, data_key: bytes,
                 lock: VaultLock | None = None) -> None:
        from app.matching_service import MatchingService
        from app.persons import PersonService
        from app.records import RecordService
        from app.search_service import SearchService
        from app.split_carry import carry_row

        self.folder = folder
        self.db = db
        self.data_key = data_key
        # held shared while the session is open: app/vault_lock.py
        self.lock = lock or VaultLock(folder)
        self.meta = MetaRepository(db)
        self.drafts = Drafts(db, self.meta)
        kept = self.meta.get(AUDIT_KEY_META)
        self.audit = AuditTrail(db, data_key, bytes.fromhex(kept) if kept else None)
        self.persons = PersonService(db, self.audit, self.meta)
        self.records = RecordService(db, self.audit, self.persons)
        # Registers itself with the person service: every save keeps the name index in step.
        self.search = SearchService(db, self.persons)
        # a split moves a list row with what it told through the import's own withdrawal and
        # decision (split_carry.py), which need the whole session
        self.matching = MatchingService(db, self.audit, self.persons,
                                        lambda b, n, keep, other: carry_row(self, b, n, keep, other))
        # the folders a restore cut off left beside the vault, deleted at this unlock: said once
        self.restore_leftovers_removed: list[str] = []
        # and those that could not be deleted (a file held open): path and why, said at each unlock
        self.restore_leftovers_kept: dict[str, str] = {}
        # a backup folder this unlock made a working vault (app/backup_opened.py): said once
        self.was_backup = False

    @property
    def case_prefix(self) -> str:
        return self.meta.get("case_prefix", "CK")

    @property
    def is_synthetic(self) -> bool:
        return self.meta.get("synthetic") == "1"

    def info(self) -> dict:
        from app.backup_drive import moved_aside
        from app.vault import kdf_params
        return {
            "vault": str(self.folder),
            "format_version": self.db.format_version,
            "case_prefix": self.case_prefix,
            "synthetic": self.is_synthetic,
            "counts": self.meta.counts(),
            "audit_chain_head": self.audit.head(),
            "key_slots": [{"kind": k, "argon2id_memory_kib": p.memory_kib,
                           "iterations": p.iterations, "lanes": p.lanes}
                          for k, p in kdf_params(self.folder)],
            # the vaults restores replaced, kept beside this one until she deletes them
            "replaced_by_restore": [str(p) for p in moved_aside(self.folder)],
        }

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()
