-- Change notifications for every table the GUI shows (issue 15): each insert, update and delete of a
-- watched row notifies 'salon_changed' with "table<TAB>key<TAB>parent key", so the change watcher of
-- every process (core/db/ChangeWatcher, LISTEN on its own connection) lets open pages re-read just those
-- rows. pg_notify is transactional: listeners hear of a change once it is committed. The parent key lets
-- a page refresh the rows that show a child (an appointment's phases, a service's segments).
-- This replaces 0002's phase-only channel 'salon_phase_changed'.
-- Any later migration that recreates one of these tables must create its trigger again.

DROP TRIGGER IF EXISTS appointment_phases_notify ON appointment_phases;
DROP FUNCTION IF EXISTS salon_notify_phase_changed();

CREATE OR REPLACE FUNCTION salon_change_payload(table_name text, r jsonb, key_columns text[], parent_column text)
RETURNS text AS $$
    SELECT table_name || E'\t'
        || (SELECT string_agg(r ->> k.c, '/' ORDER BY k.ord) FROM unnest(key_columns) WITH ORDINALITY AS k(c, ord))
        || E'\t' || COALESCE(r ->> NULLIF(parent_column, ''), '');
$$ LANGUAGE sql IMMUTABLE;

-- TG_ARGV[0]: the key column(s), comma-separated; TG_ARGV[1]: the parent key column or ''.
CREATE OR REPLACE FUNCTION salon_notify_row_changed() RETURNS trigger AS $$
DECLARE
    key_columns text[] := string_to_array(TG_ARGV[0], ',');
    new_payload text;
    old_payload text;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        new_payload := salon_change_payload(TG_TABLE_NAME, to_jsonb(NEW), key_columns, TG_ARGV[1]);
        PERFORM pg_notify('salon_changed', new_payload);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_payload := salon_change_payload(TG_TABLE_NAME, to_jsonb(OLD), key_columns, TG_ARGV[1]);
        IF new_payload IS NULL OR old_payload <> new_payload THEN
            PERFORM pg_notify('salon_changed', old_payload);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER services_changed AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', '');
CREATE TRIGGER service_segments_changed AFTER INSERT OR UPDATE OR DELETE ON service_segments
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', 'service_id');
CREATE TRIGGER staff_changed AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', '');
CREATE TRIGGER service_staff_changed AFTER INSERT OR UPDATE OR DELETE ON service_staff
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('service_id,staff_id', 'service_id');
CREATE TRIGGER calcom_event_map_changed AFTER INSERT OR UPDATE OR DELETE ON calcom_event_map
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', 'service_id');
CREATE TRIGGER appointments_changed AFTER INSERT OR UPDATE OR DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', '');
CREATE TRIGGER appointment_phases_changed AFTER INSERT OR UPDATE OR DELETE ON appointment_phases
    FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', 'appointment_id');
