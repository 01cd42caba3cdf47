#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

class QTimer;

namespace salon
{
class DatabaseSession;
class DatabaseWorker;
} // namespace salon

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

class DriftApplier;
class DriftItemModel;
class DriftPanel;
class DriftPoller;
class StatusIndicators;
class SyncConsole;

// Issue 17 on the desktop: builds the looks for changes made in Cal.com (DriftPoller), the list they feed
// (DriftItemModel), the applier and the sync console's "Changed in Cal.com" tab (DriftPanel), and tells the
// status bar when Cal.com was last checked. A look waits while the console syncs or reconciles and while a
// change is being applied.
class CalcomChangesPart : public QObject
{
    Q_OBJECT
public:
    CalcomChangesPart(
        DatabaseSession* session, SyncConsole* console, StatusIndicators* status, QObject* parent = nullptr);

    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setIntervalMinutes(int minutes);
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor);

    DriftPoller* poller() const { return m_poller; }
    DriftItemModel* model() const { return m_model; }
    DriftApplier* applier() const { return m_applier; }
    DriftPanel* panel() const { return m_panel; }

    // "Cal.com checked 10:42" or "Cal.com check at 10:42 failed: …", in the salon's time zone.
    static QString lastLookText(const QDateTime& at, const QString& error, const QTimeZone& zone);
    // Its short form for the status bar, next to the Cal.com connection: "checked 10:42", "check failed
    // 10:42".
    static QString lastLookShortText(const QDateTime& at, const QString& error, const QTimeZone& zone);

    // Lists the unsettled changes the database holds (DriftItemStore, in the worker).
    void reload();

private:
    void showLastLook(const QDateTime& at, const QString& error);

    SyncConsole* m_console;
    StatusIndicators* m_status;
    DatabaseWorker* m_worker;
    DriftPoller* m_poller;
    DriftItemModel* m_model;
    DriftApplier* m_applier;
    DriftPanel* m_panel;
    QTimer* m_reload;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
};

} // namespace salon::ui
