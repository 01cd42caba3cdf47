#pragma once

#include "EventMapEntry.h"
#include "StaffMember.h"

#include <QString>

class QSqlQuery;

namespace salon::rows {

// One way to read a staff or event map row, for every query that selects these columns in this order.
inline const QString kStaffColumns = QStringLiteral("id, name, email, calcom_user_id, calcom_username, active");
StaffMember readStaff(const QSqlQuery& q);

inline const QString kEventMapColumns = QStringLiteral(
    "id, service_id, segment_key, staff_id, event_type_id, child_event_type_id, child_resolved_at, created_at, "
    "updated_at");
EventMapEntry readEventMap(const QSqlQuery& q);

} // namespace salon::rows
