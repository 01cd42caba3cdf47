#pragma once

#include <QString>

namespace salon::lifecycle
{

// How a lifecycle job works. The salon's time zone decides what "a day" is (slot checks, a sick day) and is
// the zone times are shown in; starts always go to Cal.com in UTC.
struct LifecycleOptions {
    QString timeZone = QStringLiteral("Europe/Berlin");
    QString attendeeLanguage = QStringLiteral("de");
    // Who the audit log names, and the run its entries belong to (audit_log.run_id; empty: a fresh one of
    // the job's kind, e.g. "move-20261201T101500-3fa29c").
    QString actor = QStringLiteral("lifecycle");
    QString runId;
    // Plan and check availability; change nothing in the database or in Cal.com.
    bool dryRun = false;
    // Appointments changed at the same time (their steps run one after another); the shared RateLimiter
    // paces the requests themselves.
    int concurrency = 4;
    // Before planning, finish (or roll back) the unfinished changes of the appointments involved.
    bool finishOwedFirst = true;
};

} // namespace salon::lifecycle
