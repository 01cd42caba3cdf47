-- Salon Admin schema, version 1 (SQLite).
-- Table and column names follow the booking system's own (see the incident report) so the tool
-- can run against its data. Timestamps are ISO-8601 UTC text ("2030-11-25T09:00:00.000Z").

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    is_composite INTEGER NOT NULL DEFAULT 0 CHECK (is_composite IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE service_segments (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    segment_key TEXT NOT NULL CHECK (length(trim(segment_key)) > 0),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    staff_required INTEGER NOT NULL DEFAULT 1 CHECK (staff_required IN (0, 1)),
    UNIQUE (service_id, segment_key)
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email TEXT NOT NULL DEFAULT '',
    calcom_user_id INTEGER NULL CHECK (calcom_user_id IS NULL OR calcom_user_id > 0),
    calcom_username TEXT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE service_staff (
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, staff_id)
);

CREATE TABLE calcom_event_map (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    segment_key TEXT NOT NULL,
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    event_type_id INTEGER NOT NULL CHECK (event_type_id > 0),
    child_event_type_id INTEGER NULL CHECK (child_event_type_id IS NULL OR child_event_type_id > 0),
    child_resolved_at TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (service_id, segment_key, staff_id),
    -- The incident's poison: a parent MANAGED id stored as its own child.
    CONSTRAINT event_map_child_differs_from_parent
        CHECK (child_event_type_id IS NULL OR child_event_type_id <> event_type_id)
);
CREATE INDEX idx_event_map_event_type ON calcom_event_map(event_type_id);
CREATE INDEX idx_event_map_staff ON calcom_event_map(staff_id);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services(id),
    customer_name TEXT NOT NULL,
    customer_email TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled',
    created_at TEXT NOT NULL
);
CREATE INDEX idx_appointments_starts_at ON appointments(starts_at);
CREATE INDEX idx_appointments_service ON appointments(service_id);

CREATE TABLE appointment_phases (
    id INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    segment_key TEXT NOT NULL,
    staff_id TEXT NULL REFERENCES staff(id),
    staff_required INTEGER NOT NULL DEFAULT 1 CHECK (staff_required IN (0, 1)),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    sync_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (sync_status IN ('pending', 'syncing', 'synced', 'failed', 'skipped')),
    calcom_booking_id INTEGER NULL,
    calcom_booking_uid TEXT NULL,
    sync_error TEXT NULL,
    sync_attempts INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT NULL,
    -- Who holds a phase while it is 'syncing', so two consoles or a cron job never book it twice.
    sync_claim_token TEXT NULL,
    -- A known-benign failure the admin archived, with the reason (history stays in sync_attempts).
    archived_reason TEXT NULL,
    -- Bumped on every change; the console polls "changed since" on SQLite.
    updated_at TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX idx_phases_appointment ON appointment_phases(appointment_id);
CREATE INDEX idx_phases_status_start ON appointment_phases(sync_status, starts_at);
CREATE INDEX idx_phases_staff ON appointment_phases(staff_id);
CREATE INDEX idx_phases_updated ON appointment_phases(updated_at);

CREATE TABLE sync_attempts (
    id INTEGER PRIMARY KEY,
    phase_id INTEGER NOT NULL REFERENCES appointment_phases(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    http_status INTEGER NULL,
    outcome TEXT NOT NULL,
    message TEXT NULL
);
CREATE INDEX idx_sync_attempts_phase ON sync_attempts(phase_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    before_json TEXT NULL,
    after_json TEXT NULL
);
CREATE INDEX idx_audit_log_at ON audit_log(at);
