"""status_events.dated_by_report: 1 for a status told on a report without a date of its own,
which took the date the report was observed (RecordService.add_status).

A correction of the report's observed date moves such a status, and only such a one
(app/report_dated): one typed with its own date in the same month as the report's was moved
too when the dates alone were compared. The statuses already stored get 0: whether they took
the report's date was never noted, and moving a date the lawyer typed would lose it unsaid;
`report edit` says that they keep their dates and how to date one anew.
"""

STATEMENTS = [
    "ALTER TABLE status_events ADD COLUMN dated_by_report INTEGER NOT NULL DEFAULT 0",
]
