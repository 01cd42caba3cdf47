#pragma once

#include <QString>

namespace salon::lifecycle
{

// How a lifecycle job works. The salon's time zone decides what "a day" is (slot checks, a sick day) and is
// the zone times are shown in; starts always go to Cal.com in UTC.
struct LifecycleOptions {
    QString timeZone = QStringLiteral("Europe/Berlin");
    QString attendeeLanguage = QStringLiteral("de");
    // Who the audit log names.
    QString actor = QStringLiteral("lifecycle");
    // Plan and check availability; change nothing in the database or in Cal.com.
    bool dryRun = false;
    // Appointments changed at the same time (their steps run one after another); the shared RateLimiter
    // paces the requests themselves.
    int concurrency = 4;
    // Before planning, finish (or roll back) the unfinished changes of the appointments involved.
    bool finishOwedFirst = true;
};

} // namespace salon::lifecycle
