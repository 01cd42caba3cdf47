-- SQLite has no LISTEN/NOTIFY: the sync console polls appointment_phases.updated_at (indexed since 0001).
-- The reconcile-first rule reads the latest attempt of a phase.
CREATE INDEX idx_sync_attempts_phase_started ON sync_attempts(phase_id, started_at);
