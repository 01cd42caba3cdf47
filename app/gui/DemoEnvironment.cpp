#include "DemoEnvironment.h"

#include "SandboxServer.h"
#include "SandboxState.h"
#include "db/DatabaseConnection.h"
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
    {
        auto connection = DatabaseConnection::open(m_databaseUrl, QStringLiteral("salon-demo-setup"));
        if (!connection) {
            m_error = connection.error();
            return false;
        }
        if (auto migrated = Migrator((*connection)->db()).migrate(); !migrated) {
            m_error = migrated.error();
            return false;
        }
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
        const auto imported
            = DatasetImporter((*connection)->db(), QStringLiteral("demo")).import(*dataset, false);
        if (!imported) {
            m_error = imported.error().toString();
            return false;
        }
    }
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
