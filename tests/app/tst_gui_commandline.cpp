// salon-admin --help and --version answer on a machine without a display (a server, ssh, a package
// build) instead of aborting in QApplication: run with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
            { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        // No developer's settings (a language chosen there would win over LANG).
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SALON_ADMIN_GUI), args);
        if (!process.waitForFinished(60000))
            qFatal("salon-admin %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private slots:
    void help_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
        QTest::newRow("after another option") << QStringLiteral("--demo --help");
    }

    void help()
    {
        QFETCH(QString, option);
        const Run r = run(option.split(QLatin1Char(' ')));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* text : { "Usage: ", "--demo", "--db <URL>", "--screenshot <FILE>", "--version" })
            QVERIFY2(r.out.contains(QLatin1String(text)), qPrintable(r.out));
    }

    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Salon Admin " SALON_VERSION));
    }

    void helpInGerman()
    {
        const Run r = run({ QStringLiteral("--help") }, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Die Vorfall-Demo öffnen")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_gui_commandline.moc"
