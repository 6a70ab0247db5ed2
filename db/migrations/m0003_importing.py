"""Import staging: batches (one per file read), their staged rows, and saved column mappings.

Staged rows live here, never in the case tables, until the batch is committed in one transaction.
CHECKs are written with OR, not IN (...): under cipher_memory_security an IN list builds an
ephemeral table per row checked, which made staging 20,000 rows take 8 s instead of 1 s.
"""

STATEMENTS = [
    """CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        list_source TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        sheet TEXT NOT NULL DEFAULT '',
        header_row INTEGER,
        mapping_json TEXT NOT NULL DEFAULT '{}',
        read_issues_json TEXT NOT NULL DEFAULT '[]',  -- warnings from reading the file
        state TEXT NOT NULL
            CHECK (state = 'staged' OR state = 'committed' OR state = 'discarded'),
        rows_read INTEGER NOT NULL DEFAULT 0,
        blank_rows INTEGER NOT NULL DEFAULT 0,
        report_json TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        committed_at TEXT)""",
    "CREATE INDEX import_batches_sha ON import_batches(file_sha256)",
    "CREATE INDEX import_batches_source ON import_batches(list_source, state)",
    """CREATE TABLE import_rows (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        raw_json TEXT NOT NULL,                 -- column label -> text, exactly as read
        person_json TEXT,                       -- the row as a person; NULL when rejected
        row_key TEXT NOT NULL DEFAULT '',       -- hash of the normalised name: the row
                                                -- across versions of a list
        row_hash TEXT NOT NULL DEFAULT '',      -- hash of the raw values
        warnings_json TEXT NOT NULL DEFAULT '[]',
        rejected TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL CHECK (outcome = 'new' OR outcome = 'probable'
                                     OR outcome = 'certain' OR outcome = 'rejected'),
        match_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
        match_row_number INTEGER,               -- a match with an earlier row of the same file
        match_score REAL,
        match_explain TEXT NOT NULL DEFAULT '',
        -- which person a committed row became is in provenance (batch_id, row_number)
        decision TEXT NOT NULL DEFAULT '' CHECK (decision = '' OR decision = 'create'
            OR decision = 'update' OR decision = 'same_as_row' OR decision = 'skip'),
        UNIQUE (batch_id, row_number))""",
    """CREATE TABLE import_mappings (
        list_source TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
]
