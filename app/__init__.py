"""CaseKeeper application layer: domain types and services, free of Qt."""
