"""The name-word search index: vocabulary (with FTS5 trigram), postings, filters, result rows."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, replace
from datetime import date

from app.domain.person import given_from_other_script
from db.database import Database
from db.repositories.persons import known_as_of, taken_age_sql, village_sql
from db.repositories.seen import seen_since_sql
from db.repositories.taken import no_taken_sql, taken_col_sql, taken_from_sql, taken_to_sql

_CHUNK = 500


@dataclass(frozen=True)
class SearchFilter:
    """Narrowing of search results; None means any."""

    status: str | None = None
    village: str | None = None
    sex: str | None = None
    born_from: int | None = None      # birth year range (inclusive), from an age range
    born_to: int | None = None
    abducted_from: date | None = None
    abducted_to: date | None = None
    taken_min_age: int | None = None  # age when taken (see PersonFilter)
    taken_max_age: int | None = None
    villages: tuple[str, ...] = ()  # the stored spellings of village's place (see PersonFilter)
    statuses: tuple[str, ...] = ()  # any of them passes (see PersonFilter)
    seen_since: date | None = None  # seen on or after it (see PersonFilter)

    @property
    def is_empty(self) -> bool:
        return not self.statuses and all(
            v is None for v in (self.status, self.village, self.sex, self.born_from,
                                self.born_to, self.abducted_from, self.abducted_to,
                                self.taken_min_age, self.taken_max_age, self.seen_since))


@dataclass(frozen=True)
class ResultRow:
    id: int
    case_no: str
    name_original: str
    name_latin: str
    sex: str
    origin_village: str
    current_status: str
    birth_text: str
    given_unknown: bool = False  # no given name in either script: her name is shown marked
    birth_earliest: str | None = None  # the range her birth lies in (ISO days)
    birth_latest: str | None = None
    # the range her abduction lies in (ISO days): hers, else her incident's
    abduction_earliest: str | None = None
    abduction_latest: str | None = None
    # her given name written in one script only, for the other's name (Person.given_across)
    given_across: tuple[str, str] = ("", "")
    # no name part at all: the names are her nickname or first alias (PersonSummary's too)
    known_as_only: bool = False


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _c(self):
        return self.db.conn

    # -- vocabulary ------------------------------------------------------------------------
    def word_ids(self, words: dict[str, str], sorani: Set[str] = frozenset()
                 ) -> dict[str, int]:
        """Ids of these words (word -> its keys), adding the new ones to the vocabulary.
        sorani: those of them that came from a Sorani spelling; a known word is marked so
        once any spelling of it was (a mark only widens what it is found by).

        Read from the table every time: an id cached in memory would outlive a rolled-back
        transaction.
        """
        found: dict[str, int] = {}
        marked: set[str] = set()
        items = list(words)
        for start in range(0, len(items), _CHUNK):
            chunk = items[start:start + _CHUNK]
            for i, w, mark in self._c.execute(
                    f"SELECT id, word, sorani FROM search_words WHERE word IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                found[w] = i
                if mark:
                    marked.add(w)
        newly = [(found[w],) for w in sorani if w in found and w not in marked]
        if newly:
            self._c.executemany("UPDATE search_words SET sorani = 1 WHERE id = ?", newly)
        new = [(w, words[w]) for w in items if w not in found]
        if new:
            first = self._c.execute("SELECT coalesce(max(id), 0) + 1 FROM search_words"
                                    ).fetchone()[0]
            rows = [(first + n, w, k, int(w in sorani)) for n, (w, k) in enumerate(new)]
            self._c.executemany(
                "INSERT INTO search_words(id, word, keys, sorani) VALUES(?,?,?,?)", rows)
            self._c.executemany("INSERT INTO search_words_fts(rowid, word) VALUES(?,?)",
                                [(i, w) for i, w, _, _ in rows])
            found.update((w, i) for i, w, _, _ in rows)
        return found

    def all_words(self) -> list[tuple[int, str, bool]]:
        """(id, word, whether it came from a Sorani spelling) of the whole vocabulary."""
        return [(i, w, bool(m)) for i, w, m in self._c.execute(
            "SELECT id, word, sorani FROM search_words ORDER BY id")]

    def words_after(self, last_id: int) -> list[tuple[int, str]]:
        """(id, word) of the vocabulary words added after word id last_id, in id order."""
        return self._c.execute("SELECT id, word FROM search_words WHERE id > ? ORDER BY id",
                               (last_id,)).fetchall()

    def postings_of_words(self, word_ids: list[int], parts: tuple[str, ...]
                          ) -> list[tuple[int, int, str]]:
        """(word id, person id, part) of these words, in these name parts only."""
        out: list[tuple[int, int, str]] = []
        in_parts = ",".join("?" * len(parts))
        for start in range(0, len(word_ids), _CHUNK):
            chunk = word_ids[start:start + _CHUNK]
            out.extend(self._c.execute(
                "SELECT word_id, person_id, part FROM search_postings "
                f"WHERE word_id IN ({','.join('?' * len(chunk))}) AND part IN ({in_parts})",
                (*chunk, *parts)))
        return out

    def without_parts(self, person_ids: list[int], parts: tuple[str, ...]) -> set[int]:
        """The persons among person_ids with no word in any of these name parts."""
        having: set[int] = set()
        in_parts = ",".join("?" * len(parts))
        for start in range(0, len(person_ids), _CHUNK):
            chunk = person_ids[start:start + _CHUNK]
            having.update(r[0] for r in self._c.execute(
                "SELECT DISTINCT person_id FROM search_postings "
                f"WHERE person_id IN ({','.join('?' * len(chunk))}) AND part IN ({in_parts})",
                (*chunk, *parts)))
        return set(person_ids) - having

    def words_containing(self, fragment: str, limit: int = 60) -> list[str]:
        """Vocabulary words that contain fragment anywhere (FTS5 trigram; 3+ characters)."""
        if len(fragment) < 3:
            return []
        quoted = '"' + fragment.replace('"', '""') + '"'
        rows = self._c.execute(
            "SELECT w.word FROM search_words_fts f JOIN search_words w ON w.id = f.rowid "
            "WHERE search_words_fts MATCH ? LIMIT ?", (quoted, limit))
        return [r[0] for r in rows]

    # -- postings --------------------------------------------------------------------------
    def replace_postings(self, person_ids: list[int], rows: list[tuple[int, int, str]]) -> None:
        """rows: (word_id, person_id, part) for exactly these persons; old rows go first."""
        for start in range(0, len(person_ids), _CHUNK):
            chunk = person_ids[start:start + _CHUNK]
            self._c.execute(f"DELETE FROM search_postings WHERE person_id IN "
                            f"({','.join('?' * len(chunk))})", chunk)
        self._c.executemany("INSERT OR IGNORE INTO search_postings(word_id, person_id, part) "
                            "VALUES(?,?,?)", rows)

    def postings_for(self, words: list[str]) -> dict[str, list[tuple[int, str]]]:
        """word -> [(person id, part)] for these words."""
        out: dict[str, list[tuple[int, str]]] = {}
        for start in range(0, len(words), _CHUNK):
            chunk = words[start:start + _CHUNK]
            for word, pid, part in self._c.execute(
                    f"SELECT w.word, p.person_id, p.part FROM search_words w "
                    f"JOIN search_postings p ON p.word_id = w.id "
                    f"WHERE w.word IN ({','.join('?' * len(chunk))})", chunk):
                out.setdefault(word, []).append((pid, part))
        return out

    def postings_between(self, first_id: int, last_id: int) -> list[tuple[str, int, str]]:
        """(word, person id, part) of the persons whose id is in [first_id, last_id]."""
        return self._c.execute(
            "SELECT w.word, p.person_id, p.part FROM search_postings p "
            "JOIN search_words w ON w.id = p.word_id "
            "WHERE p.person_id BETWEEN ? AND ?", (first_id, last_id)).fetchall()

    def last_person_id(self) -> int:
        return self._c.execute("SELECT coalesce(max(person_id), 0) FROM search_postings"
                               ).fetchone()[0]

    def postings_of(self, person_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {pid: [] for pid in person_ids}
        for start in range(0, len(person_ids), _CHUNK):
            chunk = person_ids[start:start + _CHUNK]
            for pid, word, part in self._c.execute(
                    f"SELECT p.person_id, w.word, p.part FROM search_postings p "
                    f"JOIN search_words w ON w.id = p.word_id "
                    f"WHERE p.person_id IN ({','.join('?' * len(chunk))})", chunk):
                out[pid].append((word, part))
        return out

    def drop_unused_words(self) -> int:
        """Take out of the vocabulary the words no posting uses any more (a deleted person's
        names): a name that finds no one is no help to a search, and a woman deleted to
        protect her must not stay readable in the list of words. How many went."""
        unused = self._c.execute(
            "SELECT id, word FROM search_words w WHERE NOT EXISTS "
            "(SELECT 1 FROM search_postings p WHERE p.word_id = w.id)").fetchall()
        if unused:
            # external-content FTS: told each row's old text to forget it
            self._c.executemany("INSERT INTO search_words_fts(search_words_fts, rowid, word) "
                                "VALUES('delete', ?, ?)", unused)
            self._c.executemany("DELETE FROM search_words WHERE id = ?",
                                [(i,) for i, _ in unused])
            # FTS5 only marks them deleted until its segments are merged: merged now, so that
            # no piece of the word stays in its index
            self._c.execute("INSERT INTO search_words_fts(search_words_fts) VALUES('optimize')")
        return len(unused)

    def clear(self) -> None:
        """Empty the whole index (to rebuild it from the person records)."""
        self._c.execute("DELETE FROM search_postings")
        self._c.execute("INSERT INTO search_words_fts(search_words_fts) VALUES('delete-all')")
        self._c.execute("DELETE FROM search_words")

    def coverage(self) -> tuple[int, int]:
        """(live persons, persons with at least one indexed word)."""
        live = self._c.execute("SELECT count(*) FROM persons WHERE merged_into IS NULL"
                               ).fetchone()[0]
        indexed = self._c.execute("SELECT count(DISTINCT person_id) FROM search_postings"
                                  ).fetchone()[0]
        return live, indexed

    def counts(self) -> tuple[int, int]:
        words = self._c.execute("SELECT count(*) FROM search_words").fetchone()[0]
        posts = self._c.execute("SELECT count(*) FROM search_postings").fetchone()[0]
        return words, posts

    # -- filters and result rows -----------------------------------------------------------
    def best_candidates(self, per_word: list[dict[str, float]], k: int,
                        f: SearchFilter | None = None,
                        part_factors: dict[str, float] | None = None,
                        unrecorded: bool = False,
                        exact: tuple[float, dict[str, float]] | None = None
                        ) -> dict[int, list[tuple[float, str, str]]]:
        """The k live persons with the highest sum, over query words, of their best word
        similarity times its name part's factor (a part not in part_factors counts 1); with,
        per query word, (similarity, matched word, part) of the best. SQLite does the
        grouping: a common name has thousands of postings. unrecorded: among the persons the
        filter leaves out only for a value their record does not give (see _filter_sql)."""
        factors = part_factors or {}
        at, exact_factors = exact or (2.0, {})  # (the similarity that is the word itself, its factors)
        values = [(qi, w, s) for qi, sims in enumerate(per_word) for w, s in sims.items()]
        if not values:
            return {}
        q = "q(qi, word, sim) AS (VALUES " + ",".join(["(?,?,?)"] * len(values)) + ")"
        args: list = [x for v in values for x in v]
        factor = ("CASE p.part " + "WHEN ? THEN (CASE WHEN q.sim >= ? THEN ? ELSE ? END) "
                  * len(factors) + "ELSE 1.0 END" if factors else "1.0")
        fargs_part = [x for part, f in factors.items()
                      for x in (part, at, exact_factors.get(part, f), f)]

        def weigh(sim: float, part: str) -> float:
            factor = factors.get(part, 1.0)  # as the SQL: the exact one, else the part's own
            return sim * (exact_factors.get(part, factor) if sim >= at else factor)
        where, fargs = _filter_sql(f or SearchFilter(), unrecorded)
        top = self._c.execute(
            f"WITH {q}, best AS (SELECT p.person_id AS pid, q.qi AS qi, "
            f"max(q.sim * {factor}) AS s "
            f"FROM q JOIN search_words w ON w.word = q.word "
            f"JOIN search_postings p ON p.word_id = w.id "
            f"{'JOIN persons ps ON ps.id = p.person_id AND ' + where if where else ''} "
            f"GROUP BY p.person_id, q.qi) "
            f"SELECT pid FROM best GROUP BY pid ORDER BY sum(s) DESC, pid LIMIT ?",
            [*args, *fargs_part, *fargs, k]).fetchall()
        ids = [r[0] for r in top]
        out: dict[int, list[tuple[float, str, str]]] = {
            pid: [(0.0, "", "")] * len(per_word) for pid in ids}
        if not ids:
            return out
        weighed = {pid: [0.0] * len(per_word) for pid in ids}
        for pid, qi, sim, word, part in self._c.execute(
                f"WITH {q} SELECT p.person_id, q.qi, q.sim, w.word, p.part FROM q "
                f"JOIN search_words w ON w.word = q.word "
                f"JOIN search_postings p ON p.word_id = w.id "
                f"WHERE p.person_id IN ({','.join('?' * len(ids))})", [*args, *ids]):
            if weigh(sim, part) > weighed[pid][qi]:
                out[pid][qi] = (sim, word, part)
                weighed[pid][qi] = weigh(sim, part)
        return out

    def count_candidates(self, per_word: list[dict[str, float]],
                         f: SearchFilter | None = None) -> int:
        """How many live persons the filter lets through have a word of per_word."""
        words = sorted({w for sims in per_word for w in sims})
        if not words:
            return 0
        where, fargs = _filter_sql(f or SearchFilter())
        return self._c.execute(
            f"WITH q(word) AS (VALUES {','.join(['(?)'] * len(words))}) "
            f"SELECT count(DISTINCT p.person_id) FROM q JOIN search_words w ON w.word = q.word "
            f"JOIN search_postings p ON p.word_id = w.id "
            f"{'JOIN persons ps ON ps.id = p.person_id AND ' + where if where else ''}",
            [*words, *fargs]).fetchone()[0]

    def unrecorded_counts(self, f: SearchFilter) -> tuple[int, tuple[str, ...]]:
        """How many live persons the filter leaves out only for values their records do not
        give (see _filter_sql), and which of the fields it asks about they leave blank."""
        where, args = _filter_sql(f, unrecorded=True)
        missing = {field: m for field, _, _, m in _conditions(f) if m != "0"}
        if not missing:
            return 0, ()
        row = self._c.execute(
            "SELECT count(*), " + ", ".join(f"coalesce(sum({m}), 0)" for m in missing.values())
            + f" FROM persons ps WHERE ps.merged_into IS NULL AND {where}", args).fetchone()
        return row[0], tuple(field for field, n in zip(missing, row[1:], strict=True) if n)

    def unrecorded_rows(self, f: SearchFilter) -> list[tuple[int, str, tuple[str, ...]]]:
        """(id, sharing level, the fields asked about her record leaves blank) of the live
        persons the filter leaves out only for values their records do not give, as
        unrecorded_counts counts them: a paper counts those it may name, field by field."""
        where, args = _filter_sql(f, unrecorded=True)
        missing = {field: m for field, _, _, m in _conditions(f) if m != "0"}
        if not missing:
            return []
        rows = self._c.execute(
            "SELECT ps.id, ps.sharing_level, " + ", ".join(f"({m})" for m in missing.values())
            + f" FROM persons ps WHERE ps.merged_into IS NULL AND {where}", args)
        return [(r[0], r[1], tuple(field for field, blank in zip(missing, r[2:], strict=True)
                                   if blank)) for r in rows]

    def filtered_ids(self, f: SearchFilter, unrecorded: bool = False) -> set[int]:
        """Ids of live persons that pass the filter (unrecorded: that it leaves out only for a
        value their record does not give, see _filter_sql)."""
        where, args = _filter_sql(f, unrecorded)
        sql = "SELECT ps.id FROM persons ps WHERE ps.merged_into IS NULL"
        return {r[0] for r in self._c.execute(sql + (f" AND {where}" if where else ""), args)}

    def rows(self, ids: list[int]) -> dict[int, ResultRow]:
        out: dict[int, ResultRow] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for r in self._c.execute(
                    f"SELECT id, case_no, name_original, name_latin, sex, origin_village, "
                    f"current_status, birth_text, {_GIVEN.format(script='original')}, "
                    f"birth_earliest, birth_latest, {_TAKEN_RANGE}, "
                    f"{_GIVEN.format(script='latin')} FROM persons "
                    f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                given = (r[8] or "", r[13] or "")
                out[r[0]] = ResultRow(*r[:8], given_unknown=not any(given) and bool(r[2] or r[3]),
                                      birth_earliest=r[9], birth_latest=r[10],
                                      abduction_earliest=r[11], abduction_latest=r[12],
                                      given_across=given_from_other_script(*given))
        # A woman known only as أم خالد: her result's name columns say so, as the list's do,
        # not blank
        nameless = [i for i, r in out.items() if not (r.name_original or r.name_latin)]
        for i, (original, latin) in known_as_of(self._c, nameless).items():
            out[i] = replace(out[i], name_original=original, name_latin=latin, known_as_only=True)
        return out


# Her abduction's range in a result's row: hers, else her incident's, as the filters read it
_TAKEN_RANGE = f"{taken_col_sql('persons.', 'earliest')}, {taken_col_sql('persons.', 'latest')}"
# Her given name in one script, in a result's row: what her name in the other lacks is said
_GIVEN = ("(SELECT n.value FROM person_names n WHERE n.person_id = persons.id AND n.part = 'given' "
          "AND n.script = '{script}' ORDER BY n.seq LIMIT 1)")


def _filter_sql(f: SearchFilter, unrecorded: bool = False) -> tuple[str, list]:
    """Conditions on persons (alias ps) for a filter; '' when it lets everyone through.

    unrecorded: instead, the persons the filter leaves out only for a value their record does
    not give (no abduction date, no birth, no village, sex or status unknown): each condition
    met or its value missing, and at least one missing."""
    conds = _conditions(f)
    args = [a for _, _, cond_args, _ in conds for a in cond_args]
    if not unrecorded:
        return " AND ".join(c for _, c, _, _ in conds), args
    if not conds:
        return "0", []
    met = " AND ".join(f"({c} OR {m})" for _, c, _, m in conds)
    return f"{met} AND ({' OR '.join(m for _, _, _, m in conds)})", args


def _conditions(f: SearchFilter) -> list[tuple[str, str, list, str]]:
    """The filter's conditions as (field, condition, its arguments, her value missing), the
    fields in the order the filters are offered: status, sex, village, birth, abduction."""
    conds: list[tuple[str, str, list, str]] = []
    for field, col, value, unknown in (("status", "current_status", f.status, "unknown"),
                                       ("sex", "sex", f.sex, "U")):
        if value:
            conds.append((field, f"ps.{col} = ?", [value],
                          "0" if value == unknown else f"ps.{col} = '{unknown}'"))
    if f.statuses:
        conds.append(("status", f"ps.current_status IN ({', '.join('?' * len(f.statuses))})",
                      list(f.statuses),
                      "0" if "unknown" in f.statuses else "ps.current_status = 'unknown'"))
    if f.village and f.village.strip():
        conds.append(("village", village_sql("ps.origin_village", f.villages),
                      [f.village.strip(), *f.villages], "coalesce(ps.origin_village, '') = ''"))
    no_birth = "(ps.birth_earliest IS NULL AND ps.birth_latest IS NULL)"
    # Fuzzy dates are ranges: a person passes when her range overlaps the asked range.
    for field, cond, value, missing in (
            ("birth", "ps.birth_latest >= ?", f.born_from and f"{f.born_from:04d}-01-01",
             no_birth),
            ("birth", "ps.birth_earliest <= ?", f.born_to and f"{f.born_to:04d}-12-31",
             no_birth)):
        if value:
            conds.append((field, cond, [value], missing))
    # her abduction's days: hers, else her incident's (db/repositories/taken.py)
    for taken, day in ((taken_from_sql, f.abducted_from), (taken_to_sql, f.abducted_to)):
        if day:
            conds.append(("abduction", *taken("ps.", day.isoformat()), no_taken_sql("ps.")))
    more, more_args = taken_age_sql("ps.", f.taken_min_age, f.taken_max_age)
    # An age when taken needs her birth (an undated abduction counts as in 2014).
    conds += [("birth", c, [a], no_birth) for c, a in zip(more, more_args, strict=True)]
    if f.seen_since:
        # no report of her since is no value left blank: she was not seen since, as far as
        # the vault knows
        conds.append(("seen", *seen_since_sql("ps.id", f.seen_since), "0"))
    # the birth's before the abduction's, as the filters are offered
    return sorted(conds, key=lambda c: _FIELDS.index(c[0]))


# The fields a filter may find left blank, in the order the filters are offered
UNRECORDED_FIELDS = ("status", "sex", "village", "birth", "abduction")
_FIELDS = (*UNRECORDED_FIELDS, "seen")
