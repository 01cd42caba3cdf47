#include "DriftScan.h"

#include "DriftClassifier.h"
#include "DriftRepository.h"
#include "calcom/CalcomClient.h"
#include "day/BusyBookingStore.h"
#include "db/DatabaseWorker.h"
#include "sync/BookingMetadata.h"

namespace salon::drift
{

using sync::BookingDrift;

DriftScan::DriftScan(
    DatabaseWorker* worker, calcom::CalcomClient* client, QDateTime from, QDateTime to, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_reconciler(std::make_unique<sync::BookingReconciler>(worker, client))
{
}

DriftScan::~DriftScan() = default;

void DriftScan::doStart()
{
    connect(m_reconciler.get(), &sync::BookingReconciler::finished, this, [this] {
        if (isCancelRequested()) {
            finishWithError(tr("Cancelled."));
            return;
        }
        if (!m_reconciler->error().isEmpty()) {
            finishWithError(m_reconciler->error());
            return;
        }
        m_facts.addBookings(m_reconciler->bookings());
        for (const calcom::Booking& b : m_reconciler->bookings())
            if (!sync::BookingMetadata::phaseIdOf(b))
                ++m_busy;
        for (const BookingDrift& d : m_reconciler->drift())
            if (d.kind == BookingDrift::Kind::Rescheduled)
                m_follow.push_back(d.otherBookingUid);
        followNext();
    });
    m_reconciler->start(m_from, m_to);
}

void DriftScan::followNext()
{
    while (!m_follow.empty()) {
        const QString uid = m_follow.front();
        m_follow.pop_front();
        const auto known = m_facts.bookings.constFind(uid);
        if (known != m_facts.bookings.constEnd()) {
            if (!known->rescheduledToUid.isEmpty())
                m_follow.push_back(known->rescheduledToUid);
            continue;
        }
        auto* reply = m_client->booking(uid);
        m_request = reply;
        connect(reply, &calcom::CalcomJob::finished, this, [this, reply, uid] {
            m_request = nullptr;
            if (isCancelRequested()) {
                finishWithError(tr("Cancelled."));
                return;
            }
            if (reply->hasError()) {
                if (reply->error().category != calcom::CalcomError::Category::NotFound) {
                    finishWithError(tr("Cannot read booking %1: %2").arg(uid, reply->error().userMessage()));
                    return;
                }
            } else {
                m_facts.bookings.insert(reply->result().uid, reply->result());
                if (!reply->result().rescheduledToUid.isEmpty())
                    m_follow.push_back(reply->result().rescheduledToUid);
            }
            followNext();
        });
        return;
    }
    classify();
}

void DriftScan::classify()
{
    QList<qint64> phaseIds;
    for (const BookingDrift& d : m_reconciler->drift())
        phaseIds.append(d.phaseId);
    using Facts = Expected<DriftFacts, QString>;
    m_worker->post<Facts>(
        [phaseIds, facts = m_facts, listed = m_reconciler->bookings(), from = m_from, to = m_to](
            QSqlDatabase& db) mutable -> Facts {
            // The listing's bookings without our metadata are busy time: kept for the Day page.
            if (auto busy = day::BusyBookingStore(db).replaceWindow(from, to, listed); !busy)
                return Unexpected(busy.error());
            if (auto loaded = DriftRepository(db, {}, {}).loadFacts(phaseIds, facts); !loaded)
                return Unexpected(loaded.error());
            return facts;
        },
        this,
        [this](Facts facts) {
            if (!facts) {
                finishWithError(facts.error());
                return;
            }
            m_facts = std::move(facts).value();
            m_items = DriftClassifier::classify(m_reconciler->drift(), m_facts);
            finishOk();
        });
}

void DriftScan::doCancel()
{
    m_reconciler->cancel();
    if (auto* job = qobject_cast<calcom::CalcomJob*>(m_request.data()))
        job->cancel();
}

} // namespace salon::drift
