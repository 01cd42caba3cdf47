#pragma once

#include "SyncStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace salon
{

// One segment of an appointment as booked (or skipped) in Cal.com.
struct AppointmentPhase {
    qint64 id = 0;
    qint64 appointmentId = 0;
    QString segmentKey;
    QString staffId; // empty for a gap without staff
    bool staffRequired = true;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    SyncStatus syncStatus = SyncStatus::Pending;
    std::optional<qint64> calcomBookingId;
    QString calcomBookingUid;
    QString syncError;
    int syncAttempts = 0;
    QDateTime lastSyncAt;
    QDateTime updatedAt;

    bool operator==(const AppointmentPhase&) const = default;
};

struct Appointment {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString customerName;
    QString customerEmail;
    QDateTime startsAt; // UTC
    QString status = QStringLiteral("scheduled");
    QDateTime createdAt;
    QList<AppointmentPhase> phases;

    bool operator==(const Appointment&) const = default;
};

} // namespace salon
