// RateLimiter on a ManualClock: a burst of 500 never exceeds the budget in any 60 s window, server hints
// and 429 blocks hold the queue, and the state signals tell the GUI what is going on.
#include "calcom/RateLimiter.h"
#include "calcom/SharedRateBudget.h"
#include "common/Clock.h"

#include <QSignalSpy>
#include <QtTest>

using salon::Clock;
using salon::ManualClock;
using salon::calcom::RateLimiter;
using salon::calcom::SharedRateBudget;

// The database's shared send log, in memory and on the test clock; answers at once (as it may) or, with
// `failing`, says it cannot be read.
struct MemoryBudget : SharedRateBudget {
    std::vector<Send> sends;
    qint64 blockedUntil = 0;
    qint64 nextId = 1;
    bool failing = false;
    int reservations = 0;

    void reserve(int limit, qint64 spanMs, const QString& owner, std::function<void(Answer)> done) override
    {
        ++reservations;
        Answer answer;
        if (failing) {
            answer.error = QStringLiteral("database is locked");
            done(answer);
            return;
        }
        answer.nowMs = Clock::instance().nowUtc().toMSecsSinceEpoch();
        answer.blockedUntilMs = blockedUntil;
        for (const Send& s : sends) {
            if (s.atMs > answer.nowMs - spanMs)
                answer.window.push_back(s);
        }
        if (int(answer.window.size()) < limit && blockedUntil <= answer.nowMs) {
            answer.granted = true;
            answer.sendId = nextId++;
            sends.push_back({ answer.sendId, answer.nowMs, owner });
            answer.window.push_back(sends.back());
        }
        done(answer);
    }
    void block(qint64 untilMs) override { blockedUntil = std::max(blockedUntil, untilMs); }
};

// A Cal.com-like fixed window: it starts at the first request the server sees, counts to `limit` and
// reports the seconds to its end rounded up, as @nestjs/throttler does.
struct FixedWindowServer {
    int limit = 120;
    qint64 windowMs = 6000;
    qint64 windowEnd = -1;
    int hits = 0;
    int rejected = 0;
    struct Headers {
        int status;
        QByteArray remaining;
        QByteArray reset;
    };
    Headers hit(qint64 at)
    {
        if (at >= windowEnd) {
            windowEnd = at + windowMs;
            hits = 0;
        }
        if (++hits > limit) {
            ++rejected;
            return { 429, "0", QByteArray::number((windowEnd - at + 999) / 1000) };
        }
        return { 200, QByteArray::number(limit - hits), QByteArray::number((windowEnd - at + 999) / 1000) };
    }
};

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
        // And it uses the budget: 120 at once, the next 120 one window (+ 1 % margin) later.
        QCOMPARE(grants[119], 0);
        QCOMPARE(grants[120], 60600);
        QCOMPARE(grants[499], 4 * 60600);
        QCOMPARE(limiter.queuedCount(), 0);
        QCOMPARE(limiter.waitingSeconds(), 0);
    }

    void reportsWaitingAndBudget()
    {
        RateLimiter limiter(3);
        limiter.setWindowMs(10000); // margin: 100 ms
        QSignalSpy budget(&limiter, &RateLimiter::budgetChanged);
        QSignalSpy waiting(&limiter, &RateLimiter::waitingChanged);
        int granted = 0;
        for (int i = 0; i < 5; ++i) {
            limiter.acquire([&] {
                if (++granted == 1)
                    limiter.noteResponse(200, {}, {}); // the first answer ends the cautious start
            });
        }
        limiter.processQueue();
        QCOMPARE(granted, 3);
        QCOMPARE(limiter.remaining(), 0);
        QCOMPARE(limiter.queuedCount(), 2);
        QCOMPARE(limiter.waitingSeconds(), 11);
        QVERIFY(!budget.isEmpty());
        QCOMPARE(budget.last().at(0).toInt(), 0);
        QCOMPARE(budget.last().at(1).toInt(), 3);
        QCOMPARE(waiting.last().at(0).toInt(), 11);

        m_clock->advanceMs(4000);
        limiter.processQueue();
        QCOMPARE(limiter.waitingSeconds(), 7);
        QCOMPARE(granted, 3);

        m_clock->advanceMs(6000);
        limiter.processQueue();
        QCOMPARE(granted, 3); // the margin is not over yet
        m_clock->advanceMs(100);
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

    void cautiousStartSendsOneUntilTheFirstAnswer()
    {
        // A restarted CLI does not know what Cal.com still counts from the run before: it asks first.
        RateLimiter limiter(120);
        int granted = 0;
        for (int i = 0; i < 10; ++i)
            limiter.acquire([&] { ++granted; });
        limiter.processQueue();
        QCOMPARE(granted, 1);
        QCOMPARE(limiter.waitingSeconds(), 0); // waiting for an answer, not for the clock
        m_clock->advanceMs(5000);
        limiter.processQueue();
        QCOMPARE(granted, 1);
        limiter.noteResponse(200, "119", "55", "120");
        limiter.processQueue();
        QCOMPARE(granted, 10);

        // A failed first request (no answer) lets the next one try.
        RateLimiter other(120);
        int otherGranted = 0;
        for (int i = 0; i < 3; ++i)
            other.acquire([&] { ++otherGranted; });
        other.processQueue();
        QCOMPARE(otherGranted, 1);
        other.noteNoResponse();
        other.processQueue();
        QCOMPARE(otherGranted, 2);

        // A first request that hangs holds the rest back for 10 s at most.
        RateLimiter hung(120);
        int hungGranted = 0;
        for (int i = 0; i < 4; ++i)
            hung.acquire([&] { ++hungGranted; });
        hung.processQueue();
        QCOMPARE(hungGranted, 1);
        m_clock->advanceMs(9999);
        hung.processQueue();
        QCOMPARE(hungGranted, 1);
        QCOMPARE(hung.waitingSeconds(), 0);
        m_clock->advanceMs(1);
        hung.processQueue();
        QCOMPARE(hungGranted, 4);
    }

    void ownLogEndsTheWaitWhenItExplainsTheServersCount()
    {
        // 120 granted at once; the server sees them 13 ms apart (six connections draining a queue) and
        // answers 80 ms later. The last answer says "0 left, reset in 5 s" at 1.63 s: the header alone
        // would wait until 6.63 s, the server's window really ends at 6.0 s.
        RateLimiter limiter(120);
        limiter.setWindowMs(6000); // margin: 60 ms
        FixedWindowServer server;
        QList<RateLimiter::Ticket> tickets;
        QList<qint64> grants;
        const int total = 240;
        for (int i = 0; i < total; ++i)
            tickets << limiter.acquire([&] { grants << m_clock->monotonicMs(); });

        // The first request goes alone and is answered at once (the cautious start).
        limiter.processQueue();
        QCOMPARE(grants.size(), 1);
        auto first = server.hit(m_clock->monotonicMs());
        limiter.noteResponse(first.status, first.remaining, first.reset, "120", tickets[0]);
        limiter.processQueue();
        QCOMPARE(grants.size(), 120);

        // The other 119 arrive over 1.55 s and are answered 80 ms after arriving.
        const qint64 start = m_clock->monotonicMs();
        for (int i = 1; i < 120; ++i) {
            const qint64 arrival = start + i * 13;
            m_clock->advanceMs(arrival + 80 - m_clock->monotonicMs());
            auto answer = server.hit(arrival);
            limiter.noteResponse(answer.status, answer.remaining, answer.reset, "120", tickets[i]);
        }
        QVERIFY(limiter.isBlocked());
        runUntil(
            limiter, *m_clock, [&] { return grants.size() > 120; }, 10, 20000);
        QCOMPARE(server.rejected, 0);
        // (10 ms: the step of runUntil.) The header alone would have waited until 6.63 s.
        QVERIFY2(grants[120] >= server.windowEnd, qPrintable(QString::number(grants[120])));
        QVERIFY2(grants[120] <= 6000 + 60 + 10, qPrintable(QString::number(grants[120])));
        // And the next window's first request is accepted.
        auto next = server.hit(grants[120]);
        QCOMPARE(next.status, 200);
    }

    void foreignUsageFallsBackToTheHeader()
    {
        // Another process used 71 of the 120 in this window: the server's count is not ours, so the
        // header's (conservative) reset decides, and no request meets a 429.
        RateLimiter limiter(120);
        limiter.setWindowMs(6000);
        FixedWindowServer server;
        for (int i = 0; i < 71; ++i)
            server.hit(0);
        m_clock->advanceMs(1500);
        QList<RateLimiter::Ticket> tickets;
        QList<qint64> grants;
        for (int i = 0; i < 60; ++i)
            tickets << limiter.acquire([&] { grants << m_clock->monotonicMs(); });
        int answered = 0;
        runUntil(
            limiter, *m_clock,
            [&] {
                while (answered < grants.size()) { // answered the moment they are sent
                    auto a = server.hit(m_clock->monotonicMs());
                    limiter.noteResponse(a.status, a.remaining, a.reset, "120", tickets[answered++]);
                }
                return grants.size() == 60;
            },
            10, 20000);
        QCOMPARE(grants.size(), 60);
        QCOMPARE(server.rejected, 0);
        QVERIFY(grants[48] < 2000); // 49 fit into what the other process left
        QVERIFY2(grants[49] >= 6000, qPrintable(QString::number(grants[49])));
    }

    void limitersOnOneSharedBudgetNeverExceedItTogether()
    {
        // The desktop and two cron syncs on one key: 3 x 200 requests at 120 per 6 s. Together they never
        // put more than 120 into any window, and they use the budget as one process would.
        MemoryBudget budget;
        std::vector<std::unique_ptr<RateLimiter>> limiters;
        QList<qint64> grants;
        for (int p = 0; p < 3; ++p) {
            limiters.push_back(std::make_unique<RateLimiter>(120));
            RateLimiter* limiter = limiters.back().get();
            limiter->setWindowMs(6000);
            limiter->setSharedBudget(&budget);
            for (int i = 0; i < 200; ++i)
                limiter->acquire([&grants, limiter, this] {
                    grants << m_clock->monotonicMs();
                    limiter->noteResponse(200, {}, {});
                });
        }
        const qint64 end = m_clock->monotonicMs() + 60000;
        while (grants.size() < 600 && m_clock->monotonicMs() <= end) {
            for (auto& limiter : limiters)
                limiter->processQueue();
            m_clock->advanceMs(10);
        }
        QCOMPARE(grants.size(), 600);
        std::sort(grants.begin(), grants.end());
        for (int i = 0; i + 120 < grants.size(); ++i)
            QVERIFY2(grants[i + 120] - grants[i] >= 6000, qPrintable(QString::number(i)));
        // Four more windows after the first (+ 60 ms margin each, + the 10 ms steps): no cautious start.
        QVERIFY2(grants.last() <= 4 * 6060 + 40, qPrintable(QString::number(grants.last())));
        QCOMPARE(budget.sends.size(), std::size_t(600));
    }

    void aRestartedProcessKnowsWhatTheDeadOneSpent()
    {
        MemoryBudget budget;
        {
            RateLimiter dead(120);
            dead.setWindowMs(6000);
            dead.setSharedBudget(&budget);
            int granted = 0;
            for (int i = 0; i < 120; ++i)
                dead.acquire([&] {
                    ++granted;
                    dead.noteResponse(200, {}, {});
                });
            dead.processQueue();
            QCOMPARE(granted, 120);
        } // killed with the whole window spent
        m_clock->advanceMs(1000);
        RateLimiter restarted(120);
        restarted.setWindowMs(6000);
        restarted.setSharedBudget(&budget);
        QList<qint64> grants;
        for (int i = 0; i < 10; ++i)
            restarted.acquire([&] { grants << m_clock->monotonicMs(); });
        runUntil(
            restarted, *m_clock, [&] { return grants.size() == 10; }, 10, 20000);
        QCOMPARE(grants.size(), 10);
        // Nothing before the dead run's window (+ margin) is over, then all ten at once (no cautious start).
        QVERIFY2(grants.first() >= 6060, qPrintable(QString::number(grants.first())));
        QCOMPARE(grants.last(), grants.first());
    }

    void a429OneProcessMeetsHoldsTheOthers()
    {
        MemoryBudget budget;
        RateLimiter first(120), second(120);
        for (RateLimiter* limiter : { &first, &second }) {
            limiter->setWindowMs(6000);
            limiter->setSharedBudget(&budget);
        }
        int firstGranted = 0;
        first.acquire([&] { ++firstGranted; });
        first.processQueue();
        QCOMPARE(firstGranted, 1);
        first.noteResponse(429, "0", "5");
        QVERIFY(budget.blockedUntil > 0);
        QList<qint64> grants;
        second.acquire([&] { grants << m_clock->monotonicMs(); });
        runUntil(
            second, *m_clock, [&] { return !grants.isEmpty(); }, 10, 20000);
        QCOMPARE(grants.size(), 1);
        QVERIFY2(grants.first() >= 5000, qPrintable(QString::number(grants.first())));
    }

    void anUnreadableBudgetFallsBackToLocalPacing()
    {
        MemoryBudget budget;
        budget.failing = true;
        RateLimiter limiter(3);
        limiter.setWindowMs(6000);
        limiter.setSharedBudget(&budget);
        QList<qint64> grants;
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] {
                grants << m_clock->monotonicMs();
                limiter.noteResponse(200, {}, {});
            });
        runUntil(
            limiter, *m_clock, [&] { return grants.size() == 5; }, 10, 20000);
        QCOMPARE(grants.size(), 5);
        QVERIFY(!limiter.usesSharedBudget());
        QCOMPARE(budget.reservations, 1); // asked once, then paced alone
        QVERIFY(grants[3] >= 6000); // the local log still holds the limit
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
