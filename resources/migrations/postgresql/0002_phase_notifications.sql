-- Live status across instances (sync console, cron jobs): every change of a phase notifies
-- 'salon_phase_changed' with the phase id, so consoles subscribed through QSqlDriver see it at once.
-- pg_notify is transactional: listeners hear of a change only once it is committed.

CREATE OR REPLACE FUNCTION salon_notify_phase_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('salon_phase_changed', OLD.id::text);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('salon_phase_changed', NEW.id::text);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER appointment_phases_notify
    AFTER INSERT OR UPDATE OR DELETE ON appointment_phases
    FOR EACH ROW EXECUTE FUNCTION salon_notify_phase_changed();

-- The reconcile-first rule reads the latest attempt of a phase.
CREATE INDEX idx_sync_attempts_phase_started ON sync_attempts(phase_id, started_at);
