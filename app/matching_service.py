"""Finding the same person twice: duplicates inside the vault, a new list against the vault, and
the decisions the user takes on them ("same person": a reversible merge; "not the same person":
never proposed again), each written to the audit trail."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.audit import AuditTrail, now_utc
from app.domain.errors import Cancelled, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.matching.blocking import DUPLICATE_THRESHOLD, BlockIndex, find_duplicates
from app.matching.score import MatchScore
from app.persons import PersonService
from app.text.normalize import normalize
from db.database import Database
from db.repositories.matching import MatchingRepository

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Proposal:
    """One candidate pair, with the names as stored, the score and why."""

    case_no: str
    name_original: str
    name_latin: str
    score: MatchScore

    def to_dict(self) -> dict:
        return {"case_no": self.case_no, "name_original": self.name_original,
                "name_latin": self.name_latin, **self.score.to_dict()}


@dataclass(frozen=True)
class DuplicatePair:
    a: Proposal
    b: Proposal

    @property
    def score(self) -> float:
        return self.a.score.score

    def to_dict(self) -> dict:
        return {"score": round(self.score, 3),
                "a": {"case_no": self.a.case_no, "name_original": self.a.name_original,
                      "name_latin": self.a.name_latin},
                "b": {"case_no": self.b.case_no, "name_original": self.b.name_original,
                      "name_latin": self.b.name_latin},
                "fields": self.a.score.to_dict()["fields"]}


def _proposal(p: Person, score: MatchScore) -> Proposal:
    return Proposal(p.case_no, p.full_name("original"), p.full_name("latin"), score)


class MatchingService:
    def __init__(self, db: Database, audit: AuditTrail, persons: PersonService) -> None:
        self.db, self.audit, self.persons = db, audit, persons
        self.repo = MatchingRepository(db)

    # -- proposals -------------------------------------------------------------------------
    def _vault(self, progress: Progress | None, cancel: threading.Event | None
               ) -> dict[int, Person]:
        people = {}
        for n, p in enumerate(self.repo.iter_for_matching()):
            if n % 5000 == 0 and cancel is not None and cancel.is_set():
                raise Cancelled("cancelled")
            people[p.id] = p
        return people

    def duplicates(self, threshold: float = DUPLICATE_THRESHOLD,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> list[DuplicatePair]:
        """Likely duplicate pairs among live records, best first; pairs marked "not the same
        person" are never proposed again."""
        people = self._vault(progress, cancel)
        refused = self.repo.not_same_pairs()
        found = find_duplicates(people, threshold, lambda a, b: (a, b) in refused, progress,
                                cancel)
        return [DuplicatePair(_proposal(people[a], s), _proposal(people[b], s))
                for a, b, s in found]

    def match_rows(self, rows: list[Person], limit: int = 5, min_score: float = 0.5,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> list[list[Proposal]]:
        """For each incoming row (in order): the best candidates already in the vault.
        Reads only; the vault is not changed."""
        index = BlockIndex()
        people = self._vault(progress, cancel)
        for pid, p in people.items():
            index.add(pid, p)
        out = []
        for n, row in enumerate(rows):
            if n % 200 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled")
                if progress is not None:
                    progress(n, len(rows))
            out.append([_proposal(people[c.id], c.score)
                        for c in index.best_matches(row, limit, min_score)])
        if progress is not None:
            progress(len(rows), len(rows))
        return out

    # -- "not the same person" -------------------------------------------------------------
    def not_same(self, case_a: str, case_b: str, note: str = "", undo: bool = False) -> bool:
        """Remember (or, with undo, forget) that two records are different people."""
        with self.db.transaction():
            a, b = self.persons.get(case_a), self.persons.get(case_b)
            if a.id == b.id:
                raise ValidationError("a record cannot be compared with itself")
            if undo:
                changed = self.repo.remove_not_same(a.id, b.id)
                action = "match.not_same_undone"
            else:
                changed = self.repo.add_not_same(a.id, b.id, now_utc(), note)
                action = "match.not_same"
            if changed:
                self.audit.append(action, "person", a.case_no, {"other": b.case_no,
                                                                "note": note})
        return changed

    # -- "same person": merge and split ----------------------------------------------------
    def merge(self, keep_case: str, other_case: str, note: str = "") -> Person:
        """Merge other into keep. Both records stay: other is hidden behind keep (merged_into)
        with its own sources, and keep gains other's spellings as aliases and fills blank
        fields from it. What was added is remembered so `split` can undo it."""
        with self.db.transaction():
            keep, other = self.persons.get(keep_case), self.persons.get(other_case)
            if keep.id == other.id:
                raise ValidationError("a record cannot be merged with itself")
            for p in (keep, other):
                if p.merged_into is not None:
                    raise ValidationError(f"{p.case_no} is already merged into another record; "
                                          "split it first")
            added = _absorb(keep, other)
            self.persons.update(keep, action="person.merge",
                                detail={"merged": other.case_no, "note": note})
            other.merged_into = keep.id
            self.persons.update(other, action="person.merged_into",
                                detail={"into": keep.case_no, "note": note})
            self.repo.remove_not_same(keep.id, other.id)
            self.repo.add_merge(keep.id, other.id, added, now_utc())
        return keep

    def split(self, merged_case: str, note: str = "") -> tuple[Person, Person]:
        """Undo a merge: the merged record comes back on its own and the record it was merged
        into loses what the merge gave it (unless edited since)."""
        with self.db.transaction():
            other = self.persons.get(merged_case)
            row = self.repo.open_merge_of(other.id) if other.id is not None else None
            if other.merged_into is None or row is None:
                raise ValidationError(f"{other.case_no} is not merged into another record")
            keep = self.persons.get_by_id(row.survivor_id)
            _give_back(keep, row.added)
            self.persons.update(keep, action="person.split",
                                detail={"split": other.case_no, "note": note})
            other.merged_into = None
            self.persons.update(other, action="person.split_out",
                                detail={"from": keep.case_no, "note": note})
            self.repo.mark_split(row.id, now_utc())
        return keep, other

    def merged_into(self, case_no: str) -> list[str]:
        """Case numbers of the records merged into this one."""
        keep = self.persons.get(case_no)
        return [self.persons.get_by_id(r.merged_id).case_no
                for r in self.repo.open_merges_into(keep.id)]


_FILLABLE = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
             "last_known_location", "held_by")


def _absorb(keep: Person, other: Person) -> dict:
    """Add other's names and known fields to keep where keep lacks them; say what was added."""
    aliases: list[str] = []
    filled: dict[str, str] = {}
    have = {normalize(a) for a in keep.aliases}
    for text in keep.names.values():
        have.update(normalize(t) for t in (text.original, text.latin) if t)
    for part, text in other.names.items():
        mine = keep.names.get(part, NameText())
        for script in ("original", "latin"):
            value = getattr(text, script).strip()
            if not value:
                continue
            if not getattr(mine, script).strip():
                setattr(keep.name(part), script, value)
                filled[f"name.{part.value}.{script}"] = value
                have.add(normalize(value))
            elif normalize(value) not in have:
                aliases.append(value)
                have.add(normalize(value))
    for alias in other.aliases:
        if alias.strip() and normalize(alias) not in have:
            aliases.append(alias.strip())
            have.add(normalize(alias))
    keep.aliases += aliases
    if keep.sex == Sex.UNKNOWN and other.sex != Sex.UNKNOWN:
        keep.sex, filled["sex"] = other.sex, other.sex.value
    for attr in ("birth", "abduction_date"):
        if getattr(keep, attr).is_blank and not getattr(other, attr).is_blank:
            setattr(keep, attr, getattr(other, attr))
            filled[attr] = list(getattr(other, attr).to_row())
    for attr in _FILLABLE:
        if not getattr(keep, attr).strip() and getattr(other, attr).strip():
            setattr(keep, attr, getattr(other, attr))
            filled[attr] = getattr(other, attr)
    return {"aliases": aliases, "filled": filled}


def _give_back(keep: Person, added: dict) -> None:
    """Take away what a merge added, where it is still as the merge left it."""
    for alias in added.get("aliases", []):
        if alias in keep.aliases:
            keep.aliases.remove(alias)
    for key, value in added.get("filled", {}).items():
        if key.startswith("name."):
            _, part, script = key.split(".")
            text = keep.names.get(NamePart(part))
            if text is not None and getattr(text, script) == value:
                setattr(text, script, "")
                if text.is_blank:
                    del keep.names[NamePart(part)]
        elif key == "sex" and keep.sex.value == value:
            keep.sex = Sex.UNKNOWN
        elif key in ("birth", "abduction_date"):
            if list(getattr(keep, key).to_row()) == value:
                setattr(keep, key, FuzzyDate())
        elif getattr(keep, key, None) == value:
            setattr(keep, key, "")
