#include "TestDatabase.h"

#include "db/Migrator.h"
#include "db/SqlStatement.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

namespace salon::test
{

namespace
{
QAtomicInt g_counter;

QString pgAdminUrl()
{
    return qEnvironmentVariable("SALON_TEST_PG_URL");
}
} // namespace

QStringList TestDatabase::backends()
{
    QStringList result { QStringLiteral("sqlite") };
    if (!pgAdminUrl().isEmpty())
        result << QStringLiteral("postgresql");
    return result;
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& backend : backends())
        QTest::newRow(qPrintable(backend)) << backend;
    if (pgAdminUrl().isEmpty() && qEnvironmentVariable("CI") == QLatin1String("true"))
        qFatal("CI=true but SALON_TEST_PG_URL is not set: PostgreSQL tests would silently not run. "
               "Run the tests through scripts/run-tests.sh.");
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString& backend, QString* error, bool migrate)
{
    std::unique_ptr<TestDatabase> result(new TestDatabase);
    const QString connectionName = QStringLiteral("test-%1").arg(g_counter.fetchAndAddRelaxed(1));
    if (backend == QLatin1String("sqlite")) {
        result->m_dir = std::make_unique<QTemporaryDir>();
        result->m_url = DatabaseUrl::sqliteFile(result->m_dir->filePath(QStringLiteral("salon.sqlite")));
    } else {
        auto admin = DatabaseUrl::parse(pgAdminUrl());
        if (!admin) {
            *error = admin.error();
            return nullptr;
        }
        result->m_pgDatabaseName
            = QStringLiteral("salon_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        {
            auto adminConnection = DatabaseConnection::open(
                *admin, connectionName + QStringLiteral("-admin"), GuiThreadUse::TestFixture);
            if (!adminConnection) {
                *error = adminConnection.error();
                return nullptr;
            }
            auto created = runSql(
                (*adminConnection)->db(), QStringLiteral("CREATE DATABASE %1").arg(result->m_pgDatabaseName));
            if (!created) {
                *error = created.error();
                return nullptr;
            }
        }
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                          .arg(admin->user(), admin->host())
                                          .arg(admin->port())
                                          .arg(result->m_pgDatabaseName));
        result->m_url = *url;
    }
    // The test's own connection arranges and checks data; code under test opens its own.
    auto connection = DatabaseConnection::open(result->m_url, connectionName, GuiThreadUse::TestFixture);
    if (!connection) {
        *error = connection.error();
        return nullptr;
    }
    result->m_connection = std::move(*connection);
    if (migrate) {
        Migrator migrator(result->m_connection->db());
        if (auto applied = migrator.migrate(); !applied) {
            *error = applied.error();
            return nullptr;
        }
    }
    return result;
}

TestDatabase::~TestDatabase()
{
    m_connection.reset();
    if (!m_pgDatabaseName.isEmpty()) {
        auto admin = DatabaseUrl::parse(pgAdminUrl());
        auto adminConnection = DatabaseConnection::open(
            *admin, QStringLiteral("drop-") + m_pgDatabaseName, GuiThreadUse::TestFixture);
        if (adminConnection)
            runSql((*adminConnection)->db(),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabaseName));
    }
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = runSql(db, sql, values);
    if (!q) {
        qWarning("scalar(%s) failed: %s", qPrintable(sql), qPrintable(q.error()));
        return {};
    }
    return q->next() ? q->value(0) : QVariant();
}

} // namespace salon::test
