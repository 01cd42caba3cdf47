-- Busy time in Cal.com that Salon Admin did not book (issue 18): bookings hosted by a staff member without
-- our metadata.salonPhaseId, as the looks for changes (watch, the desktop's poller) and the reconcile pass
-- already list them, kept so the Day page greys them in the staff member's column without a request of its
-- own. Only host, event type and times: the booking's title and attendees stay in Cal.com. Watched like the
-- tables of 0004, so an open Day page shows a new one without reload.
CREATE TABLE calcom_busy_bookings (
    booking_uid TEXT PRIMARY KEY,
    calcom_user_id BIGINT NOT NULL,
    event_type_id BIGINT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_calcom_busy_bookings_starts_at ON calcom_busy_bookings(starts_at);

CREATE TRIGGER calcom_busy_bookings_changed AFTER INSERT OR UPDATE OR DELETE ON calcom_busy_bookings
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('booking_uid', '');
