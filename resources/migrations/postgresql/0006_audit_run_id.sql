-- Every audit entry names the run that made it (a wizard run, a sync batch, an import, one edit), so
-- history can show a run as one thing and undo-run can find what a wizard run created (issue 20).
-- Entries written before this migration keep run_id NULL: no run id can be told apart for them, and
-- history lists them as entries without a run (docs/rehearsal.md).
ALTER TABLE audit_log ADD COLUMN run_id TEXT NULL;
CREATE INDEX idx_audit_log_run ON audit_log(run_id, id);
