"""The list rows that go with an earlier row of their list, found by that row.

Deleting a person erases, in a list not imported, the rows that go where a row of hers goes (a
repeat of it, a row decided to be the same woman); without an index each deletion read the
whole list (20 ms a list of 100,000 rows). Partial: few rows of a list go with another.
"""

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS import_rows_match_row ON import_rows(batch_id, match_row_number) "
    "WHERE match_row_number IS NOT NULL",
]
