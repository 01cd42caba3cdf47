#include "DriftItem.h"

namespace salon::drift
{

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
    o.insert(QStringLiteral("proposal"), proposal.toJson());
    return o;
}

} // namespace salon::drift
