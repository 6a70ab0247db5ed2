"""Each audit entry's salt: random, sealed by its MAC, and wiped when a deletion erases it.

An erased entry keeps the MAC it was sealed with (the next entry and a head noted on paper
chain from it). Without a salt, whoever holds the passphrase could test a guess of what the
entry said against that MAC (a status, a captor's name from a list of them); with the salt
gone, the MAC confirms nothing. Blank for entries written before: their MAC is as it was.
"""

STATEMENTS = [
    "ALTER TABLE audit_log ADD COLUMN salt TEXT NOT NULL DEFAULT ''",
]
