"""The audit trail: an append-only log chained with HMAC-SHA256 keyed from the data key.

Each entry's MAC covers the previous MAC and the entry's own fields, so an edited, deleted,
reordered or inserted entry breaks the chain at that point. A cut-off tail cannot be seen from
inside the vault alone: that is why the chain head is printed on dossiers and shown by `info`.

One change is allowed, and sealed in turn: a person's deletion erases what the entries about
her said (erase), and so, once per vault, does the pass that erased the words of women's notes
from the entries written before the trail stopped keeping them (app/notes_erased.py). The
entry keeps its place, its fields and its MAC; its detail becomes the erased mark (with what
it keeps); and the erasing entry lists it by number, by the MAC it was sealed with and by the
MAC it has as it now stands. verify accepts such an entry only when a later entry that itself
verifies lists it so, which keeps every other entry's tamper evidence as it was. Each entry is
sealed with a salt of its own, wiped when it is erased: the MAC it keeps then
confirms no guess of what it said to whoever holds the key (docs/VAULT-FORMAT.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import ValidationError
from db.database import Database
from db.repositories.audit import AuditRepository, AuditRow

_GENESIS = "0" * 64
# An erased entry's detail holds this key, true; the whole detail of an entry about her is
# {"erased": true}; an entry about a list's row keeps beside it the keys that say no more than
# which row and what was decided (its readers need them).
ERASED = "erased"
# The key of the deleting entry's detail that lists the entries it erased: [[seq, MAC it was
# sealed with, MAC as it now stands], ...].
ERASED_ENTRIES = "erased_entries"
# The fields of a person whose words the trail does not keep, only that they changed: her
# notes are typed as news comes in, an informant's name and phone with it, and an edit that
# takes them out must take them out (as a report's edit does; the trail can never be changed).
# Names, places, dates, statuses, her captor (held_by) and the account of her abduction are
# evidence and keep their words (app/persons.py for_trail).
UNKEPT = ("notes",)
# A person's entry that names the fields of UNKEPT that changed: ["notes"].
TEXT_UNKEPT = "text_not_kept"
# The once-per-vault pass that erased the words of her notes from entries written before
# (app/notes_erased.py); an entry it erased names it under ERASED_BY: [DELETION, NOTES_ERASED]
# where a deletion had erased it before (it stays counted and said under the deletion too).
NOTES_ERASED, ERASED_BY, DELETION = "vault.notes_erased", "erased_by", "person.delete"
# The actions whose entries may list erased ones.
ERASING_ACTIONS = (DELETION, NOTES_ERASED)
# The vault's creation entry says, in a vault made by a version whose trail keeps no words of
# notes, {NOTES_WORDS_KEPT: false}: the pass never runs in it, so verify refuses any NOTES_ERASED
# entry there. The entry is the chain's first and is never erased, so no one can take the word
# back without breaking every head noted since. A vault made before says nothing of it.
CREATE, NOTES_WORDS_KEPT = "vault.create", "notes_words_kept"
# Each entry's salt (audit_log.salt, as hex), sealed with it and wiped when a deletion erases
# it: the MAC it keeps then confirms no guess of what it said (db/migrations/m0010).
SALT_BYTES = 16
# How far around a broken link verify looks to tell an edit from a move or an insertion.
_WINDOW = 40


def audit_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"casekeeper audit chain v1").derive(data_key)


def is_erased(detail: str) -> bool:
    """Whether an entry's detail is the erased mark (with the keys kept beside it)."""
    if f'"{ERASED}": true' not in detail:
        return False
    try:
        said = json.loads(detail)
    except ValueError:
        return False
    return isinstance(said, dict) and said.get(ERASED) is True


def erased_detail(kept: dict | None = None) -> str:
    """The detail an erased entry is left with: the mark, and the keys kept (none for an
    entry about her own record)."""
    return json.dumps({**(kept or {}), ERASED: True}, ensure_ascii=False, sort_keys=True,
                      default=str)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: str
    first_broken_seq: int | None = None
    problem: str = ""
    # Entries whose content a deletion erased: (the deleting entry's seq, its record, how many
    # it erased), oldest first.
    erased: tuple[tuple[int, str, int], ...] = ()
    # Entries whose notes' words the once-per-vault pass erased: (its entry's seq, how many).
    notes_erased: tuple[tuple[int, int], ...] = ()

    @property
    def erased_count(self) -> int:
        return sum(n for _, _, n in self.erased)


@dataclass(frozen=True)
class AuditPage:
    """One page of the trail for reading: newest first, and whether older entries remain."""

    rows: list[AuditRow]
    total: int
    has_older: bool


PAGE = 200


# vault_meta's entry for the chain's key, once the vault has had a new data key (app/rekey.py):
# the chain keeps the key it was begun with, so entries from before still verify.
AUDIT_KEY_META = "audit_key"


class AuditTrail:
    def __init__(self, db: Database, data_key: bytes, kept_key: bytes | None = None) -> None:
        """kept_key: the chain's key as vault_meta keeps it, if it does; else it is derived
        from the data key, as it always was before a vault's first new key."""
        self.repo = AuditRepository(db)
        self._key = kept_key or audit_key(data_key)
        self.db = db

    def key_hex(self) -> str:
        """The chain's key, to be kept in vault_meta before the data key changes."""
        return self._key.hex()

    def _mac(self, prev_mac: str, seq: int, at: str, action: str, entity: str, ref: str,
             detail: str, salt: str = "") -> str:
        # an entry without a salt (written before salts, or erased) is sealed as it always was
        fields = [prev_mac, seq, at, action, entity, ref, detail, *([salt] if salt else [])]
        body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self._key, body.encode("utf-8"), hashlib.sha256).hexdigest()

    def _sealed(self, row: AuditRow, prev_mac: str, seq: int | None = None) -> str:
        """The MAC row has as it stands, after prev_mac (at seq, when not its own)."""
        return self._mac(prev_mac, row.seq if seq is None else seq, row.at, row.action,
                         row.entity, row.entity_ref, row.detail, row.salt)

    def append(self, action: str, entity: str, ref: str = "", detail: dict | None = None) -> str:
        """Add one entry; call inside the transaction of the change it records."""
        return self.append_many([(action, entity, ref, detail or {})])

    def append_many(self, entries: list[tuple[str, str, str, dict]]) -> str:
        """Append (action, entity, ref, detail) entries in one statement, chained in order,
        each with a salt of its own (SALT_BYTES); returns the head."""
        last = self.repo.last()
        seq, prev, at = (last.seq if last else 0), (last.mac if last else _GENESIS), now_utc()
        salts = secrets.token_bytes(SALT_BYTES * len(entries)).hex()
        rows = []
        for i, (action, entity, ref, detail) in enumerate(entries):
            seq += 1
            text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
            salt = salts[2 * SALT_BYTES * i:2 * SALT_BYTES * (i + 1)]
            prev = self._mac(prev, seq, at, action, entity, ref, text, salt)
            rows.append(AuditRow(seq, at, action, entity, ref, text, prev, salt))
        self.repo.insert_many(rows)
        return prev

    def head(self) -> str:
        last = self.repo.last()
        return last.mac if last else _GENESIS

    def short_head(self) -> str:
        """What goes on paper: enough to compare by eye, 16 hex digits."""
        return self.head()[:16]

    def erase(self, entries: list[tuple[AuditRow, dict]]) -> list[list]:
        """Erase what these entries said, each keeping the keys given with it; returns
        [[seq, MAC it was sealed with, MAC as it now stands], ...] for the deleting entry to
        list (ERASED_ENTRIES), which seals the change. Call inside the deletion's transaction,
        before its own entry is appended. An entry erased before is erased again where it
        keeps less now (a second woman's words, left by the deletion of the first); its seal
        stays the one it was written with, which each deletion's listing names."""
        out = []
        for row, kept in sorted(entries, key=lambda e: e[0].seq):
            if is_erased(row.detail) and erased_detail(kept) == row.detail:
                continue
            before = self.repo.mac_of(row.seq - 1) if row.seq > 1 else _GENESIS
            text = erased_detail(kept)
            # sealed now without its salt, which goes with what it said (set_detail)
            now = self._mac(before or _GENESIS, row.seq, row.at, row.action, row.entity,
                            row.entity_ref, text)
            self.repo.set_detail(row.seq, text)
            out.append([row.seq, row.mac, now])
        return out

    def _erasures(self) -> dict[int, list[tuple[str, str, int, str]]]:
        """{seq: [(MAC it was sealed with, MAC as it then stood, the listing entry's seq, its
        action), ...]} as the deleting entries claim them, one a deletion that erased it (a
        second deletion erases further what the first left); trusted only once the listing
        entry verifies."""
        out: dict[int, list[tuple[str, str, int, str]]] = {}
        for row in self.repo.with_actions(ERASING_ACTIONS):
            if f'"{ERASED_ENTRIES}"' not in row.detail:
                continue
            try:
                listed = json.loads(row.detail).get(ERASED_ENTRIES)
            except (ValueError, AttributeError):
                continue
            for item in listed if isinstance(listed, list) else []:
                if isinstance(item, list) and len(item) == 3 and isinstance(item[0], int):
                    out.setdefault(item[0], []).append((str(item[1]), str(item[2]), row.seq,
                                                        row.action))
        return out

    def verify(self) -> ChainReport:
        prev, expected_seq, n = _GENESIS, 1, 0
        seen: deque[AuditRow] = deque(maxlen=_WINDOW)  # recent rows, to say what happened
        claims = self._erasures()
        # erased entries whose listing entry is still ahead: {listing seq: [erased seqs]}
        waiting: dict[int, list[int]] = {}
        erased: list[tuple[int, str, int]] = []
        notes: list[tuple[int, int]] = []
        made_without_notes = False  # the vault's creation says its trail never kept them
        passes: list[int] = []  # the entries of the pass that erased notes' words
        rows = self.repo.all()
        for row in rows:
            n += 1
            if row.seq != expected_seq:
                return self._broken(n, row.seq, f"entry {expected_seq} is missing (deleted; "
                                    f"the next is {row.seq})", waiting)
            mac = self._sealed(row, prev)
            if not hmac.compare_digest(mac, row.mac):
                listed = claims.get(row.seq)
                # the deletion that left it as it stands (a later one may have erased more)
                claim = next((c for c in listed or () if c[2] > row.seq
                              and hmac.compare_digest(c[0], row.mac)
                              and hmac.compare_digest(c[1], mac)), None)
                if claim is not None and is_erased(row.detail) and row.action != CREATE:
                    waiting.setdefault(claim[2], []).append(row.seq)
                    if claim[3] == NOTES_ERASED:
                        # erased by a deletion before the pass erased its notes' words: still
                        # counted under the deletion, as it was before the pass
                        for by in listed or ():
                            if by[3] == DELETION and row.seq < by[2] < claim[2] \
                                    and hmac.compare_digest(by[0], row.mac):
                                waiting.setdefault(by[2], []).append(row.seq)
                else:
                    if row.action == CREATE and listed:
                        problem = (f"entry {row.seq}, the vault's creation, is listed as erased: "
                                   "no deletion or erasure of notes' words erases it")
                    elif is_erased(row.detail):
                        problem = (f"entry {row.seq} was altered after a deletion erased it"
                                   if listed else
                                   f"entry {row.seq} reads as erased, but no later deletion "
                                   "lists it")
                    else:
                        after = [r for r, _ in zip(rows, range(_WINDOW), strict=False)]
                        problem = self._diagnose(prev, mac, row, list(seen), after)
                    return self._broken(n, row.seq, problem, waiting)
            if row.action == CREATE:
                made_without_notes = _says(row, NOTES_WORDS_KEPT) is False
            if row.action == NOTES_ERASED:
                if refused := self._notes_pass_refused(row, made_without_notes, passes):
                    return self._broken(n, row.seq, refused, waiting)
                passes.append(row.seq)
            if row.seq in waiting:  # the deletion that erased them verifies: so do they
                if row.action == NOTES_ERASED:
                    notes.append((row.seq, len(waiting.pop(row.seq))))
                else:
                    erased.append((row.seq, row.entity_ref, len(waiting.pop(row.seq))))
            seen.append(row)
            prev, expected_seq = row.mac, expected_seq + 1
        return ChainReport(True, n, prev, erased=tuple(erased), notes_erased=tuple(notes))

    @staticmethod
    def _notes_pass_refused(row: AuditRow, made_without_notes: bool,
                            before: list[int]) -> str:
        """Why an entry of the pass that erased the words of notes (NOTES_ERASED) cannot be
        one, or "": the pass runs once, at the first unlock of a vault made before it, and
        erases entries written before it. Anyone who holds the passphrase could write such an
        entry over any entry's evidence; these are what can be told of it from the trail."""
        if made_without_notes:
            return (f"entry {row.seq} says the words of notes were erased from earlier entries, "
                    "but this vault was made by a version whose trail never kept them: no such "
                    "erasure ran in it")
        if before:
            return (f"entry {row.seq} is a second erasure of the words of notes (the first is "
                    f"entry {before[0]}): it runs once in a vault")
        listed = _says(row, ERASED_ENTRIES)
        later = sorted(item[0] for item in listed if isinstance(item, list) and item
                       and isinstance(item[0], int) and item[0] >= row.seq) \
            if isinstance(listed, list) else []
        if later:
            return (f"entry {row.seq} lists entry {later[0]} as erased of the words of notes, "
                    "an entry written after it")
        return ""

    def _broken(self, n: int, seq: int, problem: str,
                waiting: dict[int, list[int]]) -> ChainReport:
        """The chain broken at seq; an erased entry before it whose deleting entry was not
        reached is unproven, and the break is said from there."""
        unproven = sorted(s for seqs in waiting.values() for s in seqs)
        if unproven:
            first = unproven[0]
            lister = next(k for k, seqs in waiting.items() if first in seqs)
            by = "the deletion" if self.repo.described([lister]).get(lister, ("",))[0] \
                != NOTES_ERASED else "the erasure of notes' words"
            return ChainReport(False, n, self.head(), first,
                               f"entry {first} was erased by {by} in entry {lister}, "
                               f"which does not verify: {problem}")
        return ChainReport(False, n, self.head(), seq, problem)

    def _verifies(self, prev: str, seq: int, row: AuditRow) -> bool:
        return hmac.compare_digest(self._sealed(row, prev, seq), row.mac)

    def _diagnose(self, prev: str, expected: str, row: AuditRow, before: list[AuditRow],
                  after: list[AuditRow]) -> str:
        """Say which kind of change broke the chain at row, from the MACs around it.

        Each stored MAC is genuine unless forged, so a neighbour that still chains to a value
        tells what that value was: the row's own MAC (its content was edited), the MAC the
        row should have (its seal was replaced), or the previous MAC (the row was slipped in).
        """
        nxt = after[0] if after else None
        k = row.seq
        if nxt is not None and self._verifies(row.mac, nxt.seq, nxt):
            return f"entry {k} was edited (its content no longer matches its seal)"
        if nxt is not None and self._verifies(expected, nxt.seq, nxt):
            return f"entry {k} had its seal (MAC) replaced"
        # Moved: the row's MAC chains from another row's MAC, at some nearby position.
        for other in [*before, *after]:
            for seq in range(max(1, k - _WINDOW), k + _WINDOW + 1):
                if self._verifies(other.mac, seq, row):
                    return (f"entry {k} was moved: it belongs after the entry now at "
                            f"{other.seq}")
        if k > 1 and self._verifies(_GENESIS, 1, row):
            return f"entry {k} was moved: it is the first entry"
        if nxt is not None and self._verifies(prev, nxt.seq - 1, nxt):
            return f"entry {k} was inserted (the entries after it were renumbered)"
        if nxt is None:
            return f"entry {k}, the last one, was edited or added without the key"
        return f"entry {k} was altered, inserted or moved"

    def find_head(self, noted: str) -> int | None:
        """Where a chain head noted earlier (in full, or the 16 digits on paper) sits in the log.

        None means the entries up to it are gone: the log was cut back or replaced since.
        """
        return self.repo.seq_of_mac(noted.strip().lower())

    def newest(self, limit: int = PAGE, before: int | None = None) -> AuditPage:
        """The newest `limit` entries older than entry `before` (all, when None), newest first.

        Reads one page, never the whole trail (100,000 persons leave 100,000+ entries)."""
        if limit < 1:
            raise ValidationError(f"an audit page holds at least 1 entry, not {limit}")
        rows = self.repo.newest(limit + 1, before)  # one more tells whether older ones remain
        return AuditPage(rows[:limit], self.repo.count(), len(rows) > limit)

    def erased_after(self, seq: int) -> list[tuple[int, str, str, list[int]]]:
        """The entries up to entry seq (a head noted then) whose content a deletion after it
        erased, or the pass that erased notes' words (NOTES_ERASED): (its entry, its action,
        its record, the entries), oldest first. A head noted on a paper still verifies after
        such an erasure; this says what in the trail it stood for reads otherwise now, so
        that nothing changed since passes unsaid."""
        out = []
        for row in self.repo.with_actions(ERASING_ACTIONS):
            if row.seq <= seq or f'"{ERASED_ENTRIES}"' not in row.detail:
                continue
            try:
                listed = json.loads(row.detail).get(ERASED_ENTRIES) or []
            except (ValueError, AttributeError):
                continue
            before = sorted(e[0] for e in listed
                            if isinstance(e, list) and e and isinstance(e[0], int)
                            and e[0] <= seq)
            if before:
                out.append((row.seq, row.action, row.entity_ref, before))
        return out

    def described(self, seqs: list[int]) -> dict[int, tuple[str, str, str]]:
        """{seq: (action, entity, entity_ref)} of these entries: what each was of, which an
        erased entry still says (erased_after's entries, for a reader to set beside a paper)."""
        return self.repo.described(sorted(set(seqs)))

    def history(self, entity: str, ref: str) -> list[AuditRow]:
        return self.repo.for_entity(entity, ref)

    def histories(self, entity: str, refs: list[str]) -> dict[str, list[AuditRow]]:
        """{ref: history(entity, ref)} for many records, read at once."""
        return self.repo.for_entities(entity, refs)

    def with_actions(self, *actions: str) -> list[AuditRow]:
        return self.repo.with_actions(actions)

    def naming_person(self, pid: int, naming: tuple[str, ...], case_no: str,
                      links: tuple[str, ...]) -> list[AuditRow]:
        """The entries of naming that name record pid, and of links whose relative is case_no."""
        return self.repo.naming_person(pid, naming, case_no, links)


def _says(row: AuditRow, key: str):
    """What an entry's detail holds under key (None where it holds no such key)."""
    try:
        detail = json.loads(row.detail)
    except ValueError:
        return None
    return detail.get(key) if isinstance(detail, dict) else None
