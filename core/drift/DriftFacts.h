#pragma once

#include "calcom/Booking.h"
#include "domain/SyncStatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace salon::drift
{

// What the classifier knows besides the findings: the bookings Cal.com returned (by uid, to follow a
// reschedule chain), every phase of the appointments involved (to check the composite chain) and the staff
// members by Cal.com user (to follow a host change). Read by DriftRepository; plain values.
struct DriftFacts {
    struct Phase {
        qint64 id = 0;
        qint64 appointmentId = 0;
        QString segmentKey;
        QDateTime startsAt;
        QDateTime endsAt;
        bool staffRequired = true;
        SyncStatus status = SyncStatus::Pending;
        QString staffId;
        QString bookingUid;
    };
    struct Staff {
        QString id;
        QString name;
    };

    QHash<QString, calcom::Booking> bookings; // by uid
    QHash<qint64, Phase> phases; // by phase id
    QHash<qint64, Staff> staffByCalcomUser;
    QHash<qint64, QDateTime> appointmentStarts; // by appointment id

    void addBookings(const QList<calcom::Booking>& list)
    {
        for (const calcom::Booking& b : list)
            bookings.insert(b.uid, b);
    }
    // The phases of one appointment, by start.
    QList<Phase> phasesOf(qint64 appointmentId) const;
};

} // namespace salon::drift
