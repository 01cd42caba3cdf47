// ApiKeyStore without a reachable keychain, key resolution from the environment, entry names, redaction.
#include "secrets/ApiKeyFormat.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/Redaction.h"

#include <QtTest>

using salon::ApiKeyJob;
using salon::ApiKeyStore;

class TestApiKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No session bus: QtDBus and libsecret must fail fast, and the store must say so plainly.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/salon-test-bus");
        qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
    }

    void init() { qunsetenv("CALCOM_API_KEY"); }

    void entryNamePerBaseUrl()
    {
        QCOMPARE(ApiKeyStore::serviceName(), QStringLiteral("salon-admin"));
        QCOMPARE(ApiKeyStore::entryName(QUrl(QStringLiteral("https://API.cal.com/v2/"))),
            QStringLiteral("https://api.cal.com/v2"));
        QCOMPARE(ApiKeyStore::entryName(QUrl(QStringLiteral("http://127.0.0.1:8099/v2"))),
            QStringLiteral("http://127.0.0.1:8099/v2"));
        QVERIFY(ApiKeyStore::entryName(QUrl(QStringLiteral("https://cal.example/v2")))
            != ApiKeyStore::entryName(QUrl(QStringLiteral("https://api.cal.com/v2"))));
    }

    void environmentOverridesKeychain()
    {
        qputenv("CALCOM_API_KEY", "  cal_test_fromenv123  ");
        ApiKeyStore store;
        ApiKeyJob* job = store.resolveKey(QUrl(QStringLiteral("https://api.cal.com/v2")));
        QVERIFY(!job->isFinished()); // asynchronous even when the answer is known
        QVERIFY(job->waitForFinished(5000));
        QCOMPARE(job->error(), ApiKeyJob::Error::NoError);
        QCOMPARE(job->key(), QStringLiteral("cal_test_fromenv123"));
        QCOMPARE(job->source(), ApiKeyJob::Source::Environment);
        delete job;
    }

    void noKeychainSaysSoAndNamesTheVariable()
    {
        ApiKeyStore store;
        ApiKeyJob* job = store.resolveKey(QUrl(QStringLiteral("https://api.cal.com/v2")));
        QVERIFY(job->waitForFinished(20000));
        QCOMPARE(job->error(), ApiKeyJob::Error::NoKeychain);
        QVERIFY(job->key().isEmpty());
        QVERIFY2(
            job->errorString().contains(QLatin1String("CALCOM_API_KEY")), qPrintable(job->errorString()));
        QVERIFY2(job->errorString().contains(QLatin1String("keychain")), qPrintable(job->errorString()));
        delete job;
    }

    void noKeychainOnWriteNeverFallsBackToPlainText()
    {
        ApiKeyStore store;
        const QString secret = QStringLiteral("cal_test_mustnotleak_4711");
        ApiKeyJob* write = store.writeKey(QUrl(QStringLiteral("https://api.cal.com/v2")), secret);
        QVERIFY(write->waitForFinished(20000));
        QCOMPARE(write->error(), ApiKeyJob::Error::NoKeychain);
        QVERIFY(!write->errorString().contains(secret));
        delete write;

        // Nothing readable afterwards either (a plaintext fallback would hand the key back).
        ApiKeyJob* read = store.readKey(QUrl(QStringLiteral("https://api.cal.com/v2")));
        QVERIFY(read->waitForFinished(20000));
        QCOMPARE(read->error(), ApiKeyJob::Error::NoKeychain);
        QVERIFY(read->key().isEmpty());
        delete read;
    }

    void emptyKeyIsRejected()
    {
        ApiKeyStore store;
        ApiKeyJob* job = store.writeKey(QUrl(QStringLiteral("https://api.cal.com/v2")), QStringLiteral("  "));
        QVERIFY(job->waitForFinished(5000));
        QCOMPARE(job->error(), ApiKeyJob::Error::Other);
        delete job;
    }

    void keyFormat_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("test key") << "cal_0123456789abcdef"
                                  << "";
        QTest::newRow("live key") << "cal_live_0123456789abcdef"
                                  << "";
        QTest::newRow("sandbox key") << "cal_sandbox_demo_key"
                                     << "";
        QTest::newRow("CR LF header injection") << "cal_x\r\nX-Evil: 1"
                                                << "a line break at position 6";
        QTest::newRow("space") << "cal_ab cd"
                               << "a space at position 7";
        QTest::newRow("colon") << "cal_ab:cd"
                               << "a character other than";
        QTest::newRow("NUL") << QStringLiteral("cal_ab") + QChar(0) << "a control character";
        QTest::newRow("no prefix") << "sk_live_123"
                                   << "start with cal_";
        QTest::newRow("prefix only") << "cal_"
                                     << "start with cal_";
        QTest::newRow("too long") << QStringLiteral("cal_") + QString(300, QLatin1Char('a')) << "at most 256";
    }

    void keyFormat()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString found = salon::ApiKeyFormat::problem(key, QStringLiteral("in CALCOM_API_KEY"));
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
            return;
        }
        QVERIFY2(found.contains(problem), qPrintable(found));
        QVERIFY(found.contains(QLatin1String("CALCOM_API_KEY")));
        // Never the key, nor the part that would be injected.
        QVERIFY(key.size() <= 4 || !found.contains(key));
        QVERIFY(!found.contains(QLatin1String("X-Evil")));
    }

    void malformedKeyFromTheEnvironmentIsNotUsed()
    {
        qputenv("CALCOM_API_KEY", "cal_x\r\nX-Evil: 1");
        ApiKeyStore store;
        ApiKeyJob* job = store.resolveKey(QUrl(QStringLiteral("https://api.cal.com/v2")));
        QVERIFY(job->waitForFinished(5000));
        QCOMPARE(job->error(), ApiKeyJob::Error::InvalidKey);
        QVERIFY(job->key().isEmpty());
        QVERIFY2(job->errorString().contains(QLatin1String("line break")), qPrintable(job->errorString()));
        QVERIFY(!job->errorString().contains(QLatin1String("X-Evil")));
        delete job;
        // Stored keys are checked the same way before they reach the keychain.
        ApiKeyJob* write
            = store.writeKey(QUrl(QStringLiteral("https://api.cal.com/v2")), QStringLiteral("cal_a\nb"));
        QVERIFY(write->waitForFinished(5000));
        QCOMPARE(write->error(), ApiKeyJob::Error::InvalidKey);
        delete write;
    }

    void databasePasswordIsNotCalledAnApiKey()
    {
        // The same store keeps the PostgreSQL password; its messages must say so (and no key check).
        ApiKeyStore store;
        const QUrl secret(QStringLiteral("postgresql://db.example:5432/salon/admin"));
        ApiKeyJob* job = store.readKey(secret);
        QVERIFY(job->waitForFinished(20000));
        QVERIFY(job->isDatabasePassword());
        QVERIFY2(job->errorString().contains(QLatin1String("PGPASSWORD")), qPrintable(job->errorString()));
        QVERIFY2(
            !job->errorString().contains(QLatin1String("CALCOM_API_KEY")), qPrintable(job->errorString()));
        QVERIFY2(!job->errorString().contains(QLatin1String("API key")), qPrintable(job->errorString()));
        delete job;
        ApiKeyJob* write = store.writeKey(secret, QStringLiteral("a password: with spaces"));
        QVERIFY(write->waitForFinished(20000));
        QVERIFY(write->error() != ApiKeyJob::Error::InvalidKey);
        delete write;
    }

    void redactSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header") << "Authorization: Bearer cal_live_abcdef0123456789"
                                       << "cal_live_abcdef0123456789";
        QTest::newRow("bearer any token") << "authorization: bearer eyJhbGciOi.payload.sig"
                                          << "eyJhbGciOi.payload.sig";
        QTest::newRow("bare test key") << "key=cal_0123456789abcdef in text"
                                       << "cal_0123456789abcdef";
        QTest::newRow("json echo") << R"({"message":"bad key cal_live_zzzz9999yyyy"})"
                                   << "cal_live_zzzz9999yyyy";
        QTest::newRow("secret header") << "x-cal-secret-key: s3cr3tv4lue"
                                       << "s3cr3tv4lue";
    }

    void redactSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = salon::redactSecrets(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[redacted]")));
    }

    void redactKnownSecretWithoutPrefix()
    {
        const QString out = salon::redactSecrets(
            QStringLiteral("token plainsecret42 was wrong"), { QStringLiteral("plainsecret42") });
        QCOMPARE(out, QStringLiteral("token [redacted] was wrong"));
        // Ordinary text stays readable.
        QCOMPARE(salon::redactSecrets(QStringLiteral("Event type with id 5 not found")),
            QStringLiteral("Event type with id 5 not found"));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
