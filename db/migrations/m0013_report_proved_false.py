"""A report's outcome, apart from its credibility: proved false, why and when (reports.false_*).

Credibility is judged when a report comes in; whether it proved false is learnt later (she was
found elsewhere, the informant lied). A blank reason is a report not proved false. The date is
kept as the vault keeps every date: earliest, latest and the text as typed.
"""

STATEMENTS = [
    "ALTER TABLE reports ADD COLUMN false_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE reports ADD COLUMN false_earliest TEXT",
    "ALTER TABLE reports ADD COLUMN false_latest TEXT",
    "ALTER TABLE reports ADD COLUMN false_text TEXT NOT NULL DEFAULT ''",
]
