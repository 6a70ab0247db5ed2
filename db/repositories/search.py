"""The name-word search index: vocabulary (with FTS5 trigram), postings, filters, result rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from db.database import Database

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

    @property
    def is_empty(self) -> bool:
        return all(v is None for v in (self.status, self.village, self.sex, self.born_from,
                                       self.born_to, self.abducted_from, self.abducted_to))


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


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _c(self):
        return self.db.conn

    # -- vocabulary ------------------------------------------------------------------------
    def word_ids(self, words: dict[str, str]) -> dict[str, int]:
        """Ids of these words (word -> its keys), adding the new ones to the vocabulary.

        Read from the table every time: an id cached in memory would outlive a rolled-back
        transaction.
        """
        found: dict[str, int] = {}
        items = list(words)
        for start in range(0, len(items), _CHUNK):
            chunk = items[start:start + _CHUNK]
            found.update((w, i) for i, w in self._c.execute(
                f"SELECT id, word FROM search_words WHERE word IN "
                f"({','.join('?' * len(chunk))})", chunk))
        new = [(w, words[w]) for w in items if w not in found]
        if new:
            first = self._c.execute("SELECT coalesce(max(id), 0) + 1 FROM search_words"
                                    ).fetchone()[0]
            rows = [(first + n, w, k) for n, (w, k) in enumerate(new)]
            self._c.executemany("INSERT INTO search_words(id, word, keys) VALUES(?,?,?)", rows)
            self._c.executemany("INSERT INTO search_words_fts(rowid, word) VALUES(?,?)",
                                [(i, w) for i, w, _ in rows])
            found.update((w, i) for i, w, _ in rows)
        return found

    def all_words(self) -> list[tuple[int, str, str]]:
        return self._c.execute("SELECT id, word, keys FROM search_words ORDER BY id").fetchall()

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

    def iter_postings(self) -> Iterator[tuple[int, int, str]]:
        yield from self._c.execute("SELECT word_id, person_id, part FROM search_postings")

    def postings_of(self, person_id: int) -> list[tuple[int, str]]:
        return self._c.execute("SELECT word_id, part FROM search_postings WHERE person_id=?",
                               (person_id,)).fetchall()

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
    def filtered_ids(self, f: SearchFilter) -> set[int]:
        """Ids of live (not merged) persons that pass the filter."""
        clauses, args = ["merged_into IS NULL"], []
        for col, value in (("current_status", f.status), ("sex", f.sex)):
            if value:
                clauses.append(f"{col} = ?")
                args.append(value)
        if f.village:
            clauses.append("origin_village = ? COLLATE NOCASE")
            args.append(f.village.strip())
        # Fuzzy dates are ranges: a person passes when her range overlaps the asked range.
        if f.born_from is not None:
            clauses.append("birth_latest >= ?")
            args.append(f"{f.born_from:04d}-01-01")
        if f.born_to is not None:
            clauses.append("birth_earliest <= ?")
            args.append(f"{f.born_to:04d}-12-31")
        if f.abducted_from is not None:
            clauses.append("abduction_latest >= ?")
            args.append(f.abducted_from.isoformat())
        if f.abducted_to is not None:
            clauses.append("abduction_earliest <= ?")
            args.append(f.abducted_to.isoformat())
        sql = "SELECT id FROM persons WHERE " + " AND ".join(clauses)
        return {r[0] for r in self._c.execute(sql, args)}

    def live_ids(self, ids: Iterable[int]) -> set[int]:
        ids = list(ids)
        out: set[int] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            out.update(r[0] for r in self._c.execute(
                f"SELECT id FROM persons WHERE merged_into IS NULL AND id IN "
                f"({','.join('?' * len(chunk))})", chunk))
        return out

    def rows(self, ids: list[int]) -> dict[int, ResultRow]:
        out: dict[int, ResultRow] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for r in self._c.execute(
                    f"SELECT id, case_no, name_original, name_latin, sex, origin_village, "
                    f"current_status, birth_text FROM persons WHERE id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = ResultRow(*r)
        return out
