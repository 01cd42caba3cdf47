// salon-admin-cli speaks the system language: German for LANGUAGE=de / LANG=de_DE.UTF-8 / LC_ALL=de_DE,
// English for LANG=C and for languages that are not shipped. Only error paths that touch no database.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace
{

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment without any locale variables, plus the given NAME=value ones.
QProcessEnvironment localeEnvironment(const QStringList& variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
        env.remove(QString::fromLatin1(name));
    for (const QString& variable : variables)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    return env;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SALON_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        qFatal("salon-admin-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT
private slots:
    void errorMessage_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<bool>("german");
        const auto vars = [](std::initializer_list<const char*> list) {
            QStringList result;
            for (const char* v : list)
                result.append(QString::fromLatin1(v));
            return result;
        };
        QTest::newRow("LANG=de_DE.UTF-8") << vars({ "LANG=de_DE.UTF-8" }) << true;
        QTest::newRow("LANGUAGE=de over LANG=en_US") << vars({ "LANGUAGE=de", "LANG=en_US.UTF-8" }) << true;
        QTest::newRow("LC_ALL=de_DE over LANG=C") << vars({ "LC_ALL=de_DE.UTF-8", "LANG=C" }) << true;
        QTest::newRow("LC_MESSAGES=de_DE") << vars({ "LC_MESSAGES=de_DE.UTF-8" }) << true;
        QTest::newRow("LANG=C") << vars({ "LANG=C" }) << false;
        QTest::newRow("LANG=C.UTF-8") << vars({ "LANG=C.UTF-8" }) << false;
        QTest::newRow("LC_ALL=C over LANG=de_DE") << vars({ "LC_ALL=C", "LANG=de_DE.UTF-8" }) << false;
        QTest::newRow("no locale variables") << QStringList() << false;
        QTest::newRow("unshipped fr_FR") << vars({ "LANG=fr_FR.UTF-8" }) << false;
    }

    // A command's own check (SyncCommand), before any database or Cal.com is touched.
    void errorMessage()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, german);
        const CliRun run
            = runCli({ QStringLiteral("sync"), QStringLiteral("--appointment"), QStringLiteral("x") },
                localeEnvironment(variables));
        QCOMPARE(run.exitCode, 2);
        const QString expected = german ? QStringLiteral("--appointment braucht eine Termin-ID, nicht „x“")
                                        : QStringLiteral("--appointment needs an appointment id, not \"x\"");
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    // main()'s own message and one from salon_core (the database URL).
    void mainAndCoreMessages()
    {
        const QProcessEnvironment de = localeEnvironment({ QStringLiteral("LANG=de_DE.UTF-8") });
        const QProcessEnvironment c = localeEnvironment({ QStringLiteral("LANG=C") });

        CliRun run = runCli({ QStringLiteral("no-such-command") }, de);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unbekannter Befehl „no-such-command“; siehe --help.")),
            qPrintable(run.err));
        run = runCli({ QStringLiteral("no-such-command") }, c);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown command \"no-such-command\"; see --help.")),
            qPrintable(run.err));

        const QStringList badDb { QStringLiteral("--db"), QStringLiteral("mysql://x"),
            QStringLiteral("migrate") };
        run = runCli(badDb, c);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown database URL \"mysql://x\"")), qPrintable(run.err));
        run = runCli(badDb, de);
        QCOMPARE(run.exitCode, 2);
        // A core message (core/db/DatabaseUrl.cpp): its tr() context must be the one lupdate files it under.
        QVERIFY2(
            run.err.contains(QStringLiteral("Unbekannte Datenbank-URL „mysql://x“")), qPrintable(run.err));
    }

    // --help lists the commands with German summaries.
    void help()
    {
        CliRun run
            = runCli({ QStringLiteral("--help") }, localeEnvironment({ QStringLiteral("LANG=de_DE.UTF-8") }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Befehle:")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Terminphasen in Cal.com buchen")), qPrintable(run.out));
        run = runCli({ QStringLiteral("--help") }, localeEnvironment({ QStringLiteral("LANG=C") }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Commands:")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Book appointment phases in Cal.com")), qPrintable(run.out));
    }

    // QCommandLineParser's own texts come from Qt's translations, where installed.
    void qtMessages()
    {
        CliRun run
            = runCli({ QStringLiteral("--no-such-option") }, localeEnvironment({ QStringLiteral("LANG=C") }));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown option 'no-such-option'.")), qPrintable(run.err));
        // French is not shipped: Qt's texts stay English too rather than mixing languages.
        run = runCli({ QStringLiteral("--no-such-option") },
            localeEnvironment({ QStringLiteral("LANG=fr_FR.UTF-8") }));
        QVERIFY2(run.err.contains(QStringLiteral("Unknown option 'no-such-option'.")), qPrintable(run.err));
        run = runCli({ QStringLiteral("--no-such-option") },
            localeEnvironment({ QStringLiteral("LANG=de_DE.UTF-8") }));
        QCOMPARE(run.exitCode, 2);
        if (run.err.contains(QStringLiteral("Unknown option")))
            QSKIP("Qt's German translations (qtbase_de.qm) are not installed");
        QVERIFY2(run.err.contains(QStringLiteral("'no-such-option'")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
