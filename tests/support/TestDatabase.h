#pragma once

#include "db/DatabaseConnection.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace salon::test
{

// A fresh, migrated database for one test on either backend. SQLite lives in a temporary folder;
// PostgreSQL gets a new database on the server named by SALON_TEST_PG_URL (the test runner starts one
// on loopback), dropped again afterwards.
class TestDatabase
{
public:
    // "sqlite" always; "postgresql" when SALON_TEST_PG_URL is set.
    static QStringList backends();
    // For Qt Test data functions: adds a "backend" column and one row per backend. With CI=true a
    // missing PostgreSQL server is a failure, not a skip.
    static void addBackendRows();

    // Creates and migrates; QFAIL-style: returns nullptr and sets error on failure.
    static std::unique_ptr<TestDatabase> create(const QString& backend, QString* error, bool migrate = true);
    ~TestDatabase();

    // A test fixture connection (GuiThreadUse::TestFixture): the main-thread SQL guard lets it arrange and
    // check data on the GUI thread of widget tests; code under test never gets it.
    QSqlDatabase db() const { return m_connection->db(); }
    const DatabaseUrl& url() const { return m_url; }
    // The --db argument the CLI takes for this database.
    QString cliUrl() const { return m_url.toString(); }

private:
    TestDatabase() = default;

    DatabaseUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
    QString m_pgDatabaseName;
};

// Runs one SQL statement and returns the first column of the first row (for assertions).
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

} // namespace salon::test
