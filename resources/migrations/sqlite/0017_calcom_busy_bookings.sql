-- Busy time in Cal.com that Salon Admin did not book (issue 18): bookings hosted by a staff member without
-- our metadata.salonPhaseId, as the looks for changes (watch, the desktop's poller) and the reconcile pass
-- already list them, kept so the Day page greys them in the staff member's column without a request of its
-- own. Only host, event type and times: the booking's title and attendees stay in Cal.com. Watched like the
-- tables of 0004, so an open Day page shows a new one without reload.
CREATE TABLE calcom_busy_bookings (
    booking_uid TEXT PRIMARY KEY,
    calcom_user_id INTEGER NOT NULL,
    event_type_id INTEGER NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX idx_calcom_busy_bookings_starts_at ON calcom_busy_bookings(starts_at);

CREATE TRIGGER calcom_busy_bookings_changed_insert AFTER INSERT ON calcom_busy_bookings
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_busy_bookings', NEW.booking_uid, NULL);
END;
CREATE TRIGGER calcom_busy_bookings_changed_update AFTER UPDATE ON calcom_busy_bookings
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_busy_bookings', NEW.booking_uid, NULL);
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'calcom_busy_bookings', OLD.booking_uid, NULL WHERE OLD.booking_uid IS NOT NEW.booking_uid;
END;
CREATE TRIGGER calcom_busy_bookings_changed_delete AFTER DELETE ON calcom_busy_bookings
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_busy_bookings', OLD.booking_uid, NULL);
END;
