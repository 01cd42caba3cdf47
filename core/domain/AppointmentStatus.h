#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace salon
{

// Which appointments.status values may be booked in Cal.com. The import format and the Appointments page
// know "scheduled" (the default), "completed", "cancelled" and "no_show"; only "scheduled" is bookable.
// Everything else - the three known ones and any other text an import brought in - is not booked, so an
// unknown status never books by accident. Compared trimmed and case-insensitively.
class AppointmentStatus
{
    Q_DECLARE_TR_FUNCTIONS(salon::AppointmentStatus)
public:
    static inline const QString kScheduled = QStringLiteral("scheduled");
    static inline const QString kCancelled = QStringLiteral("cancelled");
    static inline const QString kCompleted = QStringLiteral("completed");
    static inline const QString kNoShow = QStringLiteral("no_show");

    static bool isBookable(const QString& status);
    // The statuses the app offers, bookable first.
    static QStringList known();
    // "the appointment is cancelled", for messages saying why nothing is booked.
    static QString whyNotBookable(const QString& status);
    // An SQL condition on an appointments alias that holds for bookable appointments, e.g. for "a":
    // "LOWER(TRIM(a.status)) = 'scheduled'".
    static QString bookableSql(const QString& alias);
};

} // namespace salon
