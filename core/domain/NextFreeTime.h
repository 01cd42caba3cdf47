#pragma once

#include "AppointmentPhasePlanner.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

namespace salon
{

// A staff member's booked step: a phase of an appointment that is not cancelled.
struct BusyTime {
    QString staffId;
    QDateTime start; // UTC
    QDateTime end;
};

// Where a new appointment starts by default (issue 21): the first quarter hour from `from` on, within the
// salon's working hours (Monday to Saturday, 09:00 to 18:00 in the salon's time zone, the whole appointment
// ending by closing time), at which each chosen staff member is free for their steps — none of their booked
// steps overlaps. Staff not chosen yet count as free. With no such time in four weeks (or a service longer
// than a working day), the next working morning. find() is pure; read() adds the database's busy steps and
// runs on any connection (the GUI posts it to the worker through AppointmentAccess).
class NextFreeTime
{
    Q_DECLARE_TR_FUNCTIONS(salon::NextFreeTime)
public:
    static constexpr int kOpensHour = 9;
    static constexpr int kClosesHour = 18;
    static constexpr int kStepMinutes = 15;
    static constexpr int kSearchDays = 28;

    // staffBySegment: segment key → staff id ("" or missing: not chosen yet). The result is in `zone`.
    static QDateTime find(const QList<SegmentTemplate>& segments,
        const QHash<QString, QString>& staffBySegment, const QList<BusyTime>& busy, const QDateTime& from,
        const QTimeZone& zone);
    // The next working morning's opening time after `from` (today's when it has not come yet).
    static QDateTime nextOpening(const QDateTime& from, const QTimeZone& zone);

    static Expected<QList<BusyTime>, QString> readBusy(
        const QSqlDatabase& db, const QStringList& staffIds, const QDateTime& from, const QDateTime& until);
    static Expected<QDateTime, QString> read(const QSqlDatabase& db, const QList<SegmentTemplate>& segments,
        const QHash<QString, QString>& staffBySegment, const QDateTime& from, const QTimeZone& zone);
};

} // namespace salon
