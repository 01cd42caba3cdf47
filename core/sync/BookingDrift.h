#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace salon::sync
{

// One difference between a synced phase and its booking in Cal.com, found by the reconcile pass.
struct BookingDrift {
    enum class Kind {
        Missing, // Cal.com does not know the booking any more
        Cancelled, // cancelled (or rejected) in Cal.com
        Rescheduled, // moved in Cal.com: the old booking is cancelled and points at a new one
        TimeChanged, // the booking's start differs from the phase's
        HostChanged, // another host than the phase's staff member
        Duplicate, // a second active booking carries the same salonPhaseId
        Untracked, // an active booking carries a salonPhaseId whose phase is not synced locally
    };

    Kind kind = Kind::Missing;
    qint64 phaseId = 0;
    qint64 appointmentId = 0;
    QString segmentKey;
    QString customerName;
    qint64 bookingId = 0;
    QString bookingUid;
    QString otherBookingUid; // Rescheduled: the new booking; Duplicate: the extra one
    QDateTime expectedStart;
    QDateTime actualStart;
    QString expectedHost;
    QString actualHost;
    QString message; // translated, one sentence

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

} // namespace salon::sync
