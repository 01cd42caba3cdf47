#pragma once

#include "calcom/Booking.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace salon::day
{

// Busy time in Cal.com that Salon Admin did not book: the bookings the looks for changes (ChangeWatch) and
// the reconcile pass (DriftScan) list anyway that carry no metadata.salonPhaseId and are hosted by a staff
// member, kept in calcom_busy_bookings (migration 0017) so the Day page greys them without a request of its
// own. Only the host, the event type and the times are kept; the bookings are never changed in Cal.com.
// Runs on the connection's thread (the DatabaseWorker's, or the CLI's); each call is one transaction.
class BusyBookingStore
{
    Q_DECLARE_TR_FUNCTIONS(salon::day::BusyBookingStore)
public:
    explicit BusyBookingStore(QSqlDatabase db);

    // Keeps the active foreign bookings among `seen` (a changed one updated), forgets the cancelled ones;
    // ours (with salonPhaseId) are left alone. Returns how many are kept.
    Expected<int, QString> record(const QList<calcom::Booking>& seen);
    // `listed` is every booking starting at or after `from` and ending by `to` (a reconcile pass's listing):
    // also forgets stored ones within that window it lacks (deleted or moved away in Cal.com).
    Expected<int, QString> replaceWindow(
        const QDateTime& from, const QDateTime& to, const QList<calcom::Booking>& listed);

    // Rows ending this long ago are dropped as new ones come.
    static constexpr int kKeepDays = 60;

private:
    Expected<int, QString> store(const QList<calcom::Booking>& seen);

    QSqlDatabase m_db;
};

} // namespace salon::day
