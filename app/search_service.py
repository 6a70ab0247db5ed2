"""Search over the vault: the name-word index kept in step with every saved person, and ranked
search-as-you-type with filters (status, village, sex, age range, abduction dates)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.errors import Cancelled, NotFound, ValidationError
from app.domain.person import Person
from app.matching.named_in_text import may_name_any
from app.matching.query import (
    EXACT,
    EXACT_PART_FACTORS,
    PART_FACTORS,
    WordFinder,
    names_found_in,
    person_words,
    sorani_words,
)
from app.matching.search_engine import Hit, SearchEngine, Told
from app.persons import CASE_NO, PersonService
from app.search_cache import RELOAD_ABOVE, PostingCache
from app.text.keys import phonetic_variants
from db.database import Database
from db.repositories.meta import MetaRepository
from db.repositories.search import ResultRow, SearchFilter, SearchRepository

Progress = Callable[[int, int], None]
# Names a search finds her by that her full name, shown in a result's row, does not hold.
_BESIDE_HER_NAME = frozenset({"mother", "nickname", "alias"})
# The version changes when the words a name is indexed under change (2: compound names as one
# word; 3: kurê, کوڕی, "son of" before a name left out; 4: Kurmanji ç kept, not folded to ch;
# 5: words from a Sorani spelling marked; 6: kiça, kiçê, keça and d/o, s/o left out before a
# name; 7: Allah's l written once read as written twice, Evdila as Evdilla; 11: Sorani's
# initial ئا and final ڵڵا folded as Arabic writes them, a ة after a long a read t too, a final
# ى read with its alef; 12: a Kurdish ە at a word's start read as the ه it is typed for, and
# Latin ie read as two vowels too; 13: ە inside a word a vowel again beside a ة or ء, Latin ie
# one i again; 14: a bare ە at a word's start kept, read both as ه and as a vowel; 15: Kiçê first
# in a name kept as her name, not "daughter of"; "wife of", زوجة, ژنی before a name one word;
# 16: the formal حرم ("wife of") that word too); a vault indexed under another version is
# indexed again once.
INDEX_MARK, INDEX_VERSION = "search_index", "16"
READ_KEPT = 2000  # records kept for found_in_names: ten pages of results, a few MB
WARM_STEP_PERSONS = 5000  # about 45,000 postings: a fraction of a second on the vault thread

# her mother's name word for word counts nearly in full (query.EXACT_PART_FACTORS)
_EXACT = (EXACT, EXACT_PART_FACTORS)


@dataclass(frozen=True)
class SearchResult:
    case_no: str
    name_original: str
    name_latin: str
    sex: str
    origin_village: str
    status: str
    birth: str
    score: float
    matched: tuple[str, ...]
    person_id: int
    given_unknown: bool = False  # no given name in either script: her name is shown marked
    # The range her birth lies in (ISO days, or None): the desktop's list shows and sorts a
    # known birth by it. Not in to_dict: `search --json` gives the birth as typed.
    birth_range: tuple[str | None, str | None] = (None, None)
    # Of a result the filters left out: what of hers they did not let through, as (filter,
    # her value): ("status", "rescued"), ("village", "Sinjar"), ("born", "1985").
    outside: tuple[tuple[str, str], ...] = ()
    abduction_range: tuple[str | None, str | None] = (None, None)  # as birth_range
    # Of a result left out only for values her record does not give: which the filters asked
    # for ("abduction", "birth", "village", "sex", "status"; see unrecorded_fields).
    unrecorded: tuple[str, ...] = ()
    # her given name written in one script only, for the other's name (Person.given_across):
    # shown before it (names_shown), not in to_dict, which gives the names as stored
    given_across: tuple[str, str] = ("", "")
    # her names are what she is known as (no part of her name known): the desktop's list marks
    # them so, as it marks a listed row's; not in to_dict
    known_as_only: bool = False

    def to_dict(self) -> dict:
        return {"case_no": self.case_no, "name_original": self.name_original,
                "name_latin": self.name_latin, "given_unknown": self.given_unknown,
                "sex": self.sex, "village": self.origin_village,
                "status": self.status, "birth": self.birth, "score": round(self.score, 3),
                "matched_words": list(self.matched)}


@dataclass(frozen=True)
class Found:
    """A search's results, and what it did not show (SearchService.search_told)."""

    results: list[SearchResult]
    closer: list[SearchResult]  # left out by the filters, scoring higher than the best shown
    # Left out by the filters only for values their records do not give, that would otherwise
    # be among the results, best first; unrecorded_all: every one (else there may be more).
    unrecorded: list[SearchResult] = field(default_factory=list)
    unrecorded_all: bool = True
    more: int = 0  # matched but past the limit: that many, or at least that many
    more_exact: bool = True
    next_score: float | None = None  # the best score past the limit
    # A case number searched for that names a record merged into the one found: said, or the
    # lawyer sees another woman's number come back and does not know why.
    merged_from: str = ""


def age_filter(min_age: int | None, max_age: int | None, today: date | None = None
               ) -> tuple[int | None, int | None]:
    """An age range (years, today) as a birth-year range."""
    year = (today or date.today()).year
    if min_age is not None and max_age is not None and min_age > max_age:
        raise ValidationError("the age range is reversed: the minimum is above the maximum")
    return (None if max_age is None else year - max_age - 1,
            None if min_age is None else year - min_age)


class SearchService:
    """Also a PersonObserver: PersonService tells it of every saved or deleted person inside the
    same transaction, so the index never disagrees with the records it was built from."""

    def __init__(self, db: Database, persons: PersonService) -> None:
        self.db = db
        self.persons = persons
        self.repo = SearchRepository(db)
        self.meta = MetaRepository(db)
        persons.observers.append(self)
        self._finder: WordFinder | None = None
        # In memory for search-as-you-type once warm() or the last warm_step() ran; patched from
        # the index on the next search for persons saved since (the database, not the observer
        # call, is the truth: a save can still roll back).
        self._cache: PostingCache | None = None
        self._building: PostingCache | None = None  # filled by warm_step() until complete
        self._warm_next = self._warm_last = 0
        self._dirty: set[int] = set()
        self._filtered: dict[tuple[SearchFilter, bool], set[int]] = {}
        # Records read to say why each was found as she types (found_in_names): the next
        # keystroke finds most of them again. Dropped for a person as she is saved or deleted.
        self._read: dict[int, Person] = {}

    # -- keeping the index in step ---------------------------------------------------------
    def person_saved(self, person: Person) -> None:
        self.persons_saved([person])

    def persons_saved(self, people: list[Person]) -> None:
        entries: list[tuple[int, list[tuple[str, str]]]] = []
        words: dict[str, str] = {}
        sorani: set[str] = set()
        for p in people:
            # A record merged into another is found through the one it was merged into.
            pw = [] if p.merged_into is not None else person_words(p)
            entries.append((p.id, pw))
            for _, w in pw:
                if w not in words:
                    words[w] = " ".join(phonetic_variants(w))
            if pw:
                sorani |= sorani_words(p)
        ids = self.repo.word_ids(words, sorani)
        # In index order: inserts walk the (word, person) tree instead of jumping about it.
        rows = sorted({(ids[w], pid, part) for pid, pw in entries for part, w in pw})
        self.repo.replace_postings([pid for pid, _ in entries], rows)
        self._changed(pid for pid, _ in entries)
        if self._finder is not None:
            for w in words:
                self._finder.add(w, w in sorani)  # a rolled-back save's word finds no one

    def person_deleted(self, person_id: int) -> None:
        """Postings go with the person (ON DELETE CASCADE), and the words only she used go
        from the vocabulary with them (a deletion may be made to protect her)."""
        if self.repo.drop_unused_words():
            self._finder = None  # read again from the vocabulary at the next search
        self._changed([person_id])

    def _changed(self, ids: Iterable[int]) -> None:
        self._filtered.clear()
        ids = list(ids)
        for pid in ids:
            self._read.pop(pid, None)
        if self._cache is not None or self._building is not None:
            self._dirty.update(ids)
            if len(self._dirty) > RELOAD_ABOVE:
                # Searches go to the vault until warm steps fill the cache again.
                self._cache, self._building, self._dirty = None, None, set()

    def rebuild(self, people: Iterable[Person], total: int = 0, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> int:
        """Build the whole index again from the records (after an upgrade, or to check it)."""
        n = 0
        with self.db.transaction():
            self.repo.clear()
            batch: list[Person] = []
            for p in people:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled: the search index was left as it was")
                batch.append(p)
                if len(batch) >= 1000:
                    self.persons_saved(batch)
                    n += len(batch)
                    batch = []
                    if progress:
                        progress(n, total)
            self.persons_saved(batch)
            n += len(batch)
        self._finder = None
        self._building = None  # a half-filled cache restarts on its next step
        if self._cache is not None:
            self.warm()
        if progress:
            progress(n, total)
        return n

    def ensure_index(self, progress: Progress | None = None) -> bool:
        """Build the index once for a vault made before search existed, or indexed by an older
        version of the program; True if it was built.

        Persons saved since are indexed as they are saved, so this looks only once per vault.
        """
        if self.meta.get(INDEX_MARK) == INDEX_VERSION:
            return False
        # Vaults are marked when made; one without this version's mark was indexed (or made)
        # by an earlier version, whose words may differ.
        live, _indexed = self.repo.coverage()
        built = live > 0
        if built:
            self.rebuild(self.persons.iter_all(), live, progress)
        with self.db.transaction():
            self.meta.set(INDEX_MARK, INDEX_VERSION)
        return built

    # -- searching -------------------------------------------------------------------------
    def warm(self) -> None:
        """Hold the postings in memory: search-as-you-type then answers in milliseconds even in
        a vault of 100,000 (reading the whole index takes a few seconds there)."""
        self._cache = self._building = None
        while not self.warm_step(persons=1 << 62):
            pass

    def warm_step(self, persons: int | None = None) -> bool:
        """Read the next part of the index into memory; True once the cache is complete.

        The desktop program calls this one step at a time on the vault thread, so the list
        stays responsive while the cache fills; searches until then are answered from the
        vault. Persons saved meanwhile are marked changed and read again from the vault.
        """
        if self._cache is not None:
            return True
        if self._building is None:
            # A vault indexed by an older version is indexed again here, on the vault thread,
            # rather than at the first search.
            self.ensure_index()
            self._building, self._warm_next, self._dirty = PostingCache(()), 0, set()
            self._warm_last = self.repo.last_person_id()
        last = min(self._warm_next + (persons or WARM_STEP_PERSONS) - 1, self._warm_last)
        self._building.add_rows(self.repo.postings_between(self._warm_next, last))
        self._warm_next = last + 1
        if self._warm_next <= self._warm_last:
            return False
        self._cache, self._building = self._building, None
        # The cache is millions of long-lived sets and ints: left in the collector's generations,
        # every full collection walks them all (measured: 230-300 ms pauses in the middle of
        # search-as-you-type at 100,000 persons). Frozen, they are never scanned; they are still
        # freed by reference counting when the cache is dropped.
        gc.collect()
        gc.freeze()
        return True

    def _candidates(self, f: SearchFilter):
        if self._cache is None:
            return lambda per_word, k: self.repo.best_candidates(per_word, k, f, PART_FACTORS, exact=_EXACT)
        self._patch_cache()
        within = None if f.is_empty else self._passing(f)
        cache = self._cache
        return lambda per_word, k: cache.best(per_word, k, within)

    def _patch_cache(self) -> None:
        if self._dirty:
            for pid, rows in self.repo.postings_of(sorted(self._dirty)).items():
                self._cache.replace(pid, rows)
            self._dirty = set()

    def _passing(self, f: SearchFilter, unrecorded: bool = False) -> set[int]:
        """The live persons the filter lets through (unrecorded: that it leaves out only for
        values their records do not give), kept until the next change or filter."""
        if any(kept != f for kept, _ in self._filtered):
            self._filtered = {}
        if (f, unrecorded) not in self._filtered:
            self._filtered[f, unrecorded] = self.repo.filtered_ids(f, unrecorded)
        return self._filtered[f, unrecorded]

    def _apart(self, f: SearchFilter):
        """Candidates on both sides of a filter (SearchEngine.Apart): in memory from one
        summing of the postings; from the vault, the filtered ranking and the unfiltered one,
        whose best the filter leaves out."""
        passing, blank = self._passing(f), self._passing(f, unrecorded=True)
        if self._cache is None:
            def from_vault(per_word, k, k_out):
                every = self.repo.best_candidates(per_word, k_out, None, PART_FACTORS, exact=_EXACT)
                return (self.repo.best_candidates(per_word, k, f, PART_FACTORS, exact=_EXACT),
                        {pid: slots for pid, slots in every.items()
                         if pid not in passing and pid not in blank},
                        self.repo.best_candidates(per_word, k_out, f, PART_FACTORS,
                                                  unrecorded=True, exact=_EXACT)
                        if blank else {})
            return from_vault
        self._patch_cache()
        cache = self._cache
        return lambda per_word, k, k_out: cache.best_apart(
            per_word, k, passing, k_out, blank)

    def _word_finder(self) -> WordFinder:
        if self._finder is None:
            finder = WordFinder()
            for _id, word, sorani in self.repo.all_words():
                finder.add(word, sorani)
            self._finder = finder
        return self._finder

    def _engine(self, f: SearchFilter, apart: bool = False) -> SearchEngine:
        return SearchEngine(self._word_finder(), self._candidates(f),
                            substring=self.repo.words_containing, words_of=self._words_of,
                            apart=self._apart(f) if apart and not f.is_empty else None,
                            count=self._count(f))

    def _count(self, f: SearchFilter):
        """How many the filter lets through have a word of the query's (SearchEngine.Count):
        in memory once warm (patched by the candidates' call before it), else from the
        vault."""
        if self._cache is None:
            return lambda per_word: self.repo.count_candidates(per_word, f)
        return lambda per_word: self._cache.count(
            per_word, None if f.is_empty else self._passing(f))

    def _words_of(self, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        """Each person's (word, part) postings: from memory once warm (patched by the
        candidates' call just before), else from the vault."""
        if self._cache is None:
            return self.repo.postings_of(ids)
        return {pid: self._cache.by_person.get(pid, []) for pid in ids}

    def search(self, query: str, limit: int = 20, f: SearchFilter | None = None,
               typing: bool = True) -> list[SearchResult]:
        """Persons whose names fit query, best first, narrowed by the filter."""
        self.ensure_index()
        f = self.persons.every_spelling(f or SearchFilter())
        numbered = self._by_case_number(query, f)
        if numbered is not None:
            return numbered.results
        return self._results(self._engine(f).search(query, limit=limit, typing=typing))

    def search_apart(self, query: str, limit: int = 20, f: SearchFilter | None = None,
                     typing: bool = True) -> tuple[list[SearchResult], list[SearchResult]]:
        """search(), and the persons the filter leaves out who score higher than the best
        shown, best first: the sister taken for the one asked about."""
        found = self.search_told(query, limit, f, typing, counted=False)
        return found.results, found.closer

    def search_told(self, query: str, limit: int = 20, f: SearchFilter | None = None,
                    typing: bool = True, counted: bool = True) -> Found:
        """search_apart(), and what else it did not show: the persons left out only for values
        their records do not give (no abduction date recorded is not "taken at another
        time"), and how many more matched than the limit let through (counted: all of them,
        else at least so many)."""
        self.ensure_index()
        f = self.persons.every_spelling(f or SearchFilter())
        numbered = self._by_case_number(query, f)
        if numbered is not None:
            return numbered
        told: Told = self._engine(f, apart=True).search_told(query, limit=limit, typing=typing,
                                                             counted=counted)
        closer = self._results(told.closer)
        seen = _seen(self.repo, f, closer)
        return Found(self._results(told.hits),
                     [replace(r, outside=outside_filter(r, f, seen)) for r in closer],
                     [replace(r, unrecorded=unrecorded_fields(r, f))
                      for r in self._results(told.unrecorded)],
                     told.unrecorded_all, told.more, told.more_exact, told.next_score)

    def unrecorded_count(self, f: SearchFilter) -> tuple[int, tuple[str, ...]]:
        """For a list by the filters alone (no name): how many records they leave out only for
        values the records do not give, and which of the fields asked about those leave blank
        ("abduction", ...: unrecorded_fields' words)."""
        f = self.persons.every_spelling(f)
        return (0, ()) if f.is_empty else self.repo.unrecorded_counts(f)

    def unrecorded_rows(self, f: SearchFilter) -> list[tuple[int, str, tuple[str, ...]]]:
        """unrecorded_count's persons one by one, with their sharing levels and the fields
        they leave blank (SearchRepository.unrecorded_rows); f's villages as the caller took
        them (a summary takes the village itself, never a like one)."""
        return [] if f.is_empty else self.repo.unrecorded_rows(f)

    def _by_case_number(self, query: str, f: SearchFilter) -> Found | None:
        """A query that is a case number (SNJ-00123, snj-123) finds that person, as the
        record she is kept as (a record merged into hers finds hers); one the filter leaves
        out is said to be so, as search_told says it. None: not a case number, or no such
        record (then her name is searched for as typed)."""
        if not CASE_NO.match(query.strip()):
            return None
        try:
            person = self.persons.get(query)
        except NotFound:
            return None
        kept = self.persons.as_kept([person.id])
        if not kept:
            return None
        found = self._results([Hit(kept[0].id, 1.0, ())])
        merged = person.case_no if kept[0].id != person.id else ""
        if f.is_empty or kept[0].id in self._passing(f):
            return Found(found, [], merged_from=merged)
        if kept[0].id in self._passing(f, unrecorded=True):
            return Found([], [], [replace(r, unrecorded=unrecorded_fields(r, f)) for r in found],
                         merged_from=merged)
        seen = _seen(self.repo, f, found)
        return Found([], [replace(r, outside=outside_filter(r, f, seen)) for r in found],
                     merged_from=merged)

    def _results(self, hits) -> list[SearchResult]:
        rows: dict[int, ResultRow] = self.repo.rows([h.person_id for h in hits])
        return [SearchResult(r.case_no, r.name_original, r.name_latin, r.sex, r.origin_village,
                             r.current_status, r.birth_text, h.score, h.matched, h.person_id,
                             given_unknown=r.given_unknown, given_across=r.given_across,
                             known_as_only=r.known_as_only, birth_range=(r.birth_earliest, r.birth_latest),
                             abduction_range=(r.abduction_earliest, r.abduction_latest))
                for h in hits if (r := rows.get(h.person_id))]

    def names_matched(self, results: list[SearchResult]) -> list[list[tuple[str, str]]]:
        """For each result, the names the query was found in, as stored: (part, name). Read
        from her record, so only when asked (the command line says why she was found; search
        as you type does not need it)."""
        people = {p.id: p for p in self.persons.get_many([r.person_id for r in results])}
        return [names_found_in(people[r.person_id], r.matched) if r.person_id in people else []
                for r in results]

    def found_beside_her_name(self, results: list[SearchResult]) -> list[list[tuple[str, str]]]:
        """For each result, the names outside her full name the query was found in (her
        mother's, a nickname, an alias), as stored: (part, name); none when her own name holds
        every word. For search as you type: only those few records are read (names_matched
        reads every result's)."""
        # Which words each result holds under which part, from her postings (in memory once
        # warm): folding 200 full names again for every keystroke cost more than the search.
        postings = self._words_of([r.person_id for r in results])
        beyond = [r for r in results if _beside(r.matched, postings.get(r.person_id, ()))]
        found = dict(zip((r.person_id for r in beyond), self.names_matched(beyond), strict=True))
        return [[(part, text) for part, text in found.get(r.person_id, [])
                 if part in _BESIDE_HER_NAME] for r in results]

    def found_in_names(self, results: list[SearchResult]) -> list[list[tuple[str, str]]]:
        """For each result, the names other than her given name the query was found in, as
        `search` gives them ("father: Khalil; grandfather: Hassan"). For search as you type:
        "Xelîl Hesen" put Hussein Khalil Hassan first with no word that Xelîl was his father
        and Hesen his grandfather. Every result is explained, but only the records of those
        found outside their given name are read (her postings, in memory once warm, say which):
        reading the first 60 only left row 61 on, found by her father alike, blank."""
        postings = self._words_of([r.person_id for r in results])
        beyond = [r for r in results if _outside_given(r.matched, postings.get(r.person_id, ()))]
        unread = [r.person_id for r in beyond if r.person_id not in self._read]
        if len(self._read) + len(unread) > READ_KEPT:
            self._read = {}
            unread = [r.person_id for r in beyond]
        self._read.update((p.id, p) for p in self.persons.get_many(unread))
        found = {r.person_id: names_found_in(self._read[r.person_id], r.matched)
                 for r in beyond if r.person_id in self._read}
        return [[(part, text) for part, text in found.get(r.person_id, []) if part != "given"]
                for r in results]

    def named_candidates(self, words: set[str]) -> set[int]:
        """The live persons a text of these folded words may name (named_in_text decides): one
        of them is her given name and one her father's, or two are words of an alias of hers.
        From the index, so that a paper's reports are not read against every record."""
        self.ensure_index()
        finder = self._word_finder()
        # (a function word is one of an alias only as written: أم of أم خالد, named_in_text._at)
        vocab = {v for w in words for v in finder.similar(w) if w == v or may_name_any(w, v)}
        hits: dict[int, dict[str, set[str]]] = {}
        for word, rows in self.repo.postings_for(sorted(vocab)).items():
            for pid, part in rows:
                hits.setdefault(pid, {}).setdefault(part, set()).add(word)
        return {pid for pid, parts in hits.items()
                if ("given" in parts and "father" in parts) or len(parts.get("alias", ())) > 1}

    def stats(self) -> dict:
        words, postings = self.repo.counts()
        return {"words": words, "postings": postings}


def outside_filter(r: SearchResult, f: SearchFilter, seen: Set[int] = frozenset()
                   ) -> tuple[tuple[str, str], ...]:
    """Which of the filter's conditions a result it left out does not meet, with her value;
    ("dates", "") where only the abduction dates or her age when taken can say. seen: the
    persons --seen-since lets through (("seen", its first day) for one it does not)."""
    out = []
    if (f.status and r.status != f.status) or (f.statuses and r.status not in f.statuses):
        out.append(("status", r.status))
    if f.sex and r.sex != f.sex:
        out.append(("sex", r.sex))
    if f.village and f.village.strip():
        kept = {v.casefold() for v in (f.village.strip(), *f.villages)}
        if r.origin_village.casefold() not in kept:
            out.append(("village", r.origin_village))
    first, last = r.birth_range
    if (f.born_from is not None and (not last or int(last[:4]) < f.born_from)) or (
            f.born_to is not None and (not first or int(first[:4]) > f.born_to)):
        out.append(("born", r.birth))
    if f.seen_since and r.person_id not in seen:
        out.append(("seen", f.seen_since.isoformat()))
    return tuple(out) or (("dates", ""),)


def _seen(repo, f: SearchFilter, results: list[SearchResult]) -> Set[int]:
    """Of the persons of results, those --seen-since lets through (none asked: none)."""
    if not f.seen_since or not results:
        return frozenset()
    return repo.filtered_ids(SearchFilter(seen_since=f.seen_since))


def unrecorded_fields(r: SearchResult, f: SearchFilter) -> tuple[str, ...]:
    """The fields a filter asked about that a result's record does not give, in the order the
    filters are offered: "status" (unknown), "sex" (unknown), "village", "birth", "abduction"."""
    out = []
    asked = {f.status} if f.status else set(f.statuses)
    if asked and "unknown" not in asked and r.status == "unknown":
        out.append("status")
    if f.sex and f.sex != "U" and r.sex == "U":
        out.append("sex")
    if f.village and f.village.strip() and not r.origin_village:
        out.append("village")
    ages = (f.born_from, f.born_to, f.taken_min_age, f.taken_max_age)
    if any(a is not None for a in ages) and r.birth_range == (None, None):
        out.append("birth")
    if (f.abducted_from or f.abducted_to) and r.abduction_range == (None, None):
        out.append("abduction")
    return tuple(out)


def _outside_given(matched: tuple[str, ...], postings) -> bool:
    """Whether a word the query matched is held by a name of hers other than her given name."""
    return any(part != "given" for word, part in postings if word in matched)


def _beside(matched: tuple[str, ...], postings) -> bool:
    """Whether a word the query matched is held only by a name beside her full name."""
    parts: dict[str, set[str]] = {}
    for word, part in postings:
        parts.setdefault(word, set()).add(part)
    return any(parts.get(w) and parts[w] <= _BESIDE_HER_NAME for w in matched)
