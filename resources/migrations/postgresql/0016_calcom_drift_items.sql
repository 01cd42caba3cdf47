-- Changes made in Cal.com that a look found and nobody settled yet (issue 17), so they are listed again
-- after a restart and cron's `watch` and the desktop share them: one row per change (item_key: the phase id,
-- or "phase/uid" for a second booking), with the newest state of the phase's bookings as Cal.com sent them
-- (bookings, a JSON array): each read compares them with the phase again, so a change settled elsewhere
-- (a sync, another program) drops out. state 'kept': the admin kept the salon's plan; the change comes back
-- only when Cal.com's side differs from fingerprint. Applied changes are deleted.
CREATE TABLE calcom_drift_items (
    item_key TEXT PRIMARY KEY,
    phase_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept')),
    fingerprint TEXT NOT NULL DEFAULT '',
    bookings TEXT NOT NULL DEFAULT '[]',
    found_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX calcom_drift_items_phase ON calcom_drift_items (phase_id);

-- Watched (0004): an open "Changed in Cal.com" tab reads again when cron's watch or a reconcile writes.
CREATE TRIGGER calcom_drift_items_changed AFTER INSERT OR UPDATE OR DELETE ON calcom_drift_items
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('item_key', 'phase_id');
