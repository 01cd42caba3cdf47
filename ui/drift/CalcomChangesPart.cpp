#include "CalcomChangesPart.h"

#include "DriftApplier.h"
#include "DriftItemModel.h"
#include "DriftPanel.h"
#include "DriftPoller.h"
#include "core/calcom/CalcomClient.h"
#include "core/db/DatabaseSession.h"
#include "core/drift/DriftItemStore.h"
#include "ui/StatusIndicators.h"
#include "ui/sync/SyncConsole.h"
#include "ui/sync/SyncConsoleController.h"

#include <QLocale>
#include <QTimer>

namespace salon::ui
{

CalcomChangesPart::CalcomChangesPart(
    DatabaseSession* session, SyncConsole* console, StatusIndicators* status, QObject* parent)
    : QObject(parent)
    , m_console(console)
    , m_status(status)
    , m_worker(session->worker())
    , m_poller(new DriftPoller(session->worker(), this))
    , m_model(new DriftItemModel(this))
    , m_applier(new DriftApplier(session->worker(), this))
    , m_panel(new DriftPanel(m_model, m_applier))
    , m_reload(new QTimer(this))
{
    m_panel->setObjectName(QStringLiteral("calcomChangesPanel"));
    m_console->addTab(m_panel, m_panel->title());
    connect(m_panel, &DriftPanel::titleChanged, m_console,
        [this](const QString& title) { m_console->setTabTitle(m_panel, title); });
    connect(m_panel, &DriftPanel::statusMessage, m_console, &SyncConsole::statusMessage);
    connect(m_panel, &DriftPanel::lookNowRequested, m_poller, &DriftPoller::pollNow);

    m_poller->setBusyCheck([this]() -> QString {
        if (m_console->isSyncing())
            return tr("A sync is running.");
        if (m_console->controller()->isReconciling())
            return tr("The reconcile pass is running.");
        if (m_applier->isApplying())
            return tr("A change is being applied.");
        return {};
    });
    connect(m_poller, &DriftPoller::polled, this,
        [this](const QList<drift::DriftItem>& items, const QDateTime& at) {
            m_model->setItems(items);
            showLastLook(at, {});
        });
    // What earlier looks (this program's before a restart, cron's watch) left unsettled, and whatever
    // another program settles or finds later.
    m_reload->setSingleShot(true);
    m_reload->setInterval(200);
    connect(m_reload, &QTimer::timeout, this, &CalcomChangesPart::reload);
    connect(session->changes(), &ChangeWatcher::changed, this, [this](const ChangeSet& changes) {
        if (changes.touches(QStringLiteral("calcom_drift_items")))
            m_reload->start();
    });
    reload();
    connect(m_poller, &DriftPoller::pollFailed, this,
        [this](const QString& message, const QDateTime& at) { showLastLook(at, message); });
}

void CalcomChangesPart::reload()
{
    drift::DriftItemStore::unsettledIn(
        m_worker, this, [this](Expected<QList<drift::DriftItem>, QString> items) {
            if (items)
                m_model->setItems(*items);
            else
                emit m_panel->statusMessage(items.error());
        });
}

void CalcomChangesPart::setCalcom(calcom::CalcomClient* client, qint64 teamId)
{
    m_applier->setCalcom(client, teamId);
    m_panel->setCalcomBaseUrl(client ? client->settings().baseUrl : QUrl());
    m_poller->setCalcom(client);
}

void CalcomChangesPart::setIntervalMinutes(int minutes)
{
    m_poller->setIntervalMinutes(minutes);
}

void CalcomChangesPart::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_applier->setTimeZone(zone);
    m_panel->setTimeZone(zone);
    if (m_poller->lastLook().isValid())
        showLastLook(m_poller->lastLook(), m_poller->lastError());
}

void CalcomChangesPart::setActor(const QString& actor)
{
    m_applier->setActor(actor);
}

QString CalcomChangesPart::lastLookText(const QDateTime& at, const QString& error, const QTimeZone& zone)
{
    const QString time = QLocale().toString(at.toTimeZone(zone).time(), QLocale::ShortFormat);
    return error.isEmpty() ? tr("Cal.com checked %1").arg(time)
                           : tr("Cal.com check at %1 failed: %2").arg(time, error);
}

QString CalcomChangesPart::lastLookShortText(const QDateTime& at, const QString& error, const QTimeZone& zone)
{
    const QString time = QLocale().toString(at.toTimeZone(zone).time(), QLocale::ShortFormat);
    return error.isEmpty() ? tr("checked %1").arg(time) : tr("check failed %1").arg(time);
}

void CalcomChangesPart::showLastLook(const QDateTime& at, const QString& error)
{
    const QString text = lastLookText(at, error, m_zone);
    m_panel->setLastLook(text);
    m_status->setCalcomCheck(lastLookShortText(at, error, m_zone), text, !error.isEmpty());
}

} // namespace salon::ui
