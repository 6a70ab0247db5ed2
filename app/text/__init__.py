"""Normalising and keying names in Arabic, Kurdish and Latin script."""
