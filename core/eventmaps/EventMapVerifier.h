#pragma once

#include "EventMapData.h"
#include "Finding.h"

#include "calcom/CalcomError.h"
#include "calcom/EventType.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace salon::eventmaps
{

class TeamEventTypeCache;

// Checks the event map (docs/event-map-integrity.md). Local checks read only the data; with a
// TeamEventTypeCache the remote checks compare it with Cal.com, asking once for the team's event types and
// once per staff user that has maps on MANAGED parents (never once per map row).
//
// Asynchronous, for the GUI: start(), then finished(); findings() or error(). The CLI and tests may call
// waitForFinished().
class EventMapVerifier : public QObject
{
    Q_OBJECT
public:
    explicit EventMapVerifier(QObject* parent = nullptr);
    ~EventMapVerifier() override;

    // The local checks on their own (synchronous, no network).
    static QList<Finding> checkLocal(const EventMapData& data);

    // Starts the run; cache == nullptr means local checks only. finished() is emitted from the event loop.
    void start(const EventMapData& data, TeamEventTypeCache* cache = nullptr);

    bool isFinished() const { return m_finished; }
    // Valid after finished(). Local findings first, then remote ones, each in map order.
    const QList<Finding>& findings() const { return m_findings; }
    // The remote part could not run (Cal.com unreachable, key refused, ...). Local findings are still there.
    bool hasError() const { return m_error.has_value(); }
    const calcom::CalcomError& error() const { return *m_error; }

    // CLI AND TESTS ONLY: blocks in a local event loop until finished(). Returns isFinished().
    bool waitForFinished(int timeoutMs = -1);

    // After a remote run: the child of the map's MANAGED parent that Cal.com shows for the row's staff user.
    std::optional<calcom::EventType> visibleChild(qint64 mapId) const
    {
        return m_visibleChildren.value(mapId);
    }

signals:
    void finished();

private:
    void fetchUserLists();
    void checkRemote();
    void finish();

    EventMapData m_data;
    QPointer<TeamEventTypeCache> m_cache;
    QList<Finding> m_findings;
    std::optional<calcom::CalcomError> m_error;
    QHash<QString, QList<calcom::EventType>> m_userLists; // by lower-case username
    QHash<qint64, std::optional<calcom::EventType>> m_visibleChildren;
    int m_pendingLists = 0;
    bool m_finished = false;
};

} // namespace salon::eventmaps
