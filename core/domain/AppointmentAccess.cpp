#include "AppointmentAccess.h"

#include "DomainRows.h"
#include "NextFreeTime.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"

#include <QSqlQuery>

#include <algorithm>

namespace salon
{

AppointmentAccess::AppointmentAccess(DatabaseWorker* worker)
    : m_worker(worker)
{
}

Expected<QList<ServiceChoice>, QString> AppointmentAccess::readServiceChoices(const QSqlDatabase& db)
{
    auto services = rows::readServices(db);
    if (!services)
        return Unexpected(tr("Cannot read the services: %1").arg(services.error()));
    auto staff = runSql(db,
        QStringLiteral("SELECT %1 FROM staff WHERE active = ? ORDER BY name").arg(rows::kStaffColumns),
        { true });
    if (!staff)
        return Unexpected(tr("Cannot read the staff: %1").arg(staff.error()));
    QList<QPair<QString, QString>> everyone;
    while (staff->next()) {
        const StaffMember member = rows::readStaff(*staff);
        everyone.append({ member.id, member.name });
    }
    QList<ServiceChoice> choices;
    for (const Service& service : std::as_const(services.value())) {
        if (!service.active)
            continue;
        ServiceChoice choice { service.id, service.name, {}, {} };
        for (const ServiceSegment& segment : service.segments)
            choice.segments.append({ segment.key, segment.name, segment.position, segment.durationMinutes,
                segment.staffRequired });
        for (const auto& member : std::as_const(everyone))
            if (service.staffIds.contains(member.first))
                choice.staff.append(member);
        // A service nobody is qualified for yet may be done by any active staff member.
        if (choice.staff.isEmpty())
            choice.staff = everyone;
        choices.append(choice);
    }
    std::stable_sort(choices.begin(), choices.end(),
        [](const ServiceChoice& a, const ServiceChoice& b) { return a.name < b.name; });
    return choices;
}

void AppointmentAccess::loadServiceChoices(
    QObject* context, std::function<void(Expected<QList<ServiceChoice>, QString>)> done)
{
    m_worker->post<Expected<QList<ServiceChoice>, QString>>(
        [](QSqlDatabase& db) { return readServiceChoices(db); }, context, std::move(done));
}

void AppointmentAccess::findNextFreeTime(const QList<SegmentTemplate>& segments,
    const QHash<QString, QString>& staffBySegment, const QDateTime& from, const QTimeZone& zone,
    QObject* context, std::function<void(Expected<QDateTime, QString>)> done)
{
    m_worker->post<Expected<QDateTime, QString>>(
        [segments, staffBySegment, from, zone](
            QSqlDatabase& db) { return NextFreeTime::read(db, segments, staffBySegment, from, zone); },
        context, std::move(done));
}

void AppointmentAccess::create(const NewAppointment& appointment, const QString& actor, QObject* context,
    std::function<void(Expected<qint64, QString>)> done)
{
    m_worker->post<Expected<qint64, QString>>(
        [appointment, actor](QSqlDatabase& db) { return AppointmentStore::insert(db, appointment, actor); },
        context, std::move(done));
}

} // namespace salon
