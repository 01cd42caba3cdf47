#pragma once

#include "calcom/CalcomError.h"

#include <QCoreApplication>
#include <QString>

namespace salon::eventmaps
{
class ResolveFailure;
}

namespace salon::sync
{

// What a failed phase means for the admin: a stable code (persisted as sync_attempts.outcome), a sentence
// with Cal.com's own message, the next step, and the tool that takes it. It also decides whether the sync
// engine may try again by itself (only rate limits, server and network trouble) or must fail fast.
struct SyncErrorAdvice {
    Q_DECLARE_TR_FUNCTIONS(SyncErrorAdvice)
public:
    // Where the admin fixes the cause; the console turns this into a link (a signal the main window handles).
    enum class Tool { None, EventMapVerifier, EventTypeWizard, Settings };

    QString code; // "managedParent", "noChildForHost", "slotUnavailable", "auth", ... (sync_attempts.outcome)
    QString message; // what happened, with Cal.com's message
    QString nextStep; // what to do about it
    Tool tool = Tool::None;
    bool retryable = false; // the engine retries by itself with backoff (rateLimited, server, network)
    // The request may have been processed although no clear answer came (timeout, reset, 5xx): a booking
    // may exist, so Cal.com must be asked (reconcile) before anything is posted again.
    bool outcomeUnclear = false;
    int httpStatus = 0;

    // message and next step in one text, as sync_error stores it.
    QString text() const;

    static SyncErrorAdvice forCalcomError(const calcom::CalcomError& error, bool whilePosting);
    static SyncErrorAdvice forResolveFailure(const eventmaps::ResolveFailure& failure);
    // The staff-required phase has no staff member, or the map has no row for (service, segment, staff).
    static SyncErrorAdvice missingEventMap(
        qint64 serviceId, const QString& segmentKey, const QString& staffName);
    static SyncErrorAdvice missingStaff();
    static SyncErrorAdvice databaseError(const QString& message);
    static QString toolName(Tool tool);
    // The tool for a persisted outcome code (sync_attempts.outcome), for failures read back from the
    // database.
    static Tool toolForCode(const QString& code);
    // The translated label of a tool's link ("Verify event maps", ...).
    static QString toolLabel(Tool tool);
};

} // namespace salon::sync
