"""A backup against the vault it would replace: the same vault? older or newer? what comes back
or is lost? Told from the two audit trails and case numbers, read with the backup's key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.drafts import PERSON_KEY
from app.drafts_lost import base_known, draft_named, typed_lost
from app.importing.report import field_word
from app.set_right import SET_RIGHT
from db.connection import DatabaseError
from db.database import DB_FILE
from db.trails import Trail, read_records, read_trail

# Entries that change nothing of her records: every unlock and backup adds one, and so does a
# paper printed or exported (export.*). Their leaving the trail is no loss of her work.
ROUTINE = frozenset({"vault.unlock", "vault.backup", "vault.restore",
                     "vault.restore_leftovers_removed"})
# The one-time passes the program runs by itself at the first unlock under a version with a new
# rule (app/vault.py open_vault): each writes its vault entry and, for each record it set right,
# person.set_right (app/set_right.py), or person.merge_aliases (that pass's own). Typed by no
# one, and nothing a restore loses: one after the backup means the backup was made before it,
# so the restored vault, marked with the older rule, runs the same pass at its first unlock.
# Counted, they refused an older backup as "1 person record changed since" when only the
# stored current status had been chosen again.
ONE_TIME = frozenset({"vault.notes_erased",  # the trail only: her notes' words out of entries
                      "vault.statuses", "vault.reports_withheld", "vault.serial_dates",
                      "vault.merge_aliases", "vault.import_reread", "vault.placeholders_cleared",
                      "vault.split_rows", "vault.split_statuses", SET_RIGHT,
                      "person.merge_aliases"})  # every action a pass writes (a test reads them)
# The vault's secrets changed: a restore brings back the backup's passphrase, recovery code and
# key, which may be the very ones she changed because they were seen. Said in its own words.
SECRETS = frozenset({"vault.passwd", "vault.recovery_code_replaced", "vault.rekey"})
# Which secret each changed, as far as the trail tells (`passwd --recovery` writes the first two;
# a new key comes with a new passphrase and recovery code).
PASSPHRASE, RECOVERY_CODE, KEY = "passphrase", "recovery code", "key"
CHANGED_BY = {"vault.passwd": {PASSPHRASE}, "vault.recovery_code_replaced": {RECOVERY_CODE},
              "vault.rekey": {KEY, PASSPHRASE, RECOVERY_CODE}}


def changes_no_record(action: str) -> bool:
    """No work of hers a restore would take away: routine, a one-time pass, a paper."""
    return action in ROUTINE or action in ONE_TIME or action.startswith("export.")

# Each said apart: "the passphrase and recovery code" for a passphrase changed alone sent her to
# look for a code she never replaced. With the remedy, should the old one be in other hands.
SECRET_BACK = {
    PASSPHRASE: "the passphrase was changed since: the backup's passphrase opens the vault again "
                "and the one set since does not (change it again after the restore if the old "
                "one may be known: casekeeper passwd)",
    RECOVERY_CODE: "the recovery code was replaced since: the backup's recovery code opens the "
                   "vault again and the one made since does not (make a new one after the "
                   "restore if the old one may be in other hands: casekeeper passwd "
                   "--new-recovery-code)",
    KEY: "the vault was given a new key since: the backup's key, passphrase and recovery code "
         "come back with it and the ones set since do not open it (make a new key after the "
         "restore if the old ones may be in other hands: casekeeper passwd --new-key)"}


def secrets_said(changed: tuple[str, ...]) -> list[str]:
    """What a restore brings back of the secrets changed since: a new key says it all."""
    return [SECRET_BACK[KEY]] if KEY in changed else [SECRET_BACK[s] for s in changed]

NO_VAULT, SAME, NEWER, OLDER, APART, OTHER, UNKNOWN = (
    "no vault", "same", "newer", "older", "apart", "another vault", "unknown")
# A restore of these takes away what the vault has that the backup has not: asked apart.
RISKY = frozenset({OLDER, APART, OTHER, UNKNOWN})


@dataclass(frozen=True)
class Comparison:
    kind: str
    deleted_since: tuple[str, ...] = ()  # case numbers in the backup, gone from the vault
    added_since: tuple[str, ...] = ()  # case numbers in the vault, not in the backup
    changed_since: int = 0  # persons in both whose record changed in the vault since
    other_since: int = 0  # entries since that change other records (reports, imports...)
    backup_at: str = ""  # when the backup was made, as its trail says
    marks: dict[str, int] = field(default_factory=dict)  # the vault's, to keep (same vault)
    secrets_since: int = 0  # passphrase, recovery code or key changed since (SECRETS)
    notes_since: bool = False  # among the persons changed since, notes were edited
    # which (PASSPHRASE, RECOVERY_CODE, KEY, in that order) the trail says changed since
    secrets_changed: tuple[str, ...] = ()
    # a newer backup: case numbers it holds and the vault does not (added there since), and
    # the vault's that it does not (deleted there since): what the restore brings and takes
    coming: tuple[str, ...] = ()
    going: tuple[str, ...] = ()
    # what the vault keeps that no audit entry records and the backup has not as it is here:
    # the case numbers ("new person" for the New person form) whose unsaved edits were kept
    # when the window locked, and the settings (ui.idle_minutes...). The restore replaces them.
    drafts_since: tuple[str, ...] = ()
    settings_since: tuple[str, ...] = ()
    # for each of drafts_since, in its order, the fields that hold what was typed: a draft of a
    # record as it is saved, or of a form left empty, is none of them (nothing typed is lost)
    drafts_typed: tuple[tuple[str, ...], ...] = ()
    # those of drafts_since whose record was saved since by another way (a command, an import,
    # a merge, a pass) and whose record as the page read it neither side holds: their fields
    # may hold what was typed, or what was saved since (said so, not claimed typed)
    drafts_unsure: tuple[str, ...] = ()

    @property
    def risky(self) -> bool:
        """Would the restore take away anything the vault has (beyond unlocks and backups)?"""
        if self.kind in (OTHER, UNKNOWN):
            return True
        if self.drafts_since or self.settings_since:  # never in the trail: lost whatever it says
            return True
        return self.kind in RISKY and bool(self.deleted_since or self.added_since
                                           or self.changed_since or self.other_since
                                           or self.secrets_since)

    def facts(self) -> dict:
        """What --json says of it: the same counts as the words, and which secrets changed."""
        return {"compared": self.kind, "backup_made_at": self.backup_at,
                "deleted_since": list(self.deleted_since), "added_since": list(self.added_since),
                "changed_since": self.changed_since, "notes_edited_since": self.notes_since,
                "other_changes_since": self.other_since,
                "secrets_changed_since": list(self.secrets_changed),
                "added_in_backup_since": list(self.coming),
                "deleted_in_backup_since": list(self.going),
                "unsaved_edits_kept_since": list(self.drafts_since),
                "unsaved_edits_typed": {d: list(f) for d, f in self.each_draft()},
                "unsaved_edits_may_hold": list(self.drafts_unsure),
                "settings_changed_since": list(self.settings_since)}

    def words(self) -> str:
        """What it means, plainly, in English (the command line's)."""
        if self.kind == UNKNOWN:
            return ("the vault in place does not open with the backup's key: it is another "
                    "vault, it was given a new key since (passwd --new-key), or it is damaged. "
                    "Whether the "
                    "backup is older, and what the vault holds that the backup does not (persons "
                    "added since, persons deleted since to protect them), cannot be told; case "
                    "numbers given since may be given again")
        if self.kind == OTHER:
            return "the backup is of ANOTHER vault (its audit trail begins elsewhere)"
        head = {SAME: "the backup holds what the vault holds",
                NEWER: "the backup is newer than the vault: the vault's trail leads into it",
                OLDER: f"the backup is OLDER than the vault (made {self.backup_at}): the vault "
                       f"went on after it",
                APART: "the vault and the backup went apart (the vault was restored from an "
                       "older backup since, or is a copy): each holds what the other does not",
                NO_VAULT: "no vault is in place"}[self.kind]
        said = [head]
        for group in self.persons_said():
            if group.key == "changed_since":
                said.append(f"{group.count} person record(s) changed since would go back "
                            f"to what they were"
                            + (" (notes edited since among them)" if group.notes else ""))
            else:
                said.append(f"{group.count} person record(s) {PERSONS_WORDS[group.key]} "
                            f"({group.named})")
        if self.other_since:
            said.append(f"{self.other_since} change(s) since to reports, rescues, imports or "
                        f"the vault's settings would be lost")
        if self.drafts_since:
            said.append(f"the unsaved edits kept in the vault when the window locked would be "
                        f"LOST ({self._drafts_said()})")
        if self.settings_since:
            said.append(f"settings changed in the vault would go back to the backup's "
                        f"({_some(self.settings_since)})")
        said += secrets_said(self.secrets_changed)
        return "; ".join(said)

    def persons_said(self) -> list[PersonsSaid]:
        """The persons the restore brings in, takes out or sets back, group by group, each
        with its case numbers (records changed: whether notes were edited among them). The
        command line's words and the desktop's question say the same from it: the desktop
        said counts only, and not which woman would be lost."""
        out = [PersonsSaid(key, len(numbers), _some(tuple(numbers)))
               for key, numbers in (("coming", self.coming), ("going", self.going),
                                    ("deleted_since", self.deleted_since),
                                    ("added_since", self.added_since)) if numbers]
        if self.changed_since:
            out.append(PersonsSaid("changed_since", self.changed_since, "", self.notes_since))
        return out

    def each_draft(self) -> list[tuple[str, tuple[str, ...]]]:
        """(case number or "new person", the fields typed in it); fields unsaid where not told."""
        typed = self.drafts_typed or ((),) * len(self.drafts_since)
        return list(zip(self.drafts_since, typed, strict=True))

    def _drafts_said(self) -> str:
        """Each draft with what was typed in it: "SNJ-00001: notes, birth"; "SNJ-00001: may
        hold birth, notes" where her record was saved since and what was typed is not known."""
        each = [f"{d}: {'may hold ' if d in self.drafts_unsure else ''}"
                f"{', '.join(map(field_word, f))}" if f else d for d, f in self.each_draft()]
        return "; ".join(each[:5]) + (" ..." if len(each) > 5 else "")


@dataclass(frozen=True)
class PersonsSaid:
    """One group of Comparison.persons_said: its key, how many, their case numbers (at most
    five, "..." after; "" for records changed), and whether notes were edited among them."""

    key: str
    count: int
    named: str
    notes: bool = False


# The command line's words of each group but the records changed (Comparison.words).
PERSONS_WORDS = {"coming": "added in it since would come into the vault",
                 "going": "deleted in it since would go from the vault",
                 "deleted_since": "deleted since would come BACK",
                 "added_since": "added since would be LOST from the vault"}


def _some(case_nos: tuple[str, ...]) -> str:
    return ", ".join(case_nos[:5]) + (" ..." if len(case_nos) > 5 else "")


def secrets_back(against: Comparison | None) -> tuple[str, ...] | None:
    """The secrets replaced since the backup (PASSPHRASE, RECOVERY_CODE, KEY) that the restored
    vault opens with again, as its trail says; None where it cannot be told (no vault in place,
    or one the backup's key does not open). A code replaced by passwd --new-recovery-code or
    used by --recovery opens it again as one a new key made void does: only that was said."""
    if against is None or against.kind in (NO_VAULT, UNKNOWN):
        return None
    return against.secrets_changed


def compare(backup_dir: Path, backup_key: bytes, vault_dir: Path) -> Comparison:
    """The backup (opened with backup_key) against the vault in vault_dir (closed)."""
    vault_db = Path(vault_dir) / DB_FILE
    if not vault_db.is_file():
        return Comparison(NO_VAULT)
    backup = read_trail(Path(backup_dir) / DB_FILE, backup_key)
    try:
        vault = read_trail(vault_db, backup_key, drafted=True)
    except DatabaseError:  # not this key's: another vault, a new key since, or damaged
        return Comparison(UNKNOWN)
    if not vault.seq_of or backup.first != vault.first:
        return Comparison(OTHER)
    made = backup.head_at
    (drafts, typed, unsure), settings = _unaudited(backup, vault, Path(backup_dir) / DB_FILE,
                                                   backup_key)
    if vault.head == backup.head:
        return Comparison(SAME, backup_at=made, marks=vault.marks, drafts_since=drafts,
                          settings_since=settings, drafts_typed=typed, drafts_unsure=unsure)
    if backup.head in vault.seq_of:
        kind, fork = OLDER, vault.seq_of[backup.head]
    elif vault.head in backup.seq_of:
        kind, fork = NEWER, backup.seq_of[vault.head]
    else:
        kind, fork = _apart(backup, vault)
    since = [e for e in vault.entries if e[0] > fork and not changes_no_record(e[1])]
    secrets = sum(1 for e in since if e[1] in SECRETS)
    which = set().union(*(CHANGED_BY[e[1]] for e in since if e[1] in SECRETS))
    since = [e for e in since if e[1] not in SECRETS]
    deleted = tuple(sorted(backup.case_nos - vault.case_nos))
    added = tuple(sorted(vault.case_nos - backup.case_nos))
    changed = ({e[3] for e in since if e[2] == "person"} - set(added) - set(deleted)) \
        & backup.case_nos
    notes = any(e[0] in vault.notes_at and e[3] in changed for e in since)
    other = sum(1 for e in since if e[2] != "person")
    coming = going = ()
    if kind == APART:  # given on the backup's side since they parted: never in this vault
        fresh, twice = _added_apart(backup, vault, fork), _given_twice(backup, vault, fork)
        coming = tuple(sorted({c for c in deleted if c in fresh} | twice))
        deleted = tuple(c for c in deleted if c not in fresh)
        # one number, two women: hers is lost, the backup's comes in (not "changed since")
        added, changed = tuple(sorted(set(added) | twice)), changed - twice
    if kind == NEWER:  # the vault loses nothing the backup lacks: its persons come and go
        changed, other, secrets, notes, which = set(), 0, 0, False, set()
        coming, going, deleted, added = deleted, added, (), ()
    return Comparison(kind, deleted, added, len(changed), other, made, vault.marks,
                      secrets, notes, tuple(s for s in (PASSPHRASE, RECOVERY_CODE, KEY)
                                            if s in which), coming, going, drafts, settings,
                      typed, unsure)


def _unaudited(backup: Trail, vault: Trail, backup_db: Path, key: bytes) -> tuple[tuple[tuple[str, ...],
                                                      tuple[tuple[str, ...], ...],
                                                      tuple[str, ...]],
                                                tuple[str, ...]]:
    """The vault's drafts and settings the restore would replace by the backup's or drop: no
    audit entry records them, so the trails cannot tell they changed (an idle lock shortened
    for checkpoints went back to 5 minutes, a record's unsaved edits were gone, and nothing
    said). A draft counts only where it holds what was typed and the backup has not
    (app/drafts_lost.py): one left of a record as saved refused every older backup, though
    nothing typed was in it. Returns ((drafts, the fields typed in each, those of the drafts
    whose fields may hold what was typed), settings)."""
    differ = sorted(k for k, v in vault.unaudited.items() if backup.unaudited.get(k) != v)
    drafts, typed, unsure = [], [], []
    # her records as the backup holds them, for the drafts of records saved since (the backup
    # may hold one as the draft's page read it)
    stale = [draft_named(k) for k in differ if k.startswith(PERSON_KEY)
             and not base_known(k, vault.unaudited[k], vault.drafted.get(draft_named(k)))]
    held = read_records(backup_db, key, stale)
    for k in differ:
        if k.startswith("draft."):
            case_no, value = draft_named(k), vault.unaudited[k]
            saved, before = vault.drafted.get(case_no), held.get(case_no)
            fields = typed_lost(k, value, saved, case_no in vault.case_nos,
                                backup.unaudited.get(k), before)
            if fields:
                drafts.append(case_no)
                typed.append(fields)
                if not base_known(k, value, saved, before):
                    unsure.append(case_no)
    return (tuple(drafts), tuple(typed), tuple(unsure)), \
        tuple(k for k in differ if not k.startswith("draft."))


def _apart(backup: Trail, vault: Trail) -> tuple[str, int]:
    """Two trails that each go on past where they part: an unlock, a backup, a restore or a
    paper printed on one side changes no record, so it does not make them go apart (a laptop
    set up from an older backup and only opened since takes a newer one as newer)."""
    fork = _common(backup, vault)
    ours = any(e[0] > fork and not changes_no_record(e[1]) for e in vault.entries)
    theirs = any(e[0] > fork and not changes_no_record(e[1]) for e in backup.entries)
    if ours and not theirs:
        return OLDER, fork
    if theirs and not ours:
        return NEWER, fork
    return (APART if ours else SAME), fork


def _created_since(trail: Trail, fork: int) -> set[str]:
    return {e[3] for e in trail.entries if e[0] > fork and e[1] == "person.create"}


def _added_apart(backup: Trail, vault: Trail, fork: int) -> set[str]:
    """Case numbers the backup's trail created after the two parted that no entry of the
    vault's since names: new to this vault, not deleted from it. One the vault's entries since
    name is not among them: given on both sides, it is said by _given_twice; given here and
    deleted since, it stays said as deleted (the graver reading)."""
    named = {e[3] for e in vault.entries if e[0] > fork and e[2] == "person"}
    return _created_since(backup, fork) - named


def _given_twice(backup: Trail, vault: Trail, fork: int) -> set[str]:
    """Case numbers each side gave a woman of its own after the two parted, both still there:
    the vault's woman would be lost from it and the backup's would come in under her number
    (they were said as one record 'changed', and --older lost hers without her number)."""
    return (_created_since(backup, fork) & _created_since(vault, fork)
            & backup.case_nos & vault.case_nos)


def _common(a: Trail, b: Trail) -> int:
    """The last place at which both trails hold the same entry."""
    last = 0
    for mac, seq in sorted(a.seq_of.items(), key=lambda kv: kv[1]):
        if b.seq_of.get(mac) != seq:
            break
        last = seq
    return last
