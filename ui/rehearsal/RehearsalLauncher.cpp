#include "RehearsalLauncher.h"

#include "DifferenceReportDialog.h"
#include "RehearsalEnvironment.h"
#include "core/db/DatabaseSession.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "ui/settings/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QToolBar>

namespace salon::ui
{

RehearsalLauncher::RehearsalLauncher(
    DatabaseWorker* original, const AppSettings& settings, const QString& snapshotPath, QObject* parent)
    : QObject(parent)
    , m_environment(new RehearsalEnvironment(original, snapshotPath, this))
{
    m_settings = std::make_unique<AppSettings>(
        QDir(m_environment->folder()).filePath(QStringLiteral("settings.ini")));
    m_settings->setLanguage(settings.language());
    m_settings->setTimeZoneId(settings.timeZoneId());
    connect(m_environment, &RehearsalEnvironment::failed, this, &RehearsalLauncher::failed);
    connect(m_environment, &RehearsalEnvironment::ready, this, &RehearsalLauncher::openWindow);
}

RehearsalLauncher::~RehearsalLauncher()
{
    // The window and its session first, then the sandbox and the copy they use.
    m_controller.reset();
}

void RehearsalLauncher::start()
{
    m_environment->start();
}

void RehearsalLauncher::openWindow()
{
    m_controller = std::make_unique<AppController>(*m_settings);
    connect(m_controller.get(), &AppController::startFailed, this, &RehearsalLauncher::failed);
    connect(m_controller.get(), &AppController::started, this, [this] {
        m_controller->mainWindow()->installEventFilter(this);
        if (auto* bar = m_controller->mainWindow()->findChild<QToolBar*>(QStringLiteral("rehearsalBar"))) {
            QAction* differences
                = bar->addAction(tr("What would change…"), this, [this] { showDifferences(); });
            differences->setObjectName(QStringLiteral("differencesAction"));
        }
        emit started(m_controller.get());
    });
    CalcomStartOptions calcom;
    calcom.baseUrl = m_environment->sandboxUrl();
    calcom.teamId = m_environment->snapshot().teamId;
    calcom.apiKey = m_environment->apiKey();
    calcom.sandbox = true;
    calcom.rehearsal = true;
    m_controller->start(m_environment->databaseUrl(), calcom, QStringLiteral("appointments"));
}

DifferenceReportDialog* RehearsalLauncher::showDifferences()
{
    if (!m_controller || !m_controller->mainWindow())
        return nullptr;
    auto* dialog = new DifferenceReportDialog(m_environment, m_environment->original(),
        m_controller->session()->worker(), m_controller->mainWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->refresh();
    return dialog;
}

bool RehearsalLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Close && m_controller && watched == m_controller->mainWindow())
        deleteLater();
    return QObject::eventFilter(watched, event);
}

} // namespace salon::ui
