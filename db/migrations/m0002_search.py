"""Finding people: the name-word index for search, and remembered matching decisions.

search_words holds each folded name word once (both scripts) with its sound keys; an FTS5
trigram table over it finds words by any part (دخي in الدخي); search_postings says which person
uses which word in which name part. All of it is derived from person_names and can be rebuilt.
match_decisions remembers "not the same person"; merges remembers "same person" merges so they
can be split again.
"""

STATEMENTS = [
    """CREATE TABLE search_words (
        id INTEGER PRIMARY KEY,
        word TEXT NOT NULL UNIQUE,          -- folded: no marks, one alef, lower case ...
        keys TEXT NOT NULL DEFAULT '')      -- its sound keys, space separated""",
    """CREATE VIRTUAL TABLE search_words_fts USING fts5(
        word, content='search_words', content_rowid='id', tokenize='trigram')""",
    """CREATE TABLE search_postings (
        word_id INTEGER NOT NULL REFERENCES search_words(id),
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        part TEXT NOT NULL,                 -- given, father, ..., alias
        PRIMARY KEY (word_id, person_id, part)) WITHOUT ROWID""",
    "CREATE INDEX search_postings_person ON search_postings(person_id)",
    """CREATE TABLE match_decisions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('not_same')),
        person_a INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        person_b INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        decided_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        CHECK (person_a < person_b),
        UNIQUE (kind, person_a, person_b))""",
    """CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        merged_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        added TEXT NOT NULL DEFAULT '{}',   -- JSON: what the merge added to the survivor
        merged_at TEXT NOT NULL,
        split_at TEXT)""",
    "CREATE INDEX merges_survivor ON merges(survivor_id)",
    "CREATE INDEX merges_merged ON merges(merged_id)",
]
