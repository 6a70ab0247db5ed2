"""A rough passphrase strength estimate for feedback while typing (no dictionary shipped).

It counts the character pools used and penalises repeats and short words; it is feedback to
encourage long passphrases, not a guarantee.
"""

from __future__ import annotations

import math

from app.vault import MIN_PASSPHRASE

LEVELS = ("too short", "weak", "fair", "good", "strong")


def estimate_bits(text: str) -> float:
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 60  # Arabic-script or other letters
    distinct = len(set(text))
    # Repeats ("aaaaaaaa", "abcabcabc") add little: weight length by how varied it is.
    effective = min(len(text), distinct * 2.5)
    return effective * math.log2(max(pool, 2))


def level(text: str) -> int:
    """0 too short (refused), 1 weak, 2 fair, 3 good, 4 strong."""
    if len(text.strip()) < MIN_PASSPHRASE:
        return 0
    bits = estimate_bits(text)
    return 1 if bits < 45 else 2 if bits < 65 else 3 if bits < 90 else 4
