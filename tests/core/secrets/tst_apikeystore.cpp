// ApiKeyStore without a reachable keychain, key resolution from the environment, entry names, redaction.
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
