#include "BookingDrift.h"

namespace salon::sync
{

QString BookingDrift::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Rescheduled:
        return QStringLiteral("rescheduled");
    case Kind::TimeChanged:
        return QStringLiteral("timeChanged");
    case Kind::HostChanged:
        return QStringLiteral("hostChanged");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::Untracked:
        return QStringLiteral("untracked");
    }
    return {};
}

QJsonObject BookingDrift::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("phaseId"), phaseId },
        { QStringLiteral("appointmentId"), appointmentId }, { QStringLiteral("segmentKey"), segmentKey },
        { QStringLiteral("calcomBookingId"), bookingId }, { QStringLiteral("calcomBookingUid"), bookingUid },
        { QStringLiteral("message"), message } };
    if (!otherBookingUid.isEmpty())
        o.insert(QStringLiteral("otherBookingUid"), otherBookingUid);
    if (expectedStart.isValid())
        o.insert(QStringLiteral("expectedStart"), expectedStart.toUTC().toString(Qt::ISODate));
    if (actualStart.isValid())
        o.insert(QStringLiteral("actualStart"), actualStart.toUTC().toString(Qt::ISODate));
    if (!expectedHost.isEmpty())
        o.insert(QStringLiteral("expectedHost"), expectedHost);
    if (!actualHost.isEmpty())
        o.insert(QStringLiteral("actualHost"), actualHost);
    return o;
}

} // namespace salon::sync
