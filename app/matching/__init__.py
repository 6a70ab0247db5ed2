"""Finding people: scoring pairs of records, candidate blocking, search and decisions."""
