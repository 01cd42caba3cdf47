-- audit_log becomes a watched table (0004): a write that adds only audit entries (a run that changed
-- nothing else, an entry written by another program) reaches an open History page at once, not at the
-- next other change. Entries are only ever inserted; the parent key is the entry's run.
CREATE TRIGGER audit_log_changed AFTER INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION salon_notify_row_changed('id', 'run_id');
