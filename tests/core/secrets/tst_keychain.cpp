// The real keychain round trip: write, read, resolve, remove. Runs only under a D-Bus session with an
// unlocked gnome-keyring (the test runner sets SALON_TEST_KEYCHAIN=1), otherwise it is skipped.
#include "secrets/ApiKeyStore.h"

#include <QtTest>

using salon::ApiKeyJob;
using salon::ApiKeyStore;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SALON_TEST_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs a D-Bus session with an unlocked gnome-keyring: run under dbus-run-session with "
                  "gnome-keyring-daemon --unlock and SALON_TEST_KEYCHAIN=1");
        qunsetenv("CALCOM_API_KEY");
    }

    void roundTrip()
    {
        ApiKeyStore store;
        const QUrl base(
            QStringLiteral("http://127.0.0.1:1/v2/salon-test-%1").arg(QCoreApplication::applicationPid()));
        const QUrl other(QStringLiteral("https://other.example/v2"));
        const QString key = QStringLiteral("cal_test_roundtrip_%1").arg(QCoreApplication::applicationPid());

        ApiKeyJob* write = store.writeKey(base, key);
        QVERIFY(write->waitForFinished(20000));
        QVERIFY2(write->error() == ApiKeyJob::Error::NoError, qPrintable(write->errorString()));
        delete write;

        ApiKeyJob* read = store.readKey(base);
        QVERIFY(read->waitForFinished(20000));
        QVERIFY2(read->error() == ApiKeyJob::Error::NoError, qPrintable(read->errorString()));
        QCOMPARE(read->key(), key);
        QCOMPARE(read->source(), ApiKeyJob::Source::Keychain);
        delete read;

        // One entry per base URL.
        ApiKeyJob* readOther = store.readKey(other);
        QVERIFY(readOther->waitForFinished(20000));
        QCOMPARE(readOther->error(), ApiKeyJob::Error::NotFound);
        QVERIFY(readOther->errorString().contains(QLatin1String("CALCOM_API_KEY")));
        delete readOther;

        ApiKeyJob* resolve = store.resolveKey(base);
        QVERIFY(resolve->waitForFinished(20000));
        QCOMPARE(resolve->key(), key);
        QCOMPARE(resolve->source(), ApiKeyJob::Source::Keychain);
        delete resolve;

        // The environment wins over the keychain.
        qputenv("CALCOM_API_KEY", "cal_test_env_wins");
        ApiKeyJob* resolveEnv = store.resolveKey(base);
        QVERIFY(resolveEnv->waitForFinished(20000));
        QCOMPARE(resolveEnv->key(), QStringLiteral("cal_test_env_wins"));
        QCOMPARE(resolveEnv->source(), ApiKeyJob::Source::Environment);
        delete resolveEnv;
        qunsetenv("CALCOM_API_KEY");

        ApiKeyJob* remove = store.removeKey(base);
        QVERIFY(remove->waitForFinished(20000));
        QVERIFY2(remove->error() == ApiKeyJob::Error::NoError, qPrintable(remove->errorString()));
        delete remove;

        ApiKeyJob* gone = store.readKey(base);
        QVERIFY(gone->waitForFinished(20000));
        QCOMPARE(gone->error(), ApiKeyJob::Error::NotFound);
        delete gone;
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
