"""Qt desktop front end; calls app services only, never the database."""
