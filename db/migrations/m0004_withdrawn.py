"""A list row withdrawn from the person it updated or created: its provenance line is kept, marked.

The line stays for the audit trail (which list said what, when); a withdrawn one no longer
counts among the lists naming her, on her page or on any paper.
"""

STATEMENTS = [
    "ALTER TABLE provenance ADD COLUMN withdrawn_at TEXT",
    "CREATE INDEX provenance_batch_row ON provenance(batch_id, row_number)",
]
