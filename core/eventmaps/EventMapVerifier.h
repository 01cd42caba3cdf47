#pragma once

#include "EventMapData.h"
#include "Finding.h"

#include "calcom/CalcomError.h"
#include "calcom/EventType.h"
#include "common/Job.h"

#include <QHash>
#include <QPointer>

#include <optional>

namespace salon
{
class DatabaseWorker;
}

namespace salon::eventmaps
{

class TeamEventTypeCache;

// Checks the event map (docs/event-map-integrity.md). Local checks read only the data; with a
// TeamEventTypeCache the remote checks compare it with Cal.com, asking once for the team's event types and
// once per staff user that has maps on MANAGED parents (never once per map row).
//
// A job (core/common/Job.h): start(), then finished(); findings(), and remoteError() when Cal.com could
// not be checked. The data is given (the CLI has read it) or read first in the application's database
// worker (setDatabase, the GUI). hasError() means the data could not be read. The CLI and tests may call
// waitForFinished().
class EventMapVerifier : public Job
{
    Q_OBJECT
public:
    explicit EventMapVerifier(QObject* parent = nullptr);
    ~EventMapVerifier() override;

    // The local checks on their own (synchronous, no network).
    static QList<Finding> checkLocal(const EventMapData& data);

    using Job::start;
    // Checks this data; cache == nullptr means local checks only. finished() is emitted from the event loop.
    void start(const EventMapData& data, TeamEventTypeCache* cache = nullptr);
    // Reads the data in the worker first (EventMapRepository::load) — the GUI's way, never on its thread.
    void setDatabase(DatabaseWorker* worker, std::optional<qint64> serviceId = std::nullopt);
    void setCache(TeamEventTypeCache* cache);
    bool checksRemote() const;

    // Valid after finished(). Local findings first, then remote ones, each in map order.
    const QList<Finding>& findings() const { return m_findings; }
    // The data the findings are about.
    const EventMapData& data() const { return m_data; }
    // The remote part could not run (Cal.com unreachable, key refused, ...). Local findings are still there.
    bool hasRemoteError() const { return m_remoteError.has_value(); }
    const calcom::CalcomError& remoteError() const { return *m_remoteError; }

protected:
    void doStart() override;

private:
    void verify();
    void fetchUserLists();
    void checkRemote();
    void finish();

    DatabaseWorker* m_worker = nullptr;
    std::optional<qint64> m_serviceId;
    bool m_hasData = false;
    EventMapData m_data;
    QPointer<TeamEventTypeCache> m_cache;
    QList<Finding> m_findings;
    std::optional<calcom::CalcomError> m_remoteError;
    QHash<QString, QList<calcom::EventType>> m_userLists; // by lower-case username
    int m_pendingLists = 0;
    bool m_checked = false;
};

} // namespace salon::eventmaps
