#pragma once

#include "DaySchedule.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class QObject;

namespace salon
{
class DatabaseWorker;
}

namespace salon::day
{

// Reads one salon-local day for the Day page: the staff, every appointment with a step on the day with
// its steps (segment names, sync status and error), the unfinished lifecycle work of each (owed), the
// staff's busy time from Cal.com (BusyBookingStore) and the salon's hours. read() runs on any connection (a
// test's, the benchmark's); load() posts it to the application's DatabaseWorker and answers on context's
// thread.
class DayScheduleReader
{
    Q_DECLARE_TR_FUNCTIONS(salon::day::DayScheduleReader)
public:
    explicit DayScheduleReader(DatabaseWorker* worker);

    static Expected<DaySchedule, QString> read(
        const QSqlDatabase& db, const QDate& date, const QTimeZone& zone);

    void load(const QDate& date, const QTimeZone& zone, QObject* context,
        std::function<void(Expected<DaySchedule, QString>)> done) const;

    // The hours around the day are read from this many days before and after it.
    static constexpr int kHoursWindowDays = 14;

private:
    DatabaseWorker* m_worker;
};

} // namespace salon::day
