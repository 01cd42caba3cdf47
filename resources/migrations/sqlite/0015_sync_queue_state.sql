-- Speed at scale (issue 19): the sync console reads appointment-level state kept by triggers instead of
-- counting and joining over every phase.
--
-- 1. appointment_sync_state: one row per appointment with its start and service (copied, so the console's
--    lists are a range of one partial index each) and how many of its phases are failed (not archived),
--    pending, syncing, synced, archived, in all. Kept by triggers on appointments and appointment_phases,
--    so every writer (sync, lifecycle, import, table edits, plain SQL) keeps it current.
-- 2. sync_queue_counts: the console's unfiltered counts (appointments per status, failed phases) in one row,
--    kept by triggers on appointment_sync_state. SQLite has one writer at a time, so one row is enough.
-- 3. appointment_search: FTS5 with the trigram tokenizer (substring search, case-insensitive) over the
--    customer, the e-mail and the appointment's phase errors (rowid = appointment id), kept by triggers.
-- Trigger bodies avoid CASE: the Migrator ends a trigger at its first END.

CREATE TABLE appointment_sync_state (
    appointment_id INTEGER PRIMARY KEY,
    starts_at TEXT NOT NULL,
    service_id INTEGER NOT NULL,
    phases INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    syncing INTEGER NOT NULL DEFAULT 0,
    synced INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0
);

INSERT INTO appointment_sync_state (appointment_id, starts_at, service_id, phases, failed, pending, syncing,
    synced, archived)
SELECT a.id, a.starts_at, a.service_id, COUNT(p.id),
    COALESCE(SUM(p.sync_status = 'failed' AND p.archived_reason IS NULL), 0),
    COALESCE(SUM(p.sync_status = 'pending'), 0), COALESCE(SUM(p.sync_status = 'syncing'), 0),
    COALESCE(SUM(p.sync_status = 'synced'), 0), COALESCE(SUM(p.archived_reason IS NOT NULL), 0)
FROM appointments a LEFT JOIN appointment_phases p ON p.appointment_id = a.id
GROUP BY a.id;

-- The console's filters, in its order (start, id); the conditions are SyncQueueFilter::stateCondition's.
CREATE INDEX idx_sync_state_start ON appointment_sync_state(starts_at, appointment_id);
CREATE INDEX idx_sync_state_attention ON appointment_sync_state(starts_at, appointment_id)
    WHERE failed + pending + syncing > 0;
CREATE INDEX idx_sync_state_failed ON appointment_sync_state(starts_at, appointment_id) WHERE failed > 0;
CREATE INDEX idx_sync_state_pending ON appointment_sync_state(starts_at, appointment_id) WHERE pending > 0;
CREATE INDEX idx_sync_state_syncing ON appointment_sync_state(starts_at, appointment_id) WHERE syncing > 0;
CREATE INDEX idx_sync_state_synced ON appointment_sync_state(starts_at, appointment_id) WHERE synced > 0;
CREATE INDEX idx_sync_state_archived ON appointment_sync_state(starts_at, appointment_id) WHERE archived > 0;

CREATE TABLE sync_queue_counts (
    id INTEGER PRIMARY KEY,
    needs_attention INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    syncing INTEGER NOT NULL DEFAULT 0,
    synced INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    with_phases INTEGER NOT NULL DEFAULT 0,
    failed_phases INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_queue_counts (id, needs_attention, failed, pending, syncing, synced, archived, with_phases,
    failed_phases)
SELECT 1, COALESCE(SUM(failed + pending + syncing > 0), 0), COALESCE(SUM(failed > 0), 0),
    COALESCE(SUM(pending > 0), 0), COALESCE(SUM(syncing > 0), 0), COALESCE(SUM(synced > 0), 0),
    COALESCE(SUM(archived > 0), 0), COALESCE(SUM(phases > 0), 0), COALESCE(SUM(failed), 0)
FROM appointment_sync_state;

CREATE VIRTUAL TABLE appointment_search USING fts5(customer_name, customer_email, errors, tokenize = 'trigram');
INSERT INTO appointment_search (rowid, customer_name, customer_email, errors)
SELECT a.id, a.customer_name, a.customer_email,
    COALESCE((SELECT group_concat(p.sync_error, char(10)) FROM appointment_phases p
              WHERE p.appointment_id = a.id AND p.sync_error IS NOT NULL), '')
FROM appointments a;

-- appointment_sync_state -> sync_queue_counts
CREATE TRIGGER sync_queue_counts_state_insert AFTER INSERT ON appointment_sync_state
BEGIN
    UPDATE sync_queue_counts SET
        needs_attention = needs_attention + (NEW.failed + NEW.pending + NEW.syncing > 0),
        failed = failed + (NEW.failed > 0), pending = pending + (NEW.pending > 0),
        syncing = syncing + (NEW.syncing > 0), synced = synced + (NEW.synced > 0),
        archived = archived + (NEW.archived > 0), with_phases = with_phases + (NEW.phases > 0),
        failed_phases = failed_phases + NEW.failed
    WHERE id = 1;
END;
CREATE TRIGGER sync_queue_counts_state_update
AFTER UPDATE OF phases, failed, pending, syncing, synced, archived ON appointment_sync_state
BEGIN
    UPDATE sync_queue_counts SET
        needs_attention = needs_attention + (NEW.failed + NEW.pending + NEW.syncing > 0)
            - (OLD.failed + OLD.pending + OLD.syncing > 0),
        failed = failed + (NEW.failed > 0) - (OLD.failed > 0),
        pending = pending + (NEW.pending > 0) - (OLD.pending > 0),
        syncing = syncing + (NEW.syncing > 0) - (OLD.syncing > 0),
        synced = synced + (NEW.synced > 0) - (OLD.synced > 0),
        archived = archived + (NEW.archived > 0) - (OLD.archived > 0),
        with_phases = with_phases + (NEW.phases > 0) - (OLD.phases > 0),
        failed_phases = failed_phases + NEW.failed - OLD.failed
    WHERE id = 1;
END;
CREATE TRIGGER sync_queue_counts_state_delete AFTER DELETE ON appointment_sync_state
BEGIN
    UPDATE sync_queue_counts SET
        needs_attention = needs_attention - (OLD.failed + OLD.pending + OLD.syncing > 0),
        failed = failed - (OLD.failed > 0), pending = pending - (OLD.pending > 0),
        syncing = syncing - (OLD.syncing > 0), synced = synced - (OLD.synced > 0),
        archived = archived - (OLD.archived > 0), with_phases = with_phases - (OLD.phases > 0),
        failed_phases = failed_phases - OLD.failed
    WHERE id = 1;
END;

-- appointments -> appointment_sync_state, appointment_search
CREATE TRIGGER appointment_sync_state_appointment_insert AFTER INSERT ON appointments
BEGIN
    INSERT INTO appointment_sync_state (appointment_id, starts_at, service_id)
    VALUES (NEW.id, NEW.starts_at, NEW.service_id);
    INSERT INTO appointment_search (rowid, customer_name, customer_email, errors)
    VALUES (NEW.id, NEW.customer_name, NEW.customer_email, '');
END;
CREATE TRIGGER appointment_sync_state_appointment_update AFTER UPDATE OF starts_at, service_id ON appointments
WHEN OLD.starts_at IS NOT NEW.starts_at OR OLD.service_id IS NOT NEW.service_id
BEGIN
    UPDATE appointment_sync_state SET starts_at = NEW.starts_at, service_id = NEW.service_id
    WHERE appointment_id = NEW.id;
END;
CREATE TRIGGER appointment_search_appointment_update AFTER UPDATE OF customer_name, customer_email ON appointments
WHEN OLD.customer_name IS NOT NEW.customer_name OR OLD.customer_email IS NOT NEW.customer_email
BEGIN
    UPDATE appointment_search SET customer_name = NEW.customer_name, customer_email = NEW.customer_email
    WHERE rowid = NEW.id;
END;
CREATE TRIGGER appointment_sync_state_appointment_delete AFTER DELETE ON appointments
BEGIN
    DELETE FROM appointment_sync_state WHERE appointment_id = OLD.id;
    DELETE FROM appointment_search WHERE rowid = OLD.id;
END;

-- appointment_phases -> appointment_sync_state
CREATE TRIGGER appointment_sync_state_phase_insert AFTER INSERT ON appointment_phases
BEGIN
    UPDATE appointment_sync_state SET phases = phases + 1,
        failed = failed + (NEW.sync_status = 'failed' AND NEW.archived_reason IS NULL),
        pending = pending + (NEW.sync_status = 'pending'), syncing = syncing + (NEW.sync_status = 'syncing'),
        synced = synced + (NEW.sync_status = 'synced'), archived = archived + (NEW.archived_reason IS NOT NULL)
    WHERE appointment_id = NEW.appointment_id;
END;
CREATE TRIGGER appointment_sync_state_phase_update
AFTER UPDATE OF appointment_id, sync_status, archived_reason ON appointment_phases
WHEN OLD.appointment_id IS NOT NEW.appointment_id OR OLD.sync_status IS NOT NEW.sync_status
    OR (OLD.archived_reason IS NULL) <> (NEW.archived_reason IS NULL)
BEGIN
    UPDATE appointment_sync_state SET
        failed = failed + (NEW.sync_status = 'failed' AND NEW.archived_reason IS NULL)
            - (OLD.sync_status = 'failed' AND OLD.archived_reason IS NULL),
        pending = pending + (NEW.sync_status = 'pending') - (OLD.sync_status = 'pending'),
        syncing = syncing + (NEW.sync_status = 'syncing') - (OLD.sync_status = 'syncing'),
        synced = synced + (NEW.sync_status = 'synced') - (OLD.sync_status = 'synced'),
        archived = archived + (NEW.archived_reason IS NOT NULL) - (OLD.archived_reason IS NOT NULL)
    WHERE appointment_id = NEW.appointment_id AND OLD.appointment_id = NEW.appointment_id;
    UPDATE appointment_sync_state SET phases = phases - 1,
        failed = failed - (OLD.sync_status = 'failed' AND OLD.archived_reason IS NULL),
        pending = pending - (OLD.sync_status = 'pending'), syncing = syncing - (OLD.sync_status = 'syncing'),
        synced = synced - (OLD.sync_status = 'synced'), archived = archived - (OLD.archived_reason IS NOT NULL)
    WHERE appointment_id = OLD.appointment_id AND OLD.appointment_id <> NEW.appointment_id;
    UPDATE appointment_sync_state SET phases = phases + 1,
        failed = failed + (NEW.sync_status = 'failed' AND NEW.archived_reason IS NULL),
        pending = pending + (NEW.sync_status = 'pending'), syncing = syncing + (NEW.sync_status = 'syncing'),
        synced = synced + (NEW.sync_status = 'synced'), archived = archived + (NEW.archived_reason IS NOT NULL)
    WHERE appointment_id = NEW.appointment_id AND OLD.appointment_id <> NEW.appointment_id;
END;
CREATE TRIGGER appointment_sync_state_phase_delete AFTER DELETE ON appointment_phases
BEGIN
    UPDATE appointment_sync_state SET phases = phases - 1,
        failed = failed - (OLD.sync_status = 'failed' AND OLD.archived_reason IS NULL),
        pending = pending - (OLD.sync_status = 'pending'), syncing = syncing - (OLD.sync_status = 'syncing'),
        synced = synced - (OLD.sync_status = 'synced'), archived = archived - (OLD.archived_reason IS NOT NULL)
    WHERE appointment_id = OLD.appointment_id;
END;

-- appointment_phases -> appointment_search (the errors of all the appointment's phases)
CREATE TRIGGER appointment_search_phase_insert AFTER INSERT ON appointment_phases
WHEN NEW.sync_error IS NOT NULL
BEGIN
    UPDATE appointment_search SET errors = COALESCE((SELECT group_concat(p.sync_error, char(10))
        FROM appointment_phases p WHERE p.appointment_id = NEW.appointment_id AND p.sync_error IS NOT NULL), '')
    WHERE rowid = NEW.appointment_id;
END;
CREATE TRIGGER appointment_search_phase_update AFTER UPDATE OF appointment_id, sync_error ON appointment_phases
WHEN OLD.appointment_id IS NOT NEW.appointment_id OR OLD.sync_error IS NOT NEW.sync_error
BEGIN
    UPDATE appointment_search SET errors = COALESCE((SELECT group_concat(p.sync_error, char(10))
        FROM appointment_phases p WHERE p.appointment_id = NEW.appointment_id AND p.sync_error IS NOT NULL), '')
    WHERE rowid = NEW.appointment_id;
    UPDATE appointment_search SET errors = COALESCE((SELECT group_concat(p.sync_error, char(10))
        FROM appointment_phases p WHERE p.appointment_id = OLD.appointment_id AND p.sync_error IS NOT NULL), '')
    WHERE rowid = OLD.appointment_id AND OLD.appointment_id <> NEW.appointment_id;
END;
CREATE TRIGGER appointment_search_phase_delete AFTER DELETE ON appointment_phases
WHEN OLD.sync_error IS NOT NULL
BEGIN
    UPDATE appointment_search SET errors = COALESCE((SELECT group_concat(p.sync_error, char(10))
        FROM appointment_phases p WHERE p.appointment_id = OLD.appointment_id AND p.sync_error IS NOT NULL), '')
    WHERE rowid = OLD.appointment_id;
END;
