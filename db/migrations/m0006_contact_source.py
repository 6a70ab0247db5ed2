"""A family contact read from a list's phone column names that list's row as its source.

Blank for a contact typed by hand. The batch gives the file and sheet; withdrawing the row
(review --withdraw) takes back the contacts it added by these two columns.
"""

STATEMENTS = [
    "ALTER TABLE family_contacts ADD COLUMN batch_id INTEGER",
    "ALTER TABLE family_contacts ADD COLUMN row_number INTEGER",
    "CREATE INDEX family_contacts_batch_row ON family_contacts(batch_id, row_number)",
]
