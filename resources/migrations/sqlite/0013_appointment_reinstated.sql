-- An appointment set back from 'cancelled' to 'scheduled' (the admin changed their mind, an import, another
-- program) is to be booked again: its cancelled steps become 'pending' so the next sync books them. Their
-- references to the cancelled bookings go (the audit row keeps them); the sync engine looks each step up in
-- Cal.com by metadata.salonPhaseId before it books, so a booking still live is found, not doubled.
-- A trigger, so every path that writes the status (table edit, import, SQL) gets the same rule.
CREATE TRIGGER appointment_reinstated_rebooks_steps
AFTER UPDATE OF status ON appointments
WHEN OLD.status = 'cancelled' AND NEW.status = 'scheduled'
BEGIN
    INSERT INTO audit_log (at, actor, action, subject, before_json, after_json, run_id)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'database', 'phase.reinstated',
           'appointment_phases/' || id,
           json_object('syncStatus', sync_status, 'calcomBookingId', calcom_booking_id,
                       'calcomBookingUid', calcom_booking_uid),
           json_object('syncStatus', 'pending'), NULL
    FROM appointment_phases
    WHERE appointment_id = NEW.id AND sync_status = 'cancelled';
    UPDATE appointment_phases
    SET sync_status = 'pending', calcom_booking_id = NULL, calcom_booking_uid = NULL, sync_error = NULL,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE appointment_id = NEW.id AND sync_status = 'cancelled';
END;
