#include "BookingReconciler.h"

#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "db/DatabaseWorker.h"

#include <QJsonArray>

namespace salon::sync
{

using calcom::Booking;
using calcom::CalcomError;

BookingReconciler::BookingReconciler(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
{
    setAutoDelete(false);
}

BookingReconciler::~BookingReconciler() = default;

void BookingReconciler::setPeriod(const QDateTime& from, const QDateTime& to)
{
    m_from = from.toUTC();
    m_to = to.toUTC();
}

void BookingReconciler::doStart()
{
    if (isCancelRequested()) {
        finish(tr("Cancelled."));
        return;
    }
    using Phases = Expected<QList<SyncedPhase>, QString>;
    m_worker->post<Phases>(
        [from = m_from, to = m_to](QSqlDatabase& db) {
            return PhaseRepository(db, QStringLiteral("reconcile")).syncedPhases(from, to);
        },
        this,
        [this](Phases phases) {
            if (isDone())
                return; // cancelled meanwhile
            if (!phases) {
                finish(phases.error());
                return;
            }
            compare(*phases);
        });
}

void BookingReconciler::compare(const QList<SyncedPhase>& phases)
{
    m_phases = phases;
    if (!m_client) {
        finish(tr("No Cal.com client is configured."));
        return;
    }
    calcom::BookingQuery query;
    query.afterStart = m_from.addSecs(-60);
    query.beforeEnd = m_to.addDays(1);
    auto* job = m_client->listBookings(query);
    m_request = job;
    connect(job, &calcom::CalcomJob::finished, this, [this, job] {
        m_request = nullptr;
        if (job->hasError()) {
            finish(tr("Cannot list Cal.com's bookings: %1").arg(job->error().userMessage()));
            return;
        }
        m_bookings = job->bookings();
        QHash<QString, Booking> byUid;
        for (const Booking& b : job->bookings())
            byUid.insert(b.uid, b);
        for (const SyncedPhase& phase : std::as_const(m_phases)) {
            const auto it = byUid.constFind(phase.bookingUid);
            if (it == byUid.constEnd() || phase.bookingUid.isEmpty()) {
                m_lookups.push_back(phase);
                continue;
            }
            m_finder.compare(phase, *it);
            ++m_checked;
        }
        m_finder.findStrays(job->bookings(), m_phases, m_from, m_to);
        setProgress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::lookUpNext()
{
    if (isDone())
        return;
    if (m_lookups.empty()) {
        finish();
        return;
    }
    const SyncedPhase phase = m_lookups.front();
    m_lookups.pop_front();
    if (phase.bookingUid.isEmpty()) {
        m_finder.missing(phase);
        ++m_checked;
        lookUpNext();
        return;
    }
    auto* reply = m_client->booking(phase.bookingUid);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, phase] {
        m_request = nullptr;
        if (reply->hasError()) {
            if (reply->error().category != CalcomError::Category::NotFound) {
                finish(tr("Cannot read booking %1: %2").arg(phase.bookingUid, reply->error().userMessage()));
                return;
            }
            m_finder.missing(phase);
        } else {
            m_bookings.append(reply->result());
            m_finder.compare(phase, reply->result());
        }
        ++m_checked;
        setProgress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::doCancel()
{
    if (auto* job = qobject_cast<calcom::CalcomJob*>(m_request.data()))
        job->cancel();
    finish(tr("Cancelled."));
}

void BookingReconciler::finish(const QString& error)
{
    if (error.isEmpty())
        finishOk();
    else
        finishWithError(error);
}

QJsonObject BookingReconciler::toJson() const
{
    QJsonArray list;
    for (const BookingDrift& d : drift())
        list.append(d.toJson());
    QJsonObject o { { QStringLiteral("ok"), !hasError() && drift().isEmpty() },
        { QStringLiteral("from"), m_from.toString(Qt::ISODate) },
        { QStringLiteral("to"), m_to.toString(Qt::ISODate) },
        { QStringLiteral("checkedPhases"), checkedPhases() }, { QStringLiteral("drift"), list } };
    if (hasError())
        o.insert(QStringLiteral("error"), errorString());
    return o;
}

} // namespace salon::sync
