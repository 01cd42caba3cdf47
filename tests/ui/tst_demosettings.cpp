// In `salon-admin --demo` the settings dialog shows what the demo really uses — the built-in Cal.com
// sandbox, its team and the temporary database — under a note, not the real settings it ignores; and
// OK there never writes the demo's values over the real ones.
#include "AppController.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;

namespace
{
const QUrl kRealUrl(QStringLiteral("https://api.cal.com/v2"));
const QString kRealDatabase = QStringLiteral("postgresql://salon@db.example.org:5432/salon");
} // namespace

class TestDemoSettings : public QObject
{
    Q_OBJECT

    template <typename T> static T* field(QWidget& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    // Settings a salon really has: its own Cal.com team and a PostgreSQL server.
    std::unique_ptr<AppSettings> realSettings(const QString& name)
    {
        auto settings = std::make_unique<AppSettings>(m_dir.filePath(name));
        settings->setCalcomBaseUrl(kRealUrl);
        settings->setCalcomTeamId(999);
        settings->setDatabaseUrl(kRealDatabase);
        settings->setLanguage(AppSettings::Language::English);
        settings->sync();
        return settings;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialogShowsTheSandbox()
    {
        auto settings = realSettings(QStringLiteral("dialog.ini"));
        SettingsDialog dialog(*settings);
        const QUrl sandbox(QStringLiteral("http://127.0.0.1:8765/v2"));
        const QString demoFile = m_dir.filePath(QStringLiteral("demo/salon-demo.sqlite"));
        dialog.showDemo(sandbox, 12345, DatabaseUrl::sqliteFile(demoFile));
        dialog.show();
        QVERIFY(dialog.isDemo());

        auto* note = field<QLabel>(dialog, "demoNote");
        QVERIFY(note->isVisible());
        for (const QString& text : { sandbox.toString(), QStringLiteral("12345"), QStringLiteral("--demo") })
            QVERIFY2(note->text().contains(text), qPrintable(note->text()));
        QCOMPARE(field<QLineEdit>(dialog, "baseUrlEdit")->text(), sandbox.toString());
        QCOMPARE(field<QSpinBox>(dialog, "teamIdSpin")->value(), 12345);
        QCOMPARE(field<QLineEdit>(dialog, "sqlitePathEdit")->text(), demoFile);
        // What the demo uses cannot be edited there, nor tested with the real stored key.
        for (const char* name : { "baseUrlEdit", "teamIdSpin", "apiKeyEdit", "testConnectionButton",
                 "sqlitePathEdit", "postgresRadio", "hostEdit" })
            QVERIFY2(!field<QWidget>(dialog, name)->isEnabled(), name);
        QVERIFY(field<QComboBox>(dialog, "languageCombo")->isEnabled());

        // OK saves the language (a real preference) and leaves the real database and Cal.com alone.
        auto* language = field<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(int(AppSettings::Language::German)));
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        dialog.accept();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toBool(), true); // the language changed: restart
        const AppSettings reread(settings->fileName());
        QCOMPARE(reread.language(), AppSettings::Language::German);
        QCOMPARE(reread.calcomBaseUrl(), kRealUrl);
        QCOMPARE(reread.calcomTeamId(), 999);
        QCOMPARE(reread.databaseUrl(), kRealDatabase);
    }

    void withoutTheDemoTheRealSettingsShow()
    {
        auto settings = realSettings(QStringLiteral("real.ini"));
        SettingsDialog dialog(*settings);
        dialog.show();
        QVERIFY(!dialog.isDemo());
        QVERIFY(!field<QLabel>(dialog, "demoNote")->isVisible());
        QCOMPARE(field<QLineEdit>(dialog, "baseUrlEdit")->text(), kRealUrl.toString());
        QCOMPARE(field<QSpinBox>(dialog, "teamIdSpin")->value(), 999);
        QVERIFY(field<QLineEdit>(dialog, "baseUrlEdit")->isEnabled());
    }

    // What --demo does (app/gui: DemoEnvironment → AppController::start with the sandbox's settings), then
    // Settings from the menu.
    void theDemoWindowOpensTheDemoSettings()
    {
        QString error;
        auto state = sandbox::SandboxState::fromScenario(QStringLiteral("incident"), &error);
        QVERIFY2(state, qPrintable(error));
        sandbox::SandboxServer server(*state);
        server.addApiKey(QStringLiteral("cal_sandbox_demo_key"), 1346400);
        QVERIFY(server.start());

        auto settings = realSettings(QStringLiteral("controller.ini"));
        AppController controller(*settings);
        QSignalSpy started(&controller, &AppController::started);
        const DatabaseUrl demoDatabase
            = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("demo.sqlite")));
        controller.start(demoDatabase,
            CalcomStartOptions { server.baseUrl(), 12345, QStringLiteral("cal_sandbox_demo_key"), true });
        QVERIFY(started.wait(20000));
        controller.showSettings();
        SettingsDialog* dialog = controller.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isDemo());
        QCOMPARE(field<QLineEdit>(*dialog, "baseUrlEdit")->text(), server.baseUrl().toString());
        QCOMPARE(field<QSpinBox>(*dialog, "teamIdSpin")->value(), 12345);
        QCOMPARE(field<QLineEdit>(*dialog, "sqlitePathEdit")->text(), demoDatabase.path());
        dialog->reject();
    }
};

QTEST_MAIN(TestDemoSettings)
#include "tst_demosettings.moc"
