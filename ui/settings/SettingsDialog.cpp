#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QCompleter>
#include <QFileDialog>
#include <QPushButton>
#include <QTimeZone>

namespace salon::ui
{

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->errorLabel->hide();
    m_ui->demoNote->hide();

    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& zone : zones)
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(zone), zone);
    m_ui->timeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_ui->languageCombo->addItem(tr("System language"), int(AppSettings::Language::System));
    // Language names in their own language, so anyone can find theirs.
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), int(AppSettings::Language::German));
    m_ui->languageCombo->addItem(QStringLiteral("English"), int(AppSettings::Language::English));

    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &SettingsDialog::updateBackendFields);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::requestTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    load();
    setStoredSecrets(false, false);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const auto url = DatabaseUrl::parse(m_settings.databaseUrl());
    const DatabaseUrl current = url ? url.value() : DatabaseUrl::sqliteFile(DatabaseUrl::defaultSqlitePath());
    m_ui->sqliteRadio->setChecked(current.isSqlite());
    m_ui->postgresRadio->setChecked(!current.isSqlite());
    m_ui->sqlitePathEdit->setText(current.isSqlite() ? current.path() : DatabaseUrl::defaultSqlitePath());
    if (!current.isSqlite()) {
        m_ui->hostEdit->setText(current.host());
        m_ui->portSpin->setValue(current.port());
        m_ui->userEdit->setText(current.user());
        m_ui->databaseNameEdit->setText(current.databaseName());
    }
    m_ui->baseUrlEdit->setText(m_settings.calcomBaseUrl().toString());
    m_ui->teamIdSpin->setValue(int(qBound<qint64>(0, m_settings.calcomTeamId(), qint64(INT_MAX))));
    m_ui->pollMinutesSpin->setValue(m_settings.calcomPollMinutes());
    const int zone = m_ui->timeZoneCombo->findData(m_settings.timeZoneId());
    m_ui->timeZoneCombo->setCurrentIndex(zone);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(m_settings.language())));
    updateBackendFields();
}

void SettingsDialog::setStoredSecrets(bool apiKeyStored, bool databasePasswordStored)
{
    m_ui->apiKeyEdit->setPlaceholderText(
        apiKeyStored ? tr("stored in the keychain; type to replace") : tr("not set"));
    m_ui->passwordEdit->setPlaceholderText(databasePasswordStored
            ? tr("stored in the keychain; type to replace")
            : tr("not set (or PGPASSWORD)"));
}

void SettingsDialog::setTestConnectionResult(bool ok, const QString& message)
{
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->testResultLabel->setStyleSheet(
        ok ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #a40000;"));
    m_ui->testResultLabel->setText(message);
}

void SettingsDialog::showDemo(const QUrl& sandboxUrl, qint64 teamId, const DatabaseUrl& database)
{
    m_demo = true;
    m_ui->demoNote->setText(
        tr("<b>Demo:</b> Salon Admin uses the built-in Cal.com sandbox at %1 (team %2) and a temporary "
           "database that is deleted when you close it; nothing real is touched. Your own settings are "
           "not used and stay as they are. To change them, start Salon Admin without --demo.")
            .arg(sandboxUrl.toString().toHtmlEscaped())
            .arg(teamId));
    m_ui->demoNote->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #d9b600; border-radius: 4px; padding: 6px;"));
    m_ui->demoNote->show();

    m_ui->sqliteRadio->setChecked(database.isSqlite());
    m_ui->postgresRadio->setChecked(!database.isSqlite());
    m_ui->sqlitePathEdit->setText(database.isSqlite() ? database.path() : QString());
    m_ui->baseUrlEdit->setText(sandboxUrl.toString());
    m_ui->teamIdSpin->setValue(int(qBound<qint64>(0, teamId, qint64(INT_MAX))));
    m_ui->apiKeyEdit->clear();
    m_ui->apiKeyEdit->setPlaceholderText(tr("the sandbox's own demo key"));
    m_ui->testResultLabel->clear();
    updateBackendFields();
    for (QWidget* field : m_ui->databaseTab->findChildren<QWidget*>())
        field->setEnabled(false);
    for (QWidget* field : m_ui->calcomTab->findChildren<QWidget*>())
        field->setEnabled(false);
    // How often to look for changes is the salon's preference, like the language: it stays editable.
    m_ui->pollLabel->setEnabled(true);
    m_ui->pollMinutesSpin->setEnabled(true);
    m_ui->tabs->setCurrentWidget(m_ui->calcomTab);
}

void SettingsDialog::updateBackendFields()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    m_ui->sqlitePathEdit->setEnabled(sqlite);
    m_ui->browseButton->setEnabled(sqlite);
    for (QWidget* field : { static_cast<QWidget*>(m_ui->hostEdit), static_cast<QWidget*>(m_ui->portSpin),
             static_cast<QWidget*>(m_ui->userEdit), static_cast<QWidget*>(m_ui->databaseNameEdit),
             static_cast<QWidget*>(m_ui->passwordEdit) })
        field->setEnabled(!sqlite);
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite database file"),
        m_ui->sqlitePathEdit->text(), tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->sqlitePathEdit->setText(path);
}

void SettingsDialog::requestTest()
{
    const QUrl baseUrl = QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    if (!baseUrl.isValid() || !baseUrl.scheme().startsWith(QLatin1String("http"))) {
        setTestConnectionResult(false, tr("Enter a valid http(s) base URL first."));
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Testing…"));
    emit testConnectionRequested(baseUrl, m_ui->teamIdSpin->value(), m_ui->apiKeyEdit->text());
}

Expected<DatabaseUrl, QString> SettingsDialog::databaseUrl() const
{
    if (m_ui->sqliteRadio->isChecked()) {
        const QString path = m_ui->sqlitePathEdit->text().trimmed();
        if (path.isEmpty())
            return Unexpected(tr("Choose the SQLite database file."));
        return DatabaseUrl::sqliteFile(path);
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString name = m_ui->databaseNameEdit->text().trimmed();
    if (host.isEmpty() || name.isEmpty())
        return Unexpected(tr("Enter the PostgreSQL host and database name."));
    const QString user = m_ui->userEdit->text().trimmed();
    const QString text
        = QStringLiteral("postgresql://%1%2:%3/%4")
              .arg(user.isEmpty() ? QString()
                                  : QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@'),
                  host)
              .arg(m_ui->portSpin->value())
              .arg(name);
    return DatabaseUrl::parse(text);
}

void SettingsDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SettingsDialog::accept()
{
    const auto url = databaseUrl();
    if (!url) {
        m_ui->tabs->setCurrentWidget(m_ui->databaseTab);
        showError(url.error());
        return;
    }
    const QUrl baseUrl = QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    if (!baseUrl.isValid() || !baseUrl.scheme().startsWith(QLatin1String("http"))
        || baseUrl.host().isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->calcomTab);
        showError(tr("The Cal.com base URL must be an http(s) address such as https://api.cal.com/v2."));
        return;
    }
    if (!baseUrl.userInfo().isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->calcomTab);
        showError(
            tr("The Cal.com base URL must not contain a user name or password; enter the API key below."));
        return;
    }
    const QByteArray zone = m_ui->timeZoneCombo->currentText().trimmed().toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(zone)) {
        m_ui->tabs->setCurrentWidget(m_ui->salonTab);
        showError(tr("\"%1\" is not a known time zone; choose one such as Europe/Berlin.")
                      .arg(QString::fromUtf8(zone)));
        return;
    }
    showError(QString());

    const QString oldUrl = m_settings.databaseUrl();
    const auto oldLanguage = m_settings.language();
    if (m_demo) {
        // The database and Cal.com shown are the demo's; only the salon's preferences are real.
        m_settings.setTimeZoneId(zone);
        m_settings.setLanguage(AppSettings::Language(m_ui->languageCombo->currentData().toInt()));
        m_settings.setCalcomPollMinutes(m_ui->pollMinutesSpin->value());
        m_settings.sync();
        emit settingsSaved(oldLanguage != m_settings.language());
        QDialog::accept();
        return;
    }
    // The default file is stored as "no choice", so moving the data folder keeps working.
    const bool isDefault = url->isSqlite() && url->path() == DatabaseUrl::defaultSqlitePath();
    m_settings.setDatabaseUrl(isDefault ? QString() : url->toString());
    m_settings.setCalcomBaseUrl(baseUrl);
    m_settings.setCalcomTeamId(m_ui->teamIdSpin->value());
    m_settings.setCalcomPollMinutes(m_ui->pollMinutesSpin->value());
    m_settings.setTimeZoneId(zone);
    m_settings.setLanguage(AppSettings::Language(m_ui->languageCombo->currentData().toInt()));
    m_settings.sync();

    // Secrets leave only through these signals, to the keychain.
    if (!m_ui->apiKeyEdit->text().isEmpty())
        emit apiKeyEntered(m_ui->apiKeyEdit->text());
    if (!url->isSqlite() && !m_ui->passwordEdit->text().isEmpty())
        emit databasePasswordEntered(url.value(), m_ui->passwordEdit->text());
    m_ui->apiKeyEdit->clear();
    m_ui->passwordEdit->clear();

    emit settingsSaved(oldUrl != m_settings.databaseUrl() || oldLanguage != m_settings.language());
    QDialog::accept();
}

} // namespace salon::ui
