-- salon:rebuilds-tables
-- Lifecycle (issue 16): cancel, move and re-staff appointments in Cal.com.
--
-- 1. appointment_phases.sync_status gains 'cancelled'. SQLite cannot alter a CHECK, so the table is rebuilt
--    the documented way (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): the marker
--    above makes the Migrator switch foreign keys off outside the transaction (DROP TABLE would otherwise
--    cascade into sync_attempts) and run PRAGMA foreign_key_check before it commits. Ids are copied, so
--    sync_attempts.phase_id still points at the same rows; the indexes of 0001 are created again.
CREATE TABLE appointment_phases_rebuilt (
    id INTEGER PRIMARY KEY,
    appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    segment_key TEXT NOT NULL,
    staff_id TEXT NULL REFERENCES staff(id),
    staff_required INTEGER NOT NULL DEFAULT 1 CHECK (staff_required IN (0, 1)),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    sync_status TEXT NOT NULL DEFAULT 'pending'
        CHECK (sync_status IN ('pending', 'syncing', 'synced', 'failed', 'skipped', 'cancelled')),
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
INSERT INTO appointment_phases_rebuilt (id, appointment_id, segment_key, staff_id, staff_required, starts_at,
    ends_at, sync_status, calcom_booking_id, calcom_booking_uid, sync_error, sync_attempts, last_sync_at,
    sync_claim_token, archived_reason, updated_at)
SELECT id, appointment_id, segment_key, staff_id, staff_required, starts_at, ends_at, sync_status,
    calcom_booking_id, calcom_booking_uid, sync_error, sync_attempts, last_sync_at, sync_claim_token,
    archived_reason, updated_at
FROM appointment_phases;
DROP TABLE appointment_phases;
ALTER TABLE appointment_phases_rebuilt RENAME TO appointment_phases;
CREATE INDEX idx_phases_appointment ON appointment_phases(appointment_id);
CREATE INDEX idx_phases_status_start ON appointment_phases(sync_status, starts_at);
CREATE INDEX idx_phases_staff ON appointment_phases(staff_id);
CREATE INDEX idx_phases_updated ON appointment_phases(updated_at);

-- 2. The durable record of lifecycle work (docs/lifecycle.md). One operation per appointment and change;
--    one step per phase, written BEFORE any Cal.com request, so a crash or a transient failure is finished
--    (or rolled back) by the next run. Rows stay after the work is done: they are the phase's booking
--    history (old and new uid of every cancel, reschedule and re-booking).
CREATE TABLE lifecycle_operations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'move', 'restaff', 'compensate')),
    appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    -- open: steps are run (or owed); undoing: a step failed, done steps are put back; done/undone: finished.
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'undoing', 'done', 'undone')),
    reason TEXT NULL,
    actor TEXT NOT NULL,
    -- The appointment's start and status before, and what they become when the operation is done.
    before_starts_at TEXT NULL,
    before_status TEXT NULL,
    after_starts_at TEXT NULL,
    after_status TEXT NULL,
    -- The run that works on it now ("host:pid:uuid"); NULL when nobody does (owed work).
    claim_token TEXT NULL,
    error TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_lifecycle_operations_state ON lifecycle_operations(state);
CREATE INDEX idx_lifecycle_operations_appointment ON lifecycle_operations(appointment_id);
-- At most one unfinished operation per appointment: two consoles cannot change it at once.
CREATE UNIQUE INDEX idx_lifecycle_operations_one_open ON lifecycle_operations(appointment_id)
    WHERE state IN ('open', 'undoing');

CREATE TABLE lifecycle_steps (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES lifecycle_operations(id) ON DELETE CASCADE,
    phase_id INTEGER NOT NULL REFERENCES appointment_phases(id) ON DELETE CASCADE,
    -- Order of execution within the operation; undo steps come after the steps they undo.
    position INTEGER NOT NULL,
    -- cancel: POST .../cancel; reschedule: POST .../reschedule; rebook: book the new, then cancel the old;
    -- update: a phase without a booking, changed in the database only.
    action TEXT NOT NULL CHECK (action IN ('cancel', 'reschedule', 'rebook', 'update')),
    undo_of INTEGER NULL REFERENCES lifecycle_steps(id),
    -- planned -> sent (the request may have reached Cal.com) -> booked (rebook: the new booking exists,
    -- the old one is still to be cancelled) -> done; failed (will not be done); skipped (not needed any more).
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'sent', 'booked', 'done', 'failed', 'skipped')),
    old_booking_id INTEGER NULL,
    old_booking_uid TEXT NULL,
    new_booking_id INTEGER NULL,
    new_booking_uid TEXT NULL,
    old_staff_id TEXT NULL,
    new_staff_id TEXT NULL,
    old_starts_at TEXT NOT NULL,
    old_ends_at TEXT NOT NULL,
    new_starts_at TEXT NOT NULL,
    new_ends_at TEXT NOT NULL,
    -- rebook: the event type the new booking goes to, and the one the old booking was on (for an undo).
    event_type_id INTEGER NULL,
    old_event_type_id INTEGER NULL,
    length_minutes INTEGER NULL,
    -- The phase's sync_status once a cancel step is done ('cancelled', or 'pending' after a compensation).
    status_after TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER NULL,
    error TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_lifecycle_steps_operation ON lifecycle_steps(operation_id, position);
CREATE INDEX idx_lifecycle_steps_phase ON lifecycle_steps(phase_id);
