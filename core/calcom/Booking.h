#pragma once

#include "common/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace salon::calcom
{

// A booking in the 2024-08-13 output shape (BookingOutput_2024_08_13). Times are UTC.
struct Booking {
    enum class Status { Unknown, Accepted, Pending, Cancelled, Rejected };

    struct Host {
        qint64 id = 0;
        QString name;
        QString email;
        QString username;
        QString timeZone;
    };
    // Collective bookings list one host; the other fixed hosts appear as attendees.
    struct Attendee {
        QString name;
        QString email;
        QString timeZone;
        QString language;
        QString phoneNumber;
        bool absent = false;
    };

    qint64 id = 0;
    QString uid;
    QString title;
    Status status = Status::Unknown;
    QString statusText; // as Cal.com sent it ("accepted", ...)
    QDateTime start;
    QDateTime end;
    int durationMinutes = 0;
    qint64 eventTypeId = 0;
    QString eventTypeSlug;
    QList<Host> hosts;
    QList<Attendee> attendees;
    QJsonObject metadata; // our own keys, e.g. "salonPhaseId", used to de-duplicate
    QString cancellationReason;
    QString rescheduledFromUid;
    QString rescheduledToUid;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    bool isCancelled() const { return status == Status::Cancelled || status == Status::Rejected; }

    static Status statusFromString(const QString& text);
    static Expected<Booking, QString> fromJson(const QJsonValue& value);
    // A booking "data" that may be one object or an array (recurring series); returns every booking.
    static Expected<QList<Booking>, QString> listFromJson(const QJsonValue& value);
};

} // namespace salon::calcom
