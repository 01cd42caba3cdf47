#pragma once

#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace salon::sandbox
{
class SandboxServer;
}

namespace salon::ui
{

// `salon-admin --demo`: a temporary SQLite database with the incident's salon data and the built-in
// Cal.com sandbox with the incident's Cal.com side (MANAGED parents without children), so a newcomer can
// walk the whole story — verify, wizard, retry appointment 763 — without touching a real account.
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    DemoEnvironment();
    ~DemoEnvironment();

    // Creates the database and starts the sandbox on loopback; false with error() on failure.
    bool start();
    QString error() const { return m_error; }

    DatabaseUrl databaseUrl() const { return m_databaseUrl; }
    QUrl sandboxUrl() const;
    qint64 teamId() const { return 12345; }
    QString apiKey() const { return QStringLiteral("cal_sandbox_demo_key"); }

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_databaseUrl;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_error;
};

} // namespace salon::ui
