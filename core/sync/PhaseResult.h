#pragma once

#include "SyncErrorAdvice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace salon::sync
{

// Where one phase stands during a run; the console shows it live (queued -> booking -> synced/failed).
enum class PhaseStage {
    Queued,
    Claiming,
    Reconciling, // asking Cal.com whether an earlier, unanswered POST booked after all
    Resolving, // finding the event type to book
    Booking, // POST /v2/bookings in flight
    WaitingToRetry, // backoff after a rate limit, server or network error
    // final stages
    Synced,
    Skipped,
    Failed,
    Busy, // another console or cron job holds the phase
    Archived, // an archived failure, left alone
    Cancelled, // the run was cancelled before this phase was posted
    Planned, // dry run: would be booked
};

QString stageName(PhaseStage stage);
// Translated, for the console.
QString stageLabel(PhaseStage stage);
bool isFinalStage(PhaseStage stage);

// How one phase ended in a run.
struct PhaseResult {
    qint64 phaseId = 0;
    qint64 appointmentId = 0;
    QString segmentKey;
    QDateTime startsAt;
    PhaseStage stage = PhaseStage::Queued;
    qint64 bookingId = 0;
    QString bookingUid;
    qint64 eventTypeId = 0;
    bool recovered = false; // the booking was found in Cal.com (an earlier POST had booked), not posted now
    bool alreadyDone = false; // synced or skipped before this run
    int postAttempts = 0; // POSTs sent in this run
    QDateTime heldSince; // Busy: when the other run last touched its claim (invalid when unknown)
    QString message;
    std::optional<SyncErrorAdvice> advice; // set when failed

    bool isOk() const
    {
        return stage == PhaseStage::Synced || stage == PhaseStage::Skipped || stage == PhaseStage::Planned;
    }
    QJsonObject toJson() const;
};

} // namespace salon::sync

Q_DECLARE_METATYPE(salon::sync::PhaseResult)
Q_DECLARE_METATYPE(salon::sync::PhaseStage)
