"""Repositories: the only place SQL is written. Each takes a Database and returns domain types."""
