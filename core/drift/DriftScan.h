#pragma once

#include "DriftFacts.h"
#include "DriftItem.h"
#include "common/Job.h"
#include "sync/BookingReconciler.h"

#include <QDateTime>
#include <QPointer>

#include <deque>
#include <memory>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
} // namespace salon::calcom

namespace salon::drift
{

// The reconcile pass with proposals: BookingReconciler's findings for [from, to), each reschedule followed
// to the booking that is live now (one GET per new booking the listing did not hold), classified by
// DriftClassifier. Changes nothing in the phases; the listed bookings without our metadata are kept as busy
// time (day::BusyBookingStore, for the Day page). Its reads run on the DatabaseWorker.
class DriftScan : public Job
{
    Q_OBJECT
public:
    DriftScan(DatabaseWorker* worker, calcom::CalcomClient* client, QDateTime from, QDateTime to,
        QObject* parent = nullptr);
    ~DriftScan() override;

    const QList<DriftItem>& items() const { return m_items; }
    const sync::BookingReconciler& reconciler() const { return *m_reconciler; }
    // Listed bookings without our metadata: busy time of the staff, never touched.
    int busyBookings() const { return m_busy; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void followNext();
    void classify();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QDateTime m_from;
    QDateTime m_to;
    std::unique_ptr<sync::BookingReconciler> m_reconciler;
    DriftFacts m_facts;
    std::deque<QString> m_follow;
    QPointer<QObject> m_request;
    QList<DriftItem> m_items;
    int m_busy = 0;
};

} // namespace salon::drift
