// DatabaseRateBudget on both backends: reservations stop at the limit, two processes' connections
// reserving at once never pass it together, a 429 block is shared, and the API key is never stored.
#include "TestDatabase.h"
#include "calcom/DatabaseRateBudget.h"
#include "db/DatabaseWorker.h"

#include <QTest>

using namespace salon;
using namespace salon::calcom;
using namespace salon::test;

namespace
{
// Reserves and waits for the answer (from the event loop, as the limiter gets it).
SharedRateBudget::Answer reserveNow(SharedRateBudget& budget, int limit, qint64 spanMs, const QString& owner)
{
    std::optional<SharedRateBudget::Answer> answer;
    budget.reserve(limit, spanMs, owner, [&](SharedRateBudget::Answer a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) {
        SharedRateBudget::Answer timedOut;
        timedOut.error = QStringLiteral("no answer within 10 s");
        return timedOut;
    }
    return *answer;
}
} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void reservesUpToTheLimitThenRefuses()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseWorker worker(database->url());
        DatabaseRateBudget budget(
            &worker, DatabaseRateBudget::keyHash(QUrl("http://127.0.0.1:1/v2"), "cal_a"));
        for (int i = 0; i < 3; ++i) {
            const auto answer = reserveNow(budget, 3, 60000, QStringLiteral("one"));
            QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
            QVERIFY(answer.granted);
            QCOMPARE(int(answer.window.size()), i + 1);
            QCOMPARE(answer.window.back().id, answer.sendId);
        }
        const auto refused = reserveNow(budget, 3, 60000, QStringLiteral("two"));
        QVERIFY(!refused.granted);
        QCOMPARE(int(refused.window.size()), 3);
        QVERIFY(refused.window.front().atMs <= refused.window.back().atMs);
        QCOMPARE(refused.window.front().owner, QStringLiteral("one"));
        // Another key has a budget of its own.
        DatabaseRateBudget other(
            &worker, DatabaseRateBudget::keyHash(QUrl("http://127.0.0.1:1/v2"), "cal_b"));
        QVERIFY(reserveNow(other, 3, 60000, QStringLiteral("one")).granted);
    }

    void twoProcessesReservingAtOnceNeverPassTheLimit()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        const QString key = DatabaseRateBudget::keyHash(QUrl("https://api.cal.com/v2"), "cal_shared");
        // Two connections, as two processes have; each asks 50 times without waiting for the other.
        DatabaseWorker firstWorker(database->url()), secondWorker(database->url());
        DatabaseRateBudget first(&firstWorker, key), second(&secondWorker, key);
        int granted = 0, answered = 0;
        QStringList errors;
        for (int i = 0; i < 50; ++i) {
            for (DatabaseRateBudget* budget : { &first, &second })
                budget->reserve(60, 60000, budget == &first ? "a" : "b", [&](SharedRateBudget::Answer a) {
                    ++answered;
                    granted += a.granted ? 1 : 0;
                    if (!a.error.isEmpty())
                        errors << a.error;
                    QVERIFY(int(a.window.size()) <= 60);
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 100, 30000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(granted, 60);
        QCOMPARE(scalar(database->db(), "SELECT COUNT(*) FROM rate_budget_sends").toInt(), 60);
    }

    void aBlockHoldsEveryoneAndTheKeyIsNeverStored()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseWorker worker(database->url());
        const QString secret = QStringLiteral("cal_live_secret_0123456789");
        const QString key = DatabaseRateBudget::keyHash(QUrl("https://api.cal.com/v2"), secret);
        QVERIFY(!key.contains(QStringLiteral("secret")));
        QCOMPARE(key.size(), 64);
        QVERIFY(key != DatabaseRateBudget::keyHash(QUrl("http://127.0.0.1:8765/v2"), secret));
        DatabaseRateBudget budget(&worker, key);
        const auto before = reserveNow(budget, 120, 60000, QStringLiteral("one"));
        QVERIFY(before.granted);
        budget.block(before.nowMs + 60000);
        budget.block(before.nowMs + 1000); // an earlier end never shortens a block
        const auto blocked = reserveNow(budget, 120, 60000, QStringLiteral("two"));
        QVERIFY(!blocked.granted);
        QCOMPARE(blocked.blockedUntilMs, before.nowMs + 60000);
        for (const char* table : { "rate_budget", "rate_budget_sends" }) {
            const QString dump = scalar(database->db(),
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE key_hash LIKE '%cal_%'").arg(table))
                                     .toString();
            QCOMPARE(dump, QStringLiteral("0"));
        }
    }

    void oldSendsArePruned()
    {
        QFETCH_GLOBAL(QString, backend);
        QString error;
        auto database = TestDatabase::create(backend, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseWorker worker(database->url());
        DatabaseRateBudget budget(&worker, QStringLiteral("k"));
        const auto first = reserveNow(budget, 5, 1000, QStringLiteral("one"));
        QVERIFY(first.granted);
        QTest::qWait(2100); // two spans
        const auto later = reserveNow(budget, 5, 1000, QStringLiteral("one"));
        QVERIFY(later.granted);
        QCOMPARE(int(later.window.size()), 1);
        QCOMPARE(scalar(database->db(), "SELECT COUNT(*) FROM rate_budget_sends").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
