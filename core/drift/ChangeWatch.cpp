#include "ChangeWatch.h"

#include "DriftClassifier.h"
#include "DriftRepository.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "sync/BookingMetadata.h"
#include "sync/DriftFinder.h"

#include <QJsonArray>
#include <QSet>

namespace salon::drift
{

using calcom::Booking;

ChangeWatch::ChangeWatch(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent)
    : Job(parent)
    , m_db(std::move(db))
    , m_client(client)
{
}

void ChangeWatch::doStart()
{
    auto point = WatchCursor(m_db).read();
    if (!point) {
        finishWithError(point.error());
        return;
    }
    m_since = *point;
    if (!m_client) {
        finishWithError(tr("No Cal.com client is configured."));
        return;
    }
    calcom::BookingQuery query;
    query.afterUpdatedAt = m_since.lastUpdatedAt.isValid()
        ? m_since.lastUpdatedAt
        : Clock::instance().nowUtc().addDays(-kFirstLookDays);
    query.sortByUpdatedAt = true;
    auto* job = m_client->listBookings(query);
    m_request = job;
    connect(job, &calcom::CalcomJob::finished, this, [this, job] {
        m_request = nullptr;
        m_pages = job->pagesFetched();
        if (isCancelRequested()) {
            finishWithError(tr("Cancelled."));
            return;
        }
        if (job->hasError()) {
            finishWithError(
                tr("Cannot list the bookings changed in Cal.com: %1").arg(job->error().userMessage()));
            return;
        }
        examine(job->bookings());
    });
}

void ChangeWatch::examine(const QList<Booking>& listed)
{
    // afterUpdatedAt is inclusive: what the last look saw at its very last instant is not new.
    const QSet<QString> seen(m_since.uidsAtCursor.cbegin(), m_since.uidsAtCursor.cend());
    QList<Booking> changed;
    m_until = m_since;
    for (const Booking& b : listed) {
        const QDateTime at = b.updatedAt.toUTC();
        if (at.isValid() && at == m_since.lastUpdatedAt && seen.contains(b.uid))
            continue;
        changed.append(b);
        if (!at.isValid())
            continue;
        if (!m_until.lastUpdatedAt.isValid() || at > m_until.lastUpdatedAt) {
            m_until.lastUpdatedAt = at;
            m_until.uidsAtCursor = { b.uid };
        } else if (at == m_until.lastUpdatedAt && !m_until.uidsAtCursor.contains(b.uid)) {
            m_until.uidsAtCursor.append(b.uid);
        }
    }
    m_changed = int(changed.size());

    QList<qint64> phaseIds;
    for (const Booking& b : changed)
        if (const auto id = sync::BookingMetadata::phaseIdOf(b)) {
            ++m_ours;
            if (!phaseIds.contains(*id))
                phaseIds.append(*id);
        }
    DriftRepository repository(m_db, {}, {});
    auto phases = repository.syncedPhases(phaseIds);
    if (!phases) {
        finishWithError(phases.error());
        return;
    }
    QHash<QString, const Booking*> byUid;
    for (const Booking& b : changed)
        byUid.insert(b.uid, &b);
    sync::DriftFinder finder;
    for (const sync::SyncedPhase& phase : std::as_const(*phases))
        if (const Booking* own = byUid.value(phase.bookingUid))
            finder.compare(phase, *own);
    finder.findStrays(changed, *phases, {}, {});

    DriftFacts facts;
    facts.addBookings(changed);
    QList<qint64> involved;
    for (const sync::BookingDrift& d : finder.drift())
        involved.append(d.phaseId);
    if (auto loaded = repository.loadFacts(involved, facts); !loaded) {
        finishWithError(loaded.error());
        return;
    }
    m_items = DriftClassifier::classify(finder.drift(), facts);

    m_until.checkedAt = Clock::instance().nowUtc();
    if (auto stored = WatchCursor(m_db).write(m_until); !stored) {
        finishWithError(stored.error());
        return;
    }
    finishOk();
}

void ChangeWatch::doCancel()
{
    if (auto* job = qobject_cast<calcom::CalcomJob*>(m_request.data()))
        job->cancel();
}

QJsonObject ChangeWatch::toJson() const
{
    QJsonArray list;
    for (const DriftItem& item : m_items)
        list.append(item.toJson());
    QJsonObject o { { QStringLiteral("ok"), !hasError() && m_items.isEmpty() },
        { QStringLiteral("changedBookings"), m_changed }, { QStringLiteral("ourBookings"), m_ours },
        { QStringLiteral("busyBookings"), busyBookings() }, { QStringLiteral("pagesRead"), m_pages },
        { QStringLiteral("items"), list } };
    if (m_since.lastUpdatedAt.isValid())
        o.insert(QStringLiteral("since"), m_since.lastUpdatedAt.toString(Qt::ISODateWithMs));
    if (m_until.lastUpdatedAt.isValid())
        o.insert(QStringLiteral("until"), m_until.lastUpdatedAt.toString(Qt::ISODateWithMs));
    if (hasError())
        o.insert(QStringLiteral("error"), errorString());
    return o;
}

} // namespace salon::drift
