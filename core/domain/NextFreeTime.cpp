#include "NextFreeTime.h"

#include "AppointmentStatus.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QSqlQuery>

#include <algorithm>

namespace salon
{

namespace
{

bool isWorkingDay(const QDate& day)
{
    return day.dayOfWeek() != Qt::Sunday;
}

// The first quarter hour at or after `time` (seconds count: 10:15:30 → 10:30).
QDateTime roundUpToStep(const QDateTime& time)
{
    const QTime t = time.time();
    const int minutes = t.hour() * 60 + t.minute() + (t.second() > 0 || t.msec() > 0 ? 1 : 0);
    const int rounded = (minutes + NextFreeTime::kStepMinutes - 1) / NextFreeTime::kStepMinutes
        * NextFreeTime::kStepMinutes;
    if (rounded >= 24 * 60)
        return QDateTime(time.date().addDays(1), QTime(0, 0), time.timeZone());
    return QDateTime(time.date(), QTime(rounded / 60, rounded % 60), time.timeZone());
}

// A step of the appointment that needs a staff member: minutes from the start, and who.
struct StaffStep {
    int from = 0;
    int to = 0;
    QString staffId;
};

} // namespace

QDateTime NextFreeTime::nextOpening(const QDateTime& from, const QTimeZone& zone)
{
    const QDateTime local = from.toTimeZone(zone);
    QDate day = local.date();
    if (local.time() >= QTime(kOpensHour, 0))
        day = day.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return QDateTime(day, QTime(kOpensHour, 0), zone);
}

QDateTime NextFreeTime::find(const QList<SegmentTemplate>& segments,
    const QHash<QString, QString>& staffBySegment, const QList<BusyTime>& busy, const QDateTime& from,
    const QTimeZone& zone)
{
    QList<SegmentTemplate> ordered = segments;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const SegmentTemplate& a, const SegmentTemplate& b) { return a.position < b.position; });
    QList<StaffStep> steps;
    int total = 0;
    for (const SegmentTemplate& segment : std::as_const(ordered)) {
        const QString staffId = staffBySegment.value(segment.key);
        if (segment.staffRequired && !staffId.isEmpty())
            steps.append({ total, total + segment.durationMinutes, staffId });
        total += segment.durationMinutes;
    }
    QHash<QString, QList<BusyTime>> busyOf;
    for (const BusyTime& b : busy)
        busyOf[b.staffId].append(b);
    const auto isFree = [&](const QDateTime& start) {
        for (const StaffStep& step : std::as_const(steps)) {
            const QDateTime stepStart = start.addSecs(qint64(step.from) * 60);
            const QDateTime stepEnd = start.addSecs(qint64(step.to) * 60);
            for (const BusyTime& b : busyOf.value(step.staffId))
                if (b.start < stepEnd && stepStart < b.end)
                    return false;
        }
        return true;
    };

    const QDateTime earliest = roundUpToStep(from.toTimeZone(zone));
    for (int d = 0; d <= kSearchDays; ++d) {
        const QDate day = earliest.date().addDays(d);
        if (!isWorkingDay(day))
            continue;
        const QDateTime opens(day, QTime(kOpensHour, 0), zone);
        const QDateTime closes(day, QTime(kClosesHour, 0), zone);
        for (QDateTime start = std::max(opens, earliest); start.addSecs(qint64(total) * 60) <= closes;
             start = start.addSecs(kStepMinutes * 60))
            if (isFree(start))
                return start;
    }
    return nextOpening(from, zone);
}

Expected<QList<BusyTime>, QString> NextFreeTime::readBusy(
    const QSqlDatabase& db, const QStringList& staffIds, const QDateTime& from, const QDateTime& until)
{
    QList<BusyTime> busy;
    if (staffIds.isEmpty())
        return busy;
    QStringList marks;
    QVariantList values;
    for (const QString& id : staffIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    values << AppointmentStatus::kCancelled << toSqlTime(from.toUTC()) << toSqlTime(until.toUTC());
    auto q = runSql(db,
        QStringLiteral("SELECT p.staff_id, p.starts_at, p.ends_at FROM appointment_phases p "
                       "JOIN appointments a ON a.id = p.appointment_id "
                       "WHERE p.staff_id IN (%1) AND LOWER(TRIM(a.status)) <> ? AND p.ends_at > ? "
                       "AND p.starts_at < ?")
            .arg(marks.join(QLatin1Char(','))),
        values);
    if (!q)
        return Unexpected(tr("Cannot read the staff's booked steps: %1").arg(q.error()));
    while (q->next())
        busy.append({ q->value(0).toString(), fromSqlTime(q->value(1)), fromSqlTime(q->value(2)) });
    return busy;
}

Expected<QDateTime, QString> NextFreeTime::read(const QSqlDatabase& db,
    const QList<SegmentTemplate>& segments, const QHash<QString, QString>& staffBySegment,
    const QDateTime& from, const QTimeZone& zone)
{
    QStringList staffIds;
    for (const QString& id : staffBySegment)
        if (!id.isEmpty() && !staffIds.contains(id))
            staffIds.append(id);
    auto busy = readBusy(db, staffIds, from, from.addDays(kSearchDays + 1));
    if (!busy)
        return Unexpected(busy.error());
    return find(segments, staffBySegment, busy.value(), from, zone);
}

} // namespace salon
