#include "DriftItem.h"

#include <QStringList>

namespace salon::drift
{

QString DriftItem::key() const
{
    if (finding.kind == sync::BookingDrift::Kind::Duplicate)
        return QStringLiteral("%1/%2").arg(finding.phaseId).arg(liveBookingUid);
    return QString::number(finding.phaseId);
}

QString DriftItem::fingerprint() const
{
    return QStringList { kindName(), finding.bookingUid, finding.otherBookingUid, liveBookingUid,
        liveStart.toUTC().toString(Qt::ISODate), finding.actualHost }
        .join(QLatin1Char('|'));
}

QJsonObject DriftItem::toJson() const
{
    QJsonObject o = finding.toJson();
    if (!liveBookingUid.isEmpty()) {
        o.insert(QStringLiteral("liveBookingUid"), liveBookingUid);
        o.insert(QStringLiteral("liveBookingId"), liveBookingId);
    }
    if (liveStart.isValid())
        o.insert(QStringLiteral("liveStart"), liveStart.toUTC().toString(Qt::ISODate));
    if (liveEnd.isValid())
        o.insert(QStringLiteral("liveEnd"), liveEnd.toUTC().toString(Qt::ISODate));
    if (!followStaffId.isEmpty())
        o.insert(QStringLiteral("followStaffId"), followStaffId);
    if (moveAppointmentTo.isValid())
        o.insert(QStringLiteral("moveAppointmentTo"), moveAppointmentTo.toUTC().toString(Qt::ISODate));
    if (!chainProblem.isEmpty())
        o.insert(QStringLiteral("chainProblem"), chainProblem);
    o.insert(QStringLiteral("key"), key());
    o.insert(QStringLiteral("proposal"), proposal.toJson());
    return o;
}

} // namespace salon::drift
