#include "DemoEnvironment.h"

#include "SandboxServer.h"
#include "SandboxState.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"

#include <QFile>

namespace salon::ui
{

DemoEnvironment::DemoEnvironment() = default;
DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start()
{
    if (!m_dir.isValid()) {
        m_error = tr("Cannot create a temporary folder for the demo database.");
        return false;
    }
    m_databaseUrl = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("salon-demo.sqlite")));
    QFile file(QStringLiteral(":/demo/incident-salon.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The demo dataset is missing from this build.");
        return false;
    }
    const auto dataset = DatasetJson::parse(file.readAll());
    if (!dataset) {
        m_error = dataset.error().toString();
        return false;
    }
    // In a worker thread, so not even the setup runs SQL on the GUI thread (the event loop is not running
    // yet: waiting here freezes nothing).
    DatabaseWorker worker(m_databaseUrl);
    m_error = worker.runBlocking<QString>([&dataset](QSqlDatabase& db) -> QString {
        if (!db.isOpen())
            return tr("Cannot open the demo database.");
        if (auto migrated = Migrator(db).migrate(); !migrated)
            return migrated.error();
        if (auto imported = DatasetImporter(db, QStringLiteral("demo")).import(*dataset, false); !imported)
            return imported.error().toString();
        return {};
    });
    if (!m_error.isEmpty())
        return false;
    QString scenarioError;
    auto state = sandbox::SandboxState::fromScenario(QStringLiteral("incident"), &scenarioError);
    if (!state) {
        m_error = scenarioError;
        return false;
    }
    m_sandbox = std::make_unique<sandbox::SandboxServer>(*state);
    m_sandbox->addApiKey(apiKey(), 1346400);
    if (!m_sandbox->start()) {
        m_error = tr("The built-in Cal.com sandbox cannot listen on 127.0.0.1.");
        return false;
    }
    return true;
}

QUrl DemoEnvironment::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

} // namespace salon::ui
