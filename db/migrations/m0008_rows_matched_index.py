"""The list rows matched to a person, found by that person without reading every list's rows.

Deleting a person erases the rows of lists not imported (staged or discarded) matched to her;
without an index each deletion read every such list row by row (0.6 s with three lists of
100,000 rows). Partial: most rows of a list match no one.
"""

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS import_rows_match_person ON import_rows(match_person_id) "
    "WHERE match_person_id IS NOT NULL",
]
