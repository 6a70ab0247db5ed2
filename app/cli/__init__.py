"""Command-line front end: a thin adapter over the same services the desktop program calls."""
