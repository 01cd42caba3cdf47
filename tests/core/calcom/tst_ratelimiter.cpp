// RateLimiter on a ManualClock: a burst of 500 never exceeds the budget in any 60 s window, server hints
// and 429 blocks hold the queue, and the state signals tell the GUI what is going on.
#include "calcom/RateLimiter.h"
#include "common/Clock.h"

#include <QSignalSpy>
#include <QtTest>

using salon::Clock;
using salon::ManualClock;
using salon::calcom::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private:
    ManualClock* m_clock = nullptr;

    // Drives the limiter like the event loop would, in steps of stepMs of clock time.
    static void runUntil(RateLimiter& limiter, ManualClock& clock, const std::function<bool()>& done,
        qint64 stepMs, qint64 maxMs)
    {
        const qint64 end = clock.monotonicMs() + maxMs;
        while (!done() && clock.monotonicMs() <= end) {
            limiter.processQueue();
            if (done())
                break;
            clock.advanceMs(stepMs);
        }
    }

private slots:
    void init()
    {
        m_clock = new ManualClock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        Clock::setInstance(m_clock);
    }
    void cleanup()
    {
        Clock::setInstance(nullptr);
        delete m_clock;
        m_clock = nullptr;
    }

    void burstOf500NeverExceeds120PerMinute()
    {
        RateLimiter limiter(120);
        QList<qint64> grants;
        for (int i = 0; i < 500; ++i) {
            limiter.acquire([&] {
                grants << m_clock->monotonicMs();
                limiter.noteResponse(200, {}, {}); // answered at once, without hints
            });
        }
        runUntil(
            limiter, *m_clock, [&] { return grants.size() == 500; }, 100, 10 * 60000);
        QCOMPARE(grants.size(), 500);

        // Sliding: any 121 consecutive sends span at least a full window, so no 60 s window holds more than
        // 120.
        for (int i = 0; i + 120 < grants.size(); ++i)
            QVERIFY2(grants[i + 120] - grants[i] >= 60000, qPrintable(QString::number(i)));
        // Fixed windows, as Cal.com counts them from any starting point.
        for (qint64 start = 0; start <= grants.last(); start += 500) {
            const auto inWindow = std::count_if(
                grants.begin(), grants.end(), [&](qint64 t) { return t >= start && t < start + 60000; });
            QVERIFY2(
                inWindow <= 120, qPrintable(QStringLiteral("%1 sends from %2 ms").arg(inWindow).arg(start)));
        }
        // And it uses the budget: 120 at once, the next 120 exactly one window later.
        QCOMPARE(grants[119], 0);
        QCOMPARE(grants[120], 60000);
        QCOMPARE(grants[499], 240000);
        QCOMPARE(limiter.queuedCount(), 0);
        QCOMPARE(limiter.waitingSeconds(), 0);
    }

    void reportsWaitingAndBudget()
    {
        RateLimiter limiter(3);
        limiter.setWindowMs(10000);
        QSignalSpy budget(&limiter, &RateLimiter::budgetChanged);
        QSignalSpy waiting(&limiter, &RateLimiter::waitingChanged);
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] { ++granted; });
        limiter.processQueue();
        QCOMPARE(granted, 3);
        QCOMPARE(limiter.remaining(), 0);
        QCOMPARE(limiter.queuedCount(), 2);
        QCOMPARE(limiter.waitingSeconds(), 10);
        QVERIFY(!budget.isEmpty());
        QCOMPARE(budget.last().at(0).toInt(), 0);
        QCOMPARE(budget.last().at(1).toInt(), 3);
        QCOMPARE(waiting.last().at(0).toInt(), 10);

        m_clock->advanceMs(4000);
        limiter.processQueue();
        QCOMPARE(limiter.waitingSeconds(), 6);
        QCOMPARE(granted, 3);

        m_clock->advanceMs(6000);
        limiter.processQueue();
        QCOMPARE(granted, 5);
        QCOMPARE(limiter.waitingSeconds(), 0);
        QCOMPARE(waiting.last().at(0).toInt(), 0);
        QCOMPARE(limiter.remaining(), 1);
    }

    void serverRemainingZeroHoldsUntilReset_data()
    {
        QTest::addColumn<bool>("epoch");
        QTest::newRow("seconds") << false;
        QTest::newRow("epoch") << true;
    }

    void serverRemainingZeroHoldsUntilReset()
    {
        QFETCH(bool, epoch);
        RateLimiter limiter(120);
        QList<qint64> grants;
        auto grant = [&] { grants << m_clock->monotonicMs(); };
        limiter.acquire(grant);
        limiter.processQueue();
        QCOMPARE(grants.size(), 1);
        const QByteArray reset
            = epoch ? QByteArray::number(m_clock->nowUtc().toSecsSinceEpoch() + 5) : QByteArray("5");
        limiter.noteResponse(200, "0", reset, "120");
        QVERIFY(limiter.isBlocked());
        QCOMPARE(limiter.remaining(), 0);
        limiter.acquire(grant);
        runUntil(
            limiter, *m_clock, [&] { return grants.size() == 2; }, 250, 20000);
        QCOMPARE(grants.size(), 2);
        QCOMPARE(grants[1], 5000);
    }

    void serverRemainingNarrowsTheBudget()
    {
        RateLimiter limiter(120);
        int granted = 0;
        limiter.acquire([&] { ++granted; });
        limiter.processQueue();
        limiter.noteResponse(200, "2", "30");
        QCOMPARE(limiter.remaining(), 2);
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] { ++granted; });
        limiter.processQueue();
        QCOMPARE(granted, 3); // 1 + the 2 the server still allows
        QCOMPARE(limiter.waitingSeconds(), 30);
        m_clock->advanceMs(30000);
        limiter.processQueue();
        QCOMPARE(granted, 6);
    }

    void smallerServerLimitIsAdopted()
    {
        RateLimiter limiter(120);
        limiter.acquire([] {});
        limiter.processQueue();
        limiter.noteResponse(200, "", "", "30");
        QCOMPARE(limiter.limit(), 30);
    }

    void blockAfter429_data()
    {
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("reset 60") << QByteArray("60") << qint64(60000);
        QTest::newRow("reset 7") << QByteArray("7") << qint64(7000);
        QTest::newRow("no header: one window") << QByteArray() << qint64(60000);
    }

    void blockAfter429()
    {
        QFETCH(QByteArray, reset);
        QFETCH(qint64, expectedMs);
        RateLimiter limiter(120);
        QSignalSpy blocked(&limiter, &RateLimiter::blocked);
        QList<qint64> grants;
        auto grant = [&] { grants << m_clock->monotonicMs(); };
        limiter.acquire(grant);
        limiter.processQueue();
        limiter.noteResponse(429, "0", reset);
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().at(0).toLongLong(), expectedMs / 1000);
        QCOMPARE(limiter.remaining(), 0);
        limiter.acquire(grant);
        limiter.acquire(grant);
        runUntil(
            limiter, *m_clock, [&] { return grants.size() == 3; }, 500, 120000);
        QCOMPARE(grants.size(), 3);
        QCOMPARE(grants[1], expectedMs);
        QCOMPARE(grants[2], expectedMs);
    }

    void cancelRemovesQueuedTicket()
    {
        RateLimiter limiter(1);
        int granted = 0;
        limiter.acquire([&] { ++granted; });
        const auto second = limiter.acquire([&] { ++granted; });
        limiter.processQueue();
        QCOMPARE(granted, 1);
        QVERIFY(limiter.cancel(second));
        QVERIFY(!limiter.cancel(second));
        QCOMPARE(limiter.queuedCount(), 0);
        QCOMPARE(limiter.waitingSeconds(), 0);
        m_clock->advanceMs(60000);
        limiter.processQueue();
        QCOMPARE(granted, 1);
    }

    void grantsComeFromTheEventLoop()
    {
        // acquire() never grants synchronously: the caller stores its ticket first.
        Clock::setInstance(nullptr);
        RateLimiter limiter(5);
        bool granted = false;
        limiter.acquire([&] { granted = true; });
        QVERIFY(!granted);
        QTRY_VERIFY_WITH_TIMEOUT(granted, 2000);
        Clock::setInstance(m_clock);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
