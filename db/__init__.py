"""Storage layer: SQLCipher connection, key slots, migrations and repositories (all SQL lives here)."""
