#include "BookingReconciler.h"

#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "common/WaitForSignal.h"

#include <QJsonArray>
#include <QTimer>

namespace salon::sync
{

using calcom::Booking;
using calcom::CalcomError;

BookingReconciler::BookingReconciler(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(db), QStringLiteral("reconcile"))
    , m_client(client)
{
}

BookingReconciler::~BookingReconciler() = default;

void BookingReconciler::start(const QDateTime& from, const QDateTime& to)
{
    m_from = from.toUTC();
    m_to = to.toUTC();
    auto phases = m_repository.syncedPhases(m_from, m_to);
    if (!phases) {
        finish(phases.error());
        return;
    }
    m_phases = *phases;
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
        emit progress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::lookUpNext()
{
    if (m_cancelled)
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
        emit progress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (auto* job = qobject_cast<calcom::CalcomJob*>(m_request.data()))
        job->cancel();
    finish(tr("Cancelled."));
}

void BookingReconciler::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

QJsonObject BookingReconciler::toJson() const
{
    QJsonArray list;
    for (const BookingDrift& d : drift())
        list.append(d.toJson());
    QJsonObject o { { QStringLiteral("ok"), m_error.isEmpty() && drift().isEmpty() },
        { QStringLiteral("from"), m_from.toString(Qt::ISODate) },
        { QStringLiteral("to"), m_to.toString(Qt::ISODate) },
        { QStringLiteral("checkedPhases"), checkedPhases() }, { QStringLiteral("drift"), list } };
    if (!m_error.isEmpty())
        o.insert(QStringLiteral("error"), m_error);
    return o;
}

bool BookingReconciler::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    waitForSignal(this, &BookingReconciler::finished, timeoutMs);
    return m_finished;
}

} // namespace salon::sync
