-- Where the watch for changes made in Cal.com (issue 17) last looked, so cron's `watch` and the desktop share
-- it. Cal.com's afterUpdatedAt is inclusive: the bookings seen at exactly last_updated_at are kept too, so the
-- next look does not report them again.
CREATE TABLE calcom_watch_cursor (
    name TEXT PRIMARY KEY,
    last_updated_at TEXT NULL,
    uids_at_cursor TEXT NOT NULL DEFAULT '',
    checked_at TEXT NULL
);
