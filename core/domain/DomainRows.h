#pragma once

#include "Appointment.h"
#include "EventMapEntry.h"
#include "Service.h"
#include "StaffMember.h"
#include "common/Expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace salon::rows
{

// One way to read a staff or event map row, for every query that selects these columns in this order.
inline const QString kStaffColumns
    = QStringLiteral("id, name, email, calcom_user_id, calcom_username, active");
StaffMember readStaff(const QSqlQuery& q);

inline const QString kEventMapColumns
    = QStringLiteral("id, service_id, segment_key, staff_id, event_type_id, child_event_type_id, "
                     "child_resolved_at, created_at, "
                     "updated_at");
EventMapEntry readEventMap(const QSqlQuery& q);

// Phase columns on alias p; readPhase reads them from `first` on, so a query may select more after them.
inline const QString kPhaseColumns = QStringLiteral(
    "p.id, p.appointment_id, p.segment_key, p.staff_id, p.staff_required, p.starts_at, p.ends_at, "
    "p.sync_status, p.calcom_booking_id, p.calcom_booking_uid, p.sync_error, p.sync_attempts, "
    "p.last_sync_at, "
    "p.updated_at");
inline constexpr int kPhaseColumnCount = 14;
AppointmentPhase readPhase(const QSqlQuery& q, int first = 0);

// Services with their segments (in position order) and performers (service_staff), ordered by id; all of
// them when `ids` is empty. The error names the table that could not be read.
Expected<QList<Service>, QString> readServices(const QSqlDatabase& db, const QList<qint64>& ids = {});

} // namespace salon::rows
