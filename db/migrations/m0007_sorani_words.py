"""A name word of the search index remembers whether it came from a Sorani spelling.

Folding a name for search drops what tells Sorani spelling from Arabic (ە, the Kurdish ی),
and Sorani writes short vowels Arabic leaves out (ئیلیاس, الياس): a search in one spelling
reads a word of the other as such only if it knows which the word is. Filled when the index is
built again (search index version 5).
"""

STATEMENTS = [
    "ALTER TABLE search_words ADD COLUMN sorani INTEGER NOT NULL DEFAULT 0",
]
