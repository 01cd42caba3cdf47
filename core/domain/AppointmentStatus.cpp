#include "AppointmentStatus.h"

namespace salon
{

bool AppointmentStatus::isBookable(const QString& status)
{
    return status.trimmed().compare(kScheduled, Qt::CaseInsensitive) == 0;
}

QStringList AppointmentStatus::known()
{
    return { kScheduled, kCompleted, kCancelled, kNoShow };
}

QString AppointmentStatus::whyNotBookable(const QString& status)
{
    const QString s = status.trimmed().toLower();
    if (s == kCancelled)
        return tr("the appointment is cancelled");
    if (s == kCompleted)
        return tr("the appointment is completed");
    if (s == kNoShow)
        return tr("the customer did not show up (no_show)");
    return tr("the appointment's status \"%1\" is not bookable (only \"scheduled\" is)")
        .arg(status.trimmed());
}

QString AppointmentStatus::bookableSql(const QString& alias)
{
    return QStringLiteral("LOWER(TRIM(%1.status)) = '%2'").arg(alias, kScheduled);
}

} // namespace salon
