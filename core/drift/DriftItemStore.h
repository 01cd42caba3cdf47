#pragma once

#include "DriftItem.h"
#include "calcom/Booking.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class QObject;

namespace salon
{
class DatabaseWorker;
}

namespace salon::drift
{

// The changes made in Cal.com that nobody settled yet (table calcom_drift_items, migration 0016), so they
// are listed again after a restart, and cron's `watch`, `reconcile --apply` and the desktop share them. A row
// keeps the newest state of its phase's bookings as Cal.com sent them; every read compares those with the
// phases again (ChangedBookingCheck), so a change that no longer shows (settled by a sync, another program,
// or Cal.com changed back) is deleted instead of listed. Each write is one transaction. The worker's thread.
class DriftItemStore
{
    Q_DECLARE_TR_FUNCTIONS(salon::drift::DriftItemStore)
public:
    explicit DriftItemStore(QSqlDatabase db);

    // What a look saw: `found` (the changes among `changed`) are stored, the bookings of phases with a
    // stored change are updated; returns every unsettled change, oldest found first.
    Expected<QList<DriftItem>, QString> record(
        const QList<calcom::Booking>& changed, const QList<DriftItem>& found);
    // Every unsettled change (kept ones left out), after comparing again.
    Expected<QList<DriftItem>, QString> unsettled() { return record({}, {}); }
    // Applied: gone. A whole appointment cancelled or moved: every change of its phases is moot.
    Expected<Done, QString> settle(const QString& key);
    Expected<Done, QString> settleAppointment(qint64 appointmentId);
    // The admin keeps the salon's plan: not listed again until Cal.com's side of it changes.
    Expected<Done, QString> keep(const DriftItem& item);

    // The same two in the worker's thread, answered on context's thread (the desktop).
    static void unsettledIn(DatabaseWorker* worker, QObject* context,
        std::function<void(Expected<QList<DriftItem>, QString>)> done);
    static void keepIn(DatabaseWorker* worker, const DriftItem& item, QObject* context,
        std::function<void(Expected<Done, QString>)> done);

private:
    Expected<Done, QString> remove(const QString& sql, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace salon::drift
