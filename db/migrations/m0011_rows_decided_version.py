"""The version of the record a staged row was decided to update, as it was when decided.

A list waits days for review; the record may be edited meanwhile (her sex corrected, her
mother's name given). The commit checks again only the rows whose record's version differs,
one query, instead of scoring every row again (ImportService.ask_about_records_changed_since).
NULL for rows staged before: those fall back on the record's updated_at against the batch's.
"""

STATEMENTS = [
    "ALTER TABLE import_rows ADD COLUMN decided_version INTEGER",
]
