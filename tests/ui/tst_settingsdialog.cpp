// The settings dialog saves non-secret settings to QSettings and hands secrets out only as signals:
// after typing an API key and a database password, neither appears in the settings file.

#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace salon;
using namespace salon::ui;

namespace
{
const QString kApiKey = QStringLiteral("cal_live_0123456789abcdefSECRET");
const QString kPassword = QStringLiteral("pg-Secret-Password-42");
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaults();
    void secretsNeverReachTheSettingsFile();
    void sqliteChoiceIsSaved();
    void invalidInputIsRefused();
    void testConnectionEmitsIntent();

private:
    template <typename T> T* field(SettingsDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("salon-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void TestSettingsDialog::defaults()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.timeZoneId(), QByteArray("Europe/Berlin"));
    QCOMPARE(settings.calcomBaseUrl(), QUrl(QStringLiteral("https://api.cal.com/v2")));
    QCOMPARE(settings.language(), AppSettings::Language::System);
    SettingsDialog dialog(settings);
    QCOMPARE(field<QComboBox>(dialog, "timeZoneCombo")->currentText(), QStringLiteral("Europe/Berlin"));
    QVERIFY(field<QComboBox>(dialog, "timeZoneCombo")->count() > 100);
    QCOMPARE(field<QComboBox>(dialog, "languageCombo")->count(), 3);
    QVERIFY(field<QRadioButton>(dialog, "sqliteRadio")->isChecked());
    QVERIFY(!field<QLineEdit>(dialog, "hostEdit")->isEnabled());
    QCOMPARE(field<QLineEdit>(dialog, "apiKeyEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(field<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    // Every input has a name for screen readers.
    const auto inputs = dialog.findChildren<QWidget*>();
    for (QWidget* input : inputs)
        if (qobject_cast<QLineEdit*>(input) || qobject_cast<QComboBox*>(input)
            || qobject_cast<QSpinBox*>(input))
            if (!qobject_cast<QLineEdit*>(input->parentWidget())
                && !qobject_cast<QComboBox*>(input->parentWidget())
                && !qobject_cast<QSpinBox*>(input->parentWidget()))
                QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
}

void TestSettingsDialog::secretsNeverReachTheSettingsFile()
{
    // The platform's own settings (as the app uses them), redirected to the test folder.
    AppSettings settings;
    SettingsDialog dialog(settings);
    QSignalSpy apiKey(&dialog, &SettingsDialog::apiKeyEntered);
    QSignalSpy password(&dialog, &SettingsDialog::databasePasswordEntered);
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);

    field<QRadioButton>(dialog, "postgresRadio")->setChecked(true);
    QVERIFY(field<QLineEdit>(dialog, "hostEdit")->isEnabled());
    field<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("db.salon.example"));
    field<QSpinBox>(dialog, "portSpin")->setValue(6543);
    field<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("salon"));
    field<QLineEdit>(dialog, "databaseNameEdit")->setText(QStringLiteral("bookings"));
    QTest::keyClicks(field<QLineEdit>(dialog, "passwordEdit"), kPassword);
    field<QLineEdit>(dialog, "baseUrlEdit")->setText(QStringLiteral("https://cal.salon.example/api/v2"));
    field<QSpinBox>(dialog, "teamIdSpin")->setValue(4711);
    QTest::keyClicks(field<QLineEdit>(dialog, "apiKeyEdit"), kApiKey);
    field<QComboBox>(dialog, "timeZoneCombo")->setCurrentText(QStringLiteral("Europe/Vienna"));
    field<QComboBox>(dialog, "languageCombo")->setCurrentIndex(1); // Deutsch

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(apiKey.count(), 1);
    QCOMPARE(apiKey.at(0).at(0).toString(), kApiKey);
    QCOMPARE(password.count(), 1);
    QCOMPARE(password.at(0).at(1).toString(), kPassword);
    QCOMPARE(password.at(0).at(0).value<DatabaseUrl>().toString(),
        QStringLiteral("postgresql://salon@db.salon.example:6543/bookings"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toBool(), true); // database and language changed
    // The fields are cleared: a secret does not linger in the widget.
    QVERIFY(field<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());

    settings.sync();
    const QString path = settings.fileName();
    QVERIFY2(path.startsWith(m_dir.path()), qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("db.salon.example"));
    QVERIFY(contents.contains("4711"));
    QVERIFY(contents.contains("Europe/Vienna"));
    QVERIFY2(!contents.contains(kApiKey.toUtf8()), contents.constData());
    QVERIFY2(!contents.contains(kPassword.toUtf8()), contents.constData());
    QVERIFY(!contents.contains("SECRET"));

    AppSettings reread;
    QCOMPARE(reread.databaseUrl(), QStringLiteral("postgresql://salon@db.salon.example:6543/bookings"));
    QCOMPARE(reread.calcomTeamId(), qint64(4711));
    QCOMPARE(reread.calcomBaseUrl(), QUrl(QStringLiteral("https://cal.salon.example/api/v2")));
    QCOMPARE(reread.timeZoneId(), QByteArray("Europe/Vienna"));
    QCOMPARE(reread.language(), AppSettings::Language::German);

    // Leaving the secret fields empty keeps the stored secrets: nothing is emitted.
    SettingsDialog again(reread);
    QSignalSpy apiKeyAgain(&again, &SettingsDialog::apiKeyEntered);
    QSignalSpy passwordAgain(&again, &SettingsDialog::databasePasswordEntered);
    QVERIFY(field<QRadioButton>(again, "postgresRadio")->isChecked());
    QCOMPARE(field<QLineEdit>(again, "hostEdit")->text(), QStringLiteral("db.salon.example"));
    QVERIFY(field<QLineEdit>(again, "passwordEdit")->text().isEmpty());
    again.accept();
    QCOMPARE(apiKeyAgain.count(), 0);
    QCOMPARE(passwordAgain.count(), 0);
}

void TestSettingsDialog::sqliteChoiceIsSaved()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("sqlite.ini")));
    SettingsDialog dialog(settings);
    QSignalSpy password(&dialog, &SettingsDialog::databasePasswordEntered);
    field<QLineEdit>(dialog, "sqlitePathEdit")->setText(m_dir.filePath(QStringLiteral("salon.sqlite")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(
        settings.databaseUrl(), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("salon.sqlite")));
    QCOMPARE(password.count(), 0);
}

void TestSettingsDialog::invalidInputIsRefused()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("invalid.ini")));
    {
        SettingsDialog dialog(settings);
        field<QLineEdit>(dialog, "baseUrlEdit")->setText(QStringLiteral("ftp://example.org"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("http")));
    }
    {
        SettingsDialog dialog(settings);
        field<QRadioButton>(dialog, "postgresRadio")->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("host")));
    }
    {
        SettingsDialog dialog(settings);
        field<QComboBox>(dialog, "timeZoneCombo")->setCurrentText(QStringLiteral("Mars/Olympus"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("Mars/Olympus")));
    }
    {
        SettingsDialog dialog(settings);
        field<QLineEdit>(dialog, "baseUrlEdit")->setText(QStringLiteral("https://user:pw@cal.example/v2"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
    QVERIFY(!QFile::exists(settings.fileName()) || settings.databaseUrl().isEmpty());
}

void TestSettingsDialog::testConnectionEmitsIntent()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("test.ini")));
    SettingsDialog dialog(settings);
    QSignalSpy requested(&dialog, &SettingsDialog::testConnectionRequested);
    QTest::keyClicks(field<QLineEdit>(dialog, "apiKeyEdit"), QStringLiteral("cal_test_key"));
    auto* button = field<QPushButton>(dialog, "testConnectionButton");
    button->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://api.cal.com/v2")));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("cal_test_key"));
    QVERIFY(!button->isEnabled()); // until the result comes back
    dialog.setTestConnectionResult(false, QStringLiteral("401 Unauthorized"));
    QVERIFY(button->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("testResultLabel"))->text(),
        QStringLiteral("401 Unauthorized"));
    // Testing never saves anything.
    QVERIFY(!QFile::exists(settings.fileName()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
