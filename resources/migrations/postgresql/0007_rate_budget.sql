-- One request budget for every process on a Cal.com key (the desktop, cron's sync, other admins' desktops):
-- each send is reserved here before it goes out (core/calcom/DatabaseRateBudget). key_hash is a SHA-256 of
-- the base URL and the key; the key itself is never stored. Rows older than two windows are pruned.
CREATE TABLE rate_budget (
    key_hash TEXT PRIMARY KEY,
    -- A 429 seen by any process holds all of them until then (milliseconds since the epoch).
    blocked_until_ms BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE rate_budget_sends (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key_hash TEXT NOT NULL,
    sent_at_ms BIGINT NOT NULL,
    -- Which process reserved it (an opaque id per limiter), to judge how far answers may be reordered.
    owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_rate_budget_sends_key_time ON rate_budget_sends(key_hash, sent_at_ms);
