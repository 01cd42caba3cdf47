#pragma once

#include "BookingDrift.h"
#include "DriftFinder.h"
#include "PhaseRecords.h"
#include "PhaseRepository.h"
#include "common/Job.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include "calcom/Booking.h"

#include <deque>

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
} // namespace salon::calcom

namespace salon::sync
{

// The reconcile pass: compares the phases synced for a period with Cal.com's bookings and reports drift
// (cancelled, rescheduled, missing, moved, another host, double bookings), so the admin sees it before
// the customer arrives. It changes nothing; acting on a finding (PhaseRepository::markForResync) needs
// the admin's confirmation. Asynchronous: the synced phases are read in a DatabaseWorker job, then one
// listing of the period, plus one lookup per booking that is not in it (moved out of the period or
// deleted); progress(checked, total) as it goes. The creator owns it (auto-delete is off): the findings are
// read after finished().
class BookingReconciler : public Job
{
    Q_OBJECT
public:
    BookingReconciler(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent = nullptr);
    ~BookingReconciler() override;

    using Job::start;
    // Compares the phases starting in [from, to).
    void setPeriod(const QDateTime& from, const QDateTime& to);
    void start(const QDateTime& from, const QDateTime& to)
    {
        setPeriod(from, to);
        start();
    }

    // Empty when the pass ran to the end (errorString()).
    QString error() const { return errorString(); }
    const QList<BookingDrift>& drift() const { return m_finder.drift(); }
    // Every booking the pass read: the period's listing and the lookups (for drift::DriftScan).
    const QList<calcom::Booking>& bookings() const { return m_bookings; }
    int checkedPhases() const { return int(m_phases.size()); }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QJsonObject toJson() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void compare(const QList<SyncedPhase>& phases);
    void lookUpNext();
    void finish(const QString& error = {});

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QList<SyncedPhase> m_phases;
    std::deque<SyncedPhase> m_lookups;
    DriftFinder m_finder;
    QList<calcom::Booking> m_bookings;
    QPointer<QObject> m_request;
    QDateTime m_from;
    QDateTime m_to;
    int m_checked = 0;
};

} // namespace salon::sync
