"""Initial schema: vault marker, persons and their names, status, relatives, reports, rescues, audit.

No column anywhere holds an informant's identity: reports carry a source CODE only. Identities
belong to the separate sources compartment.
"""

STATEMENTS = [
    """CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        date_earliest TEXT, date_latest TEXT, date_text TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_no TEXT NOT NULL UNIQUE,
        name_original TEXT NOT NULL DEFAULT '',   -- derived on save: full name for lists
        name_latin TEXT NOT NULL DEFAULT '',      -- derived on save
        sex TEXT NOT NULL DEFAULT 'U' CHECK (sex = 'F' OR sex = 'M' OR sex = 'U'),
        birth_earliest TEXT, birth_latest TEXT, birth_text TEXT NOT NULL DEFAULT '',
        origin_village TEXT NOT NULL DEFAULT '',
        origin_district TEXT NOT NULL DEFAULT '',
        origin_governorate TEXT NOT NULL DEFAULT '',
        abduction_earliest TEXT, abduction_latest TEXT, abduction_text TEXT NOT NULL DEFAULT '',
        abduction_place TEXT NOT NULL DEFAULT '',
        abduction_circumstances TEXT NOT NULL DEFAULT '',
        incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
        last_known_location TEXT NOT NULL DEFAULT '',
        held_by TEXT NOT NULL DEFAULT '',
        sharing_level TEXT NOT NULL DEFAULT 'internal',
        notes TEXT NOT NULL DEFAULT '',
        current_status TEXT NOT NULL DEFAULT 'unknown',  -- derived from status_events on save
        synthetic INTEGER NOT NULL DEFAULT 0,
        merged_into INTEGER REFERENCES persons(id),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    # Lists page through persons sorted by these columns; each sort needs its index.
    "CREATE INDEX persons_status ON persons(current_status, case_no)",
    "CREATE INDEX persons_village ON persons(origin_village, case_no)",
    "CREATE INDEX persons_name ON persons(name_latin, name_original)",
    """CREATE TABLE person_names (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        part TEXT NOT NULL,        -- given, father, grandfather, family, mother, nickname, alias
        script TEXT NOT NULL CHECK (script = 'original' OR script = 'latin'),
        value TEXT NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX person_names_person ON person_names(person_id)",
    """CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        received_earliest TEXT, received_latest TEXT, received_text TEXT NOT NULL DEFAULT '',
        observed_earliest TEXT, observed_latest TEXT, observed_text TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        source_code TEXT NOT NULL DEFAULT '',
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        could_identify_source INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE report_persons (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (report_id, person_id))""",
    "CREATE INDEX report_persons_person ON report_persons(person_id)",
    """CREATE TABLE status_events (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        date_earliest TEXT, date_latest TEXT, date_text TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
        recorded_at TEXT NOT NULL)""",
    "CREATE INDEX status_events_person ON status_events(person_id)",
    """CREATE TABLE relatives (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        relative_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (person_id, relative_id, relation))""",
    """CREATE TABLE family_contacts (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', relation TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE photos (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        mime TEXT NOT NULL, data BLOB NOT NULL, caption TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL)""",
    """CREATE TABLE rescues (
        id INTEGER PRIMARY KEY,
        date_earliest TEXT, date_latest TEXT, date_text TEXT NOT NULL DEFAULT '',
        from_place TEXT NOT NULL DEFAULT '', route TEXT NOT NULL DEFAULT '',
        handover_point TEXT NOT NULL DEFAULT '', team_codes TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '', handover_to_family TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL)""",
    """CREATE TABLE rescue_persons (
        rescue_id INTEGER NOT NULL REFERENCES rescues(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        PRIMARY KEY (rescue_id, person_id))""",
    """CREATE TABLE rescue_costs (
        id INTEGER PRIMARY KEY,
        rescue_id INTEGER NOT NULL REFERENCES rescues(id) ON DELETE CASCADE,
        amount TEXT NOT NULL,          -- decimal as text: money is never a float
        currency TEXT NOT NULL,
        paid_to TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '',
        date_earliest TEXT, date_latest TEXT, date_text TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE provenance (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        batch_id INTEGER,              -- the import batch, when the person came from a list
        list_source TEXT NOT NULL DEFAULT '',     -- who sent the list (family, NGO, office)
        file_name TEXT NOT NULL DEFAULT '',
        file_sha256 TEXT NOT NULL DEFAULT '',
        sheet TEXT NOT NULL DEFAULT '',
        row_number INTEGER,
        raw_json TEXT NOT NULL DEFAULT '{}',
        recorded_at TEXT NOT NULL)""",
    "CREATE INDEX provenance_person ON provenance(person_id)",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_ref TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        mac TEXT NOT NULL)""",
    "CREATE INDEX audit_entity ON audit_log(entity, entity_ref)",
]
