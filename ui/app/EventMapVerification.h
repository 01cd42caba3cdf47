#pragma once

#include "core/eventmaps/Finding.h"
#include "ui/models/FindingsProxyModel.h"
#include "ui/models/RowFinding.h"

#include <QObject>
#include <QPointer>

namespace salon
{
class DatabaseSession;
}

namespace salon::ui
{

class CalcomConnection;
class EventMapPage;

// Tools → Verify event maps: runs core's EventMapVerifier (the data read in the database worker; the
// remote checks too when Cal.com is connected), lays the findings over the Event map page and says the
// outcome in one line built from the page's counts — the same numbers the page's banner shows.
class EventMapVerification : public QObject
{
    Q_OBJECT
public:
    EventMapVerification(DatabaseSession* session, QObject* parent = nullptr);

    void run(EventMapPage* page, CalcomConnection* calcom);
    bool isRunning() const { return m_running; }

    // A verifier finding as the page shows it: on its map row (or none), with the rows it describes.
    static RowFinding rowFinding(const eventmaps::Finding& finding);
    // "Event maps verified: 24 error(s), no warnings."
    static QString summary(const FindingsProxyModel::Counts& counts);

signals:
    // The status-bar line, once the findings are on the page.
    void finished(const QString& summary);

private:
    DatabaseSession* m_session;
    bool m_running = false;
};

} // namespace salon::ui
