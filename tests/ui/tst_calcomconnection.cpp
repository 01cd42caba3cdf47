// The GUI's Cal.com connection shares the request budget with the CLI and other windows on the same key
// and database (issue 19): once connected, every request it sent is in the database's send log.
#include "SandboxServer.h"
#include "SandboxState.h"
#include "TestDatabase.h"
#include "calcom/CalcomClient.h"
#include "calcom/DatabaseRateBudget.h"
#include "calcom/RateLimiter.h"
#include "ui/CalcomConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace salon;
using namespace salon::test;
using salon::ui::CalcomConnection;

class TestCalcomConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void requestsAreReservedInTheSharedBudget()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        auto state = sandbox::SandboxState::fromScenario(QStringLiteral("incident"), &error);
        QVERIFY2(state, qPrintable(error));
        sandbox::SandboxServer server(*state);
        const QString key = QStringLiteral("cal_sandbox_demo_key");
        server.addApiKey(key, 1346400);
        QVERIFY(server.start());

        calcom::CalcomSettings settings;
        settings.baseUrl = server.baseUrl();
        settings.teamId = 12345;
        CalcomConnection connection(settings);
        connection.shareRateBudget(database->url());
        QSignalSpy ready(&connection, &CalcomConnection::ready);
        connection.connectToCalcom(key);
        QVERIFY(ready.wait(20000));
        QVERIFY(connection.client()->rateLimiter()->usesSharedBudget());

        // Every request (here GET /me: the team is configured) was reserved under the key's hash; the key
        // itself is not stored.
        const QString hash = calcom::DatabaseRateBudget::keyHash(server.baseUrl(), key);
        const int sends = scalar(database->db(),
            QStringLiteral("SELECT COUNT(*) FROM rate_budget_sends WHERE key_hash = '%1'").arg(hash))
                              .toInt();
        QVERIFY2(sends >= 1, qPrintable(QString::number(sends)));
        QCOMPARE(sends, int(server.log().size()));
        QCOMPARE(scalar(database->db(),
                     QStringLiteral("SELECT COUNT(*) FROM rate_budget_sends WHERE key_hash LIKE '%cal_%'"))
                     .toInt(),
            0);
    }
};

QTEST_MAIN(TestCalcomConnection)
#include "tst_calcomconnection.moc"
