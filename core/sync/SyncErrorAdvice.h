#pragma once

#include "calcom/CalcomError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace salon::eventmaps
{
class ResolveFailure;
}

namespace salon::sync
{

struct PhaseWork;

// What a failed phase means for the admin: a stable code (persisted as sync_attempts.outcome), a sentence
// with Cal.com's own message, the next step, and the tool that takes it. It also decides whether the sync
// engine may try again by itself (only rate limits, server and network trouble) or must fail fast.
struct SyncErrorAdvice {
    Q_DECLARE_TR_FUNCTIONS(SyncErrorAdvice)
public:
    // Where the admin fixes the cause; the console turns this into a link (a signal the main window handles).
    enum class Tool { None, EventMapVerifier, EventTypeWizard, Settings, MoveAppointment };

    QString code; // "managedParent", "noChildForHost", "slotUnavailable", "auth", ... (sync_attempts.outcome)
    QString message; // what happened, with Cal.com's message
    QString nextStep; // what to do about it
    Tool tool = Tool::None;
    bool retryable = false; // the engine retries by itself with backoff (rateLimited, server, network)
    // The request may have been processed although no clear answer came (timeout, reset, 5xx): a booking
    // may exist, so Cal.com must be asked (reconcile) before anything is posted again.
    bool outcomeUnclear = false;
    // The cause is the run's, not the phase's (the key is refused, the database cannot be written): the
    // batch stops, this phase is given back as it was, and the CLI exits 2.
    bool stopsRun = false;
    int httpStatus = 0;

    // message and next step in one text, as sync_error stores it.
    QString text() const;
    // A stored sync_error as the desktop shows it, in the salon's words: a raw Cal.com answer of older
    // versions ("HTTP 400 BadRequestException: …") becomes the sentence and next step for its category, and
    // Cal.com's own quoted English is left out of an advice text. Keep the stored text for tooltips and
    // details.
    static QString readable(const QString& stored);

    static SyncErrorAdvice forCalcomError(const calcom::CalcomError& error, bool whilePosting);
    static SyncErrorAdvice forResolveFailure(const eventmaps::ResolveFailure& failure);
    // The staff-required phase has no staff member, or the map has no row for (service, segment, staff).
    static SyncErrorAdvice missingEventMap(
        qint64 serviceId, const QString& segmentKey, const QString& staffName);
    static SyncErrorAdvice missingStaff();
    // One of the two above when the phase cannot be booked as it is, else nullopt.
    static std::optional<SyncErrorAdvice> unbookable(const PhaseWork& work);
    static SyncErrorAdvice databaseError(const QString& message);
    // The database failed before anything was sent for the phase (it cannot be read or claimed).
    static SyncErrorAdvice databaseUnusable(const QString& message);
    // Cal.com booked, but storing the booking failed; the phase was stored failed (attempt 'unclear'), or,
    // with staleSeconds >= 0, even that failed and it stays 'syncing' under the run's claim. The next step
    // says what the next run does about it.
    static SyncErrorAdvice bookingNotStored(
        qint64 bookingId, const QString& bookingUid, const QString& cause, int staleSeconds = -1);
    // Busy: since when another run holds the phase, and when its claim is taken over.
    // since: when the claim was last touched (invalid: unknown).
    static QString heldElsewhere(const QDateTime& since, int staleSeconds);
    // A claim this run could not end: it stays until a later run takes it over (`cause`: why it could not
    // be ended, when known).
    static QString claimLeftHeld(int staleSeconds, const QString& cause = {});
    static QString toolName(Tool tool);
    // The tool for a persisted outcome code (sync_attempts.outcome), for failures read back from the
    // database.
    static Tool toolForCode(const QString& code);
    // The translated label of a tool's link ("Verify event maps", ...).
    static QString toolLabel(Tool tool);
    // A persisted attempt outcome (sync_attempts.outcome: "synced", "posting", an error code, ...) in the
    // salon's words, for the console's attempts list; an unknown code is returned as it is.
    static QString outcomeLabel(const QString& outcome);
};

} // namespace salon::sync
