-- Change notifications for every table the GUI shows (issue 15). Each insert, update and delete of a
-- watched row appends (table, key, parent key) to change_log; the change watcher of every process
-- (core/db/ChangeWatcher) reads the entries after its cursor on its own thread, cheaply by primary key,
-- so an open page re-reads just those rows — whoever wrote them (the GUI, a cron job, another window).
-- The parent key lets a page refresh the rows that show a child (an appointment's phases, a service's
-- segments and performers). The newest 50,000 entries are kept: a watcher that fell further behind
-- re-reads everything.
-- Any later migration that rebuilds one of these tables must create its three triggers again.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    parent_key TEXT NULL
);

CREATE TRIGGER change_log_keep_recent AFTER INSERT ON change_log
BEGIN
    DELETE FROM change_log WHERE id <= NEW.id - 50000;
END;

CREATE TRIGGER services_changed_insert AFTER INSERT ON services
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('services', CAST(NEW.id AS TEXT), NULL);
END;
CREATE TRIGGER services_changed_update AFTER UPDATE ON services
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('services', CAST(NEW.id AS TEXT), NULL);
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'services', CAST(OLD.id AS TEXT), NULL WHERE CAST(OLD.id AS TEXT) IS NOT CAST(NEW.id AS TEXT);
END;
CREATE TRIGGER services_changed_delete AFTER DELETE ON services
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('services', CAST(OLD.id AS TEXT), NULL);
END;

CREATE TRIGGER service_segments_changed_insert AFTER INSERT ON service_segments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_segments', CAST(NEW.id AS TEXT), CAST(NEW.service_id AS TEXT));
END;
CREATE TRIGGER service_segments_changed_update AFTER UPDATE ON service_segments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_segments', CAST(NEW.id AS TEXT), CAST(NEW.service_id AS TEXT));
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'service_segments', CAST(OLD.id AS TEXT), CAST(OLD.service_id AS TEXT) WHERE CAST(OLD.id AS TEXT) IS NOT CAST(NEW.id AS TEXT) OR CAST(OLD.service_id AS TEXT) IS NOT CAST(NEW.service_id AS TEXT);
END;
CREATE TRIGGER service_segments_changed_delete AFTER DELETE ON service_segments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_segments', CAST(OLD.id AS TEXT), CAST(OLD.service_id AS TEXT));
END;

CREATE TRIGGER staff_changed_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('staff', NEW.id, NULL);
END;
CREATE TRIGGER staff_changed_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('staff', NEW.id, NULL);
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'staff', OLD.id, NULL WHERE OLD.id IS NOT NEW.id;
END;
CREATE TRIGGER staff_changed_delete AFTER DELETE ON staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('staff', OLD.id, NULL);
END;

CREATE TRIGGER service_staff_changed_insert AFTER INSERT ON service_staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_staff', CAST(NEW.service_id AS TEXT) || '/' || NEW.staff_id, CAST(NEW.service_id AS TEXT));
END;
CREATE TRIGGER service_staff_changed_update AFTER UPDATE ON service_staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_staff', CAST(NEW.service_id AS TEXT) || '/' || NEW.staff_id, CAST(NEW.service_id AS TEXT));
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'service_staff', CAST(OLD.service_id AS TEXT) || '/' || OLD.staff_id, CAST(OLD.service_id AS TEXT) WHERE CAST(OLD.service_id AS TEXT) || '/' || OLD.staff_id IS NOT CAST(NEW.service_id AS TEXT) || '/' || NEW.staff_id OR CAST(OLD.service_id AS TEXT) IS NOT CAST(NEW.service_id AS TEXT);
END;
CREATE TRIGGER service_staff_changed_delete AFTER DELETE ON service_staff
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('service_staff', CAST(OLD.service_id AS TEXT) || '/' || OLD.staff_id, CAST(OLD.service_id AS TEXT));
END;

CREATE TRIGGER calcom_event_map_changed_insert AFTER INSERT ON calcom_event_map
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_event_map', CAST(NEW.id AS TEXT), CAST(NEW.service_id AS TEXT));
END;
CREATE TRIGGER calcom_event_map_changed_update AFTER UPDATE ON calcom_event_map
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_event_map', CAST(NEW.id AS TEXT), CAST(NEW.service_id AS TEXT));
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'calcom_event_map', CAST(OLD.id AS TEXT), CAST(OLD.service_id AS TEXT) WHERE CAST(OLD.id AS TEXT) IS NOT CAST(NEW.id AS TEXT) OR CAST(OLD.service_id AS TEXT) IS NOT CAST(NEW.service_id AS TEXT);
END;
CREATE TRIGGER calcom_event_map_changed_delete AFTER DELETE ON calcom_event_map
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('calcom_event_map', CAST(OLD.id AS TEXT), CAST(OLD.service_id AS TEXT));
END;

CREATE TRIGGER appointments_changed_insert AFTER INSERT ON appointments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointments', CAST(NEW.id AS TEXT), NULL);
END;
CREATE TRIGGER appointments_changed_update AFTER UPDATE ON appointments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointments', CAST(NEW.id AS TEXT), NULL);
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'appointments', CAST(OLD.id AS TEXT), NULL WHERE CAST(OLD.id AS TEXT) IS NOT CAST(NEW.id AS TEXT);
END;
CREATE TRIGGER appointments_changed_delete AFTER DELETE ON appointments
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointments', CAST(OLD.id AS TEXT), NULL);
END;

CREATE TRIGGER appointment_phases_changed_insert AFTER INSERT ON appointment_phases
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointment_phases', CAST(NEW.id AS TEXT), CAST(NEW.appointment_id AS TEXT));
END;
CREATE TRIGGER appointment_phases_changed_update AFTER UPDATE ON appointment_phases
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointment_phases', CAST(NEW.id AS TEXT), CAST(NEW.appointment_id AS TEXT));
    INSERT INTO change_log (table_name, row_key, parent_key)
        SELECT 'appointment_phases', CAST(OLD.id AS TEXT), CAST(OLD.appointment_id AS TEXT) WHERE CAST(OLD.id AS TEXT) IS NOT CAST(NEW.id AS TEXT) OR CAST(OLD.appointment_id AS TEXT) IS NOT CAST(NEW.appointment_id AS TEXT);
END;
CREATE TRIGGER appointment_phases_changed_delete AFTER DELETE ON appointment_phases
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key) VALUES ('appointment_phases', CAST(OLD.id AS TEXT), CAST(OLD.appointment_id AS TEXT));
END;
