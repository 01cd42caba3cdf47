#include "ChangeWatch.h"

#include "ChangedBookingCheck.h"
#include "DriftItemStore.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Clock.h"
#include "day/BusyBookingStore.h"
#include "db/DatabaseWorker.h"
#include "sync/BookingMetadata.h"

#include <QJsonArray>
#include <QSet>

namespace salon::drift
{

using calcom::Booking;

// What the worker found in one page set of changed bookings.
struct ChangeWatch::Examined {
    QString error;
    QList<DriftItem> items;
    WatchPoint until;
    int changed = 0;
    int ours = 0;
    int found = 0;
};

// In the worker's thread: the changed bookings that are new since `since`, compared with their phases and
// classified; what they show is stored with the changes nobody settled yet, then the new point.
ChangeWatch::Examined ChangeWatch::examineIn(
    QSqlDatabase& db, const WatchPoint& since, const QList<Booking>& listed)
{
    ChangeWatch::Examined result;
    // afterUpdatedAt is inclusive: what the last look saw at its very last instant is not new.
    const QSet<QString> seen(since.uidsAtCursor.cbegin(), since.uidsAtCursor.cend());
    QList<Booking> changed;
    WatchPoint& until = result.until;
    until = since;
    for (const Booking& b : listed) {
        const QDateTime at = b.updatedAt.toUTC();
        if (at.isValid() && at == since.lastUpdatedAt && seen.contains(b.uid))
            continue;
        changed.append(b);
        if (!at.isValid())
            continue;
        if (!until.lastUpdatedAt.isValid() || at > until.lastUpdatedAt) {
            until.lastUpdatedAt = at;
            until.uidsAtCursor = { b.uid };
        } else if (at == until.lastUpdatedAt && !until.uidsAtCursor.contains(b.uid)) {
            until.uidsAtCursor.append(b.uid);
        }
    }
    result.changed = int(changed.size());
    for (const Booking& b : changed)
        result.ours += sync::BookingMetadata::phaseIdOf(b) ? 1 : 0;

    auto found = ChangedBookingCheck::run(db, changed);
    if (!found) {
        result.error = found.error();
        return result;
    }
    result.found = int(found->size());
    // Stored before the point moves on: a crash in between shows the same bookings again, never loses them.
    auto unsettled = DriftItemStore(db).record(changed, *found);
    if (!unsettled) {
        result.error = unsettled.error();
        return result;
    }
    result.items = *unsettled;

    // Bookings without our metadata are the staff's busy time: kept for the Day page (no request of its own).
    if (auto busy = day::BusyBookingStore(db).record(changed); !busy) {
        result.error = busy.error();
        return result;
    }
    until.checkedAt = Clock::instance().nowUtc();
    if (auto stored = WatchCursor(db).write(until); !stored)
        result.error = stored.error();
    return result;
}

ChangeWatch::ChangeWatch(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent)
    : Job(parent)
    , m_worker(worker)
    , m_client(client)
{
}

void ChangeWatch::doStart()
{
    if (!m_client) {
        finishWithError(tr("No Cal.com client is configured."));
        return;
    }
    m_worker->post<Expected<WatchPoint, QString>>([](QSqlDatabase& db) { return WatchCursor(db).read(); },
        this,
        [this](Expected<WatchPoint, QString> point) {
            if (!point) {
                finishWithError(point.error());
                return;
            }
            m_since = *point;
            if (isCancelRequested()) {
                finishWithError(tr("Cancelled."));
                return;
            }
            list();
        });
}

void ChangeWatch::list()
{
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

void ChangeWatch::examine(QList<Booking> listed)
{
    const WatchPoint since = m_since;
    m_worker->post<Examined>(
        [since, listed = std::move(listed)](QSqlDatabase& db) { return examineIn(db, since, listed); }, this,
        [this](Examined result) {
            m_changed = result.changed;
            m_ours = result.ours;
            m_found = result.found;
            if (!result.error.isEmpty()) {
                finishWithError(result.error);
                return;
            }
            m_items = std::move(result.items);
            m_until = std::move(result.until);
            finishOk();
        });
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
        { QStringLiteral("newItems"), m_found }, { QStringLiteral("items"), list } };
    if (m_since.lastUpdatedAt.isValid())
        o.insert(QStringLiteral("since"), m_since.lastUpdatedAt.toString(Qt::ISODateWithMs));
    if (m_until.lastUpdatedAt.isValid())
        o.insert(QStringLiteral("until"), m_until.lastUpdatedAt.toString(Qt::ISODateWithMs));
    if (hasError())
        o.insert(QStringLiteral("error"), errorString());
    return o;
}

} // namespace salon::drift
