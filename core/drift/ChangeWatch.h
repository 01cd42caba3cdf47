#pragma once

#include "DriftItem.h"
#include "WatchCursor.h"
#include "calcom/Booking.h"
#include "common/Job.h"

#include <QPointer>
#include <QSqlDatabase>

namespace salon
{
class DatabaseWorker;
} // namespace salon

namespace salon::calcom
{
class CalcomClient;
} // namespace salon::calcom

namespace salon::drift
{

// One look for changes made in Cal.com since the last one (API-FACTS §12.9): GET /v2/bookings with
// afterUpdatedAt = where the last look stopped (WatchCursor) and sortUpdatedAt=asc — one request per page of
// changed bookings, nothing else — then the changed bookings that carry our salonPhaseId are compared with
// their phases and classified like the reconcile pass, and stored with the changes nobody settled yet
// (DriftItemStore). The new point is stored when the look succeeded. Changes nothing else. The database is
// read and the point written in the worker's thread, so the desktop runs a look from the GUI thread as the
// CLI does.
class ChangeWatch : public Job
{
    Q_OBJECT
public:
    // The first look (no point stored yet) goes back this far.
    static constexpr int kFirstLookDays = 7;

    ChangeWatch(DatabaseWorker* worker, calcom::CalcomClient* client, QObject* parent = nullptr);

    // Every change nobody settled yet (DriftItemStore): this look's and earlier looks' (cron's, the
    // desktop's).
    const QList<DriftItem>& items() const { return m_items; }
    int newItems() const { return m_found; } // changes among this look's bookings
    int changedBookings() const { return m_changed; }
    int ourBookings() const { return m_ours; } // changed bookings with our salonPhaseId
    int busyBookings() const { return m_changed - m_ours; } // without: busy time, never touched
    int pagesRead() const { return m_pages; }
    const WatchPoint& since() const { return m_since; }
    const WatchPoint& until() const { return m_until; }
    QJsonObject toJson() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Examined;
    static Examined examineIn(
        QSqlDatabase& db, const WatchPoint& since, const QList<calcom::Booking>& listed);
    void list();
    void examine(QList<calcom::Booking> changed);

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    QPointer<QObject> m_request;
    WatchPoint m_since;
    WatchPoint m_until;
    QList<DriftItem> m_items;
    int m_changed = 0;
    int m_ours = 0;
    int m_found = 0;
    int m_pages = 0;
};

} // namespace salon::drift
