// The main-thread SQL guard: a statement on the GUI thread is reported — through runSql, a Transaction,
// Qt's own QSqlQuery, on both backends — while worker threads, test fixtures and (this round only) the
// sync engine's connection are left alone; in fatal mode the process stops with the statement's text.
#include "TestDatabase.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorker.h"
#include "db/MainThreadSqlGuard.h"
#include "db/SqlStatement.h"
#include "db/Transaction.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace salon;
using namespace salon::test;

class TestMainThreadSqlGuard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        if (qEnvironmentVariableIsSet("SALON_GUARD_CHILD"))
            return;
        MainThreadSqlGuard::setMode(MainThreadSqlGuard::Mode::Report);
        MainThreadSqlGuard::resetReportCount();
    }
    void cleanup()
    {
        if (!qEnvironmentVariableIsSet("SALON_GUARD_CHILD"))
            MainThreadSqlGuard::setMode(MainThreadSqlGuard::Mode::Fatal);
    }

    void reportsStatementsOnTheGuiThread()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(MainThreadSqlGuard::onGuiThread());
        // The fixture connection may: it arranges the test's data.
        QVERIFY(runSql(database->db(), QStringLiteral("SELECT 1")));
        QCOMPARE(MainThreadSqlGuard::reportCount(), 0);

        // An application connection on the GUI thread: its setup alone is reported.
        auto connection = DatabaseConnection::open(database->url(), QStringLiteral("app"));
        QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
        const int afterOpen = MainThreadSqlGuard::reportCount();
        QVERIFY(afterOpen > 0);
        QSqlDatabase db = (*connection)->db();
        QVERIFY(runSql(db, QStringLiteral("SELECT COUNT(*) FROM services")));
        QCOMPARE(MainThreadSqlGuard::reportCount(), afterOpen + 1);
        {
            Transaction transaction(db);
            QVERIFY(transaction.commit());
        }
        QVERIFY(MainThreadSqlGuard::reportCount() >= afterOpen + 3);
        if (backend == QLatin1String("sqlite")) {
            // Qt's own query, past runSql: the driver trace sees it.
            const int before = MainThreadSqlGuard::reportCount();
            QSqlQuery direct(db);
            QVERIFY(direct.exec(QStringLiteral("SELECT name FROM services")));
            QCOMPARE(MainThreadSqlGuard::reportCount(), before + 1);
        }
    }

    void leavesWorkersAlone()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseWorker worker(database->url());
        const bool ran = worker.runBlocking<bool>([](QSqlDatabase& db) {
            return runSql(db, QStringLiteral("SELECT COUNT(*) FROM staff")).has_value();
        });
        QVERIFY(ran);
        QCOMPARE(MainThreadSqlGuard::reportCount(), 0);
    }

    void fatalModeStopsTheProcess()
    {
        QFETCH_GLOBAL(QString, backend);
        if (qEnvironmentVariableIsSet("SALON_GUARD_CHILD")) {
            // The child: one statement on the GUI thread must end the process.
            QString error;
            auto database = TestDatabase::create(backend, &error);
            QVERIFY2(database, qPrintable(error));
            MainThreadSqlGuard::setMode(MainThreadSqlGuard::Mode::Fatal);
            auto connection = DatabaseConnection::open(database->url(), QStringLiteral("app"));
            QFAIL("the guard let a statement on the GUI thread through");
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SALON_GUARD_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("fatalModeStopsTheProcess:%1").arg(backend) });
        QVERIFY(child.waitForFinished(30000));
        QVERIFY(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0);
        const QString output
            = QString::fromUtf8(child.readAllStandardError() + child.readAllStandardOutput());
        QVERIFY2(output.contains(QLatin1String("SQL on the GUI thread")), qPrintable(output));
    }
};

QTEST_MAIN(TestMainThreadSqlGuard)
#include "tst_mainthreadsqlguard.moc"
