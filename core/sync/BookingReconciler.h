#pragma once

#include "BookingDrift.h"
#include "DriftFinder.h"
#include "PhaseRecords.h"
#include "PhaseRepository.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include "calcom/Booking.h"

#include <deque>

namespace salon::calcom
{
class CalcomClient;
} // namespace salon::calcom

namespace salon::sync
{

// The reconcile pass: compares the phases synced for a period with Cal.com's bookings and reports drift
// (cancelled, rescheduled, missing, moved, another host, double bookings), so the admin sees it before
// the customer arrives. It changes nothing; acting on a finding (PhaseRepository::markForResync) needs
// the admin's confirmation. Asynchronous: one listing of the period, plus one lookup per booking that is
// not in it (moved out of the period or deleted).
class BookingReconciler : public QObject
{
    Q_OBJECT
public:
    BookingReconciler(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent = nullptr);
    ~BookingReconciler() override;

    // Compares the phases starting in [from, to).
    void start(const QDateTime& from, const QDateTime& to);
    void cancel();

    bool isFinished() const { return m_finished; }
    // Empty when the pass ran to the end.
    QString error() const { return m_error; }
    const QList<BookingDrift>& drift() const { return m_finder.drift(); }
    // Every booking the pass read: the period's listing and the lookups (for drift::DriftScan).
    const QList<calcom::Booking>& bookings() const { return m_bookings; }
    int checkedPhases() const { return int(m_phases.size()); }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QJsonObject toJson() const;

    // Blocks in a local event loop. FOR THE CLI AND TESTS ONLY.
    bool waitForFinished(int timeoutMs = -1);

signals:
    void progress(int checked, int total);
    void finished();

private:
    void lookUpNext();
    void finish(const QString& error = {});

    PhaseRepository m_repository;
    QPointer<calcom::CalcomClient> m_client;
    QList<SyncedPhase> m_phases;
    std::deque<SyncedPhase> m_lookups;
    DriftFinder m_finder;
    QList<calcom::Booking> m_bookings;
    QPointer<QObject> m_request;
    QDateTime m_from;
    QDateTime m_to;
    QString m_error;
    int m_checked = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace salon::sync
