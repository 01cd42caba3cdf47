#pragma once

#include <QString>

namespace salon::sync
{

// How a sync run books. The attendee's time zone is the salon's (the booking's start is always sent in UTC).
struct SyncOptions {
    QString attendeeTimeZone = QStringLiteral("Europe/Berlin");
    QString attendeeLanguage = QStringLiteral("de");
    // A 'syncing' claim untouched for this long belongs to a crashed run and is taken over (then reconciled).
    int staleClaimAfterSeconds = 15 * 60;
    // Phases booked at the same time; the shared RateLimiter paces the requests themselves.
    int concurrency = 4;
    // Resolve and report what would be booked; change nothing in the database or in Cal.com.
    bool dryRun = false;
    // Also retry failures the admin archived (an explicit "retry this phase").
    bool includeArchived = false;
    // First booking as one (docs/lifecycle.md): before an appointment's first booking, check that all its
    // staff steps are free and book none when one is busy...
    bool checkAppointmentFirst = true;
    // ...and when a step still fails after others were booked in the same run, cancel those again, unless
    // the admin wants to keep a partial booking.
    bool keepPartialBookings = false;
    // Who the audit log names.
    QString actor = QStringLiteral("sync");
    // The run id its audit entries carry (history, undo-run); empty = the batch makes one.
    QString runId;
};

} // namespace salon::sync
