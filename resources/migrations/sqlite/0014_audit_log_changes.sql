-- audit_log becomes a watched table (0004): a write that adds only audit entries (a run that changed
-- nothing else, an entry written by another program) reaches an open History page at once, not at the
-- next other change. Entries are only ever inserted; the parent key is the entry's run.
CREATE TRIGGER audit_log_changed_insert AFTER INSERT ON audit_log
BEGIN
    INSERT INTO change_log (table_name, row_key, parent_key)
    VALUES ('audit_log', CAST(NEW.id AS TEXT), NEW.run_id);
END;
