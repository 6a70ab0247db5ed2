"""A rescue gives the persons it freed their status: each such status event names its rescue.

status_events.rescue_id: the rescue operation the event came from (NULL: told by hand or by a
list). rescues.gives_status: what the rescue was recorded to give ('rescued', 'reunited',
'none'); NULL for a rescue recorded before a rescue could give one, never asked. The handover to
family is read as a date beside the text as typed.
"""

STATEMENTS = [
    "ALTER TABLE status_events ADD COLUMN rescue_id INTEGER REFERENCES rescues(id) "
    "ON DELETE SET NULL",
    "CREATE INDEX status_events_rescue ON status_events(rescue_id)",
    "ALTER TABLE rescues ADD COLUMN gives_status TEXT",
    "ALTER TABLE rescues ADD COLUMN handover_earliest TEXT",
    "ALTER TABLE rescues ADD COLUMN handover_latest TEXT",
]
