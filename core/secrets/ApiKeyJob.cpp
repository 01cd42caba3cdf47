#include "ApiKeyJob.h"

#include "ApiKeyFormat.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

namespace salon
{

namespace
{

// QtKeychain 0.13 has no isAvailable(); a missing Secret Service shows up as NoBackendAvailable or as an
// OtherError carrying the D-Bus failure text.
bool looksLikeMissingBackend(QKeychain::Error error, const QString& text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const char* const markers[] = {
        "d-bus",
        "dbus",
        "autolaunch",
        "session bus",
        "org.freedesktop.secrets",
        "could not connect",
        "no such file or directory",
        "not provided by any .service",
        "serviceunknown",
        "connection refused",
    };
    const QString lower = text.toLower();
    for (const char* marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

} // namespace

ApiKeyJob::ApiKeyJob(Operation operation, const QUrl& baseUrl, QObject* parent)
    : Job(parent)
    , m_operation(operation)
    , m_baseUrl(baseUrl)
{
    // The store sets the keychain job going right after creating this one.
    start();
}

bool ApiKeyJob::isDatabasePassword() const
{
    return m_baseUrl.scheme().startsWith(QLatin1String("postgres"));
}

QString ApiKeyJob::notFoundMessage() const
{
    if (isDatabasePassword())
        return tr("No password for the database %1 is stored in the keychain. Enter it in the settings, "
                  "or set the %2 environment variable.")
            .arg(m_baseUrl.toString(), QStringLiteral("PGPASSWORD"));
    return tr("No Cal.com API key is stored for %1. Enter it in the settings, or set the %2 "
              "environment variable.")
        .arg(m_baseUrl.toString(), QStringLiteral("CALCOM_API_KEY"));
}

QString ApiKeyJob::environmentVariable() const
{
    return isDatabasePassword() ? QStringLiteral("PGPASSWORD") : QStringLiteral("CALCOM_API_KEY");
}

void ApiKeyJob::startKeychainRead(const QString& service, const QString& entry)
{
    auto* job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError) {
            finishWithKeychainError(done);
            return;
        }
        const QString key = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        if (key.isEmpty()) {
            fail(Error::NotFound, notFoundMessage());
            return;
        }
        finishWithKey(key, Source::Keychain);
    });
    job->start();
}

void ApiKeyJob::startKeychainWrite(const QString& service, const QString& entry, const QString& key)
{
    auto* job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(entry);
    job->setTextData(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError)
            finishWithKeychainError(done);
        else
            finishOk();
    });
    job->start();
}

void ApiKeyJob::startKeychainRemove(const QString& service, const QString& entry)
{
    auto* job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(entry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        // Removing what is not there leaves the wanted state.
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            finishWithKeychainError(done);
        else
            finishOk();
    });
    job->start();
}

void ApiKeyJob::finishWithKey(const QString& key, Source source)
{
    if (!isDatabasePassword()) {
        const QString where = source == Source::Environment
            ? tr("in %1").arg(QStringLiteral("CALCOM_API_KEY"))
            : tr("in the keychain (entry for %1)").arg(m_baseUrl.toString());
        if (const QString problem = ApiKeyFormat::problem(key, where); !problem.isEmpty()) {
            fail(Error::InvalidKey, problem);
            return;
        }
    }
    m_key = key;
    m_source = source;
    qCDebug(lcSecrets) << (isDatabasePassword() ? "database password for" : "API key for")
                       << m_baseUrl.toString() << "found"
                       << (source == Source::Environment ? "in the environment" : "in the keychain");
    finishOk();
}

void ApiKeyJob::finishWithKeychainError(QKeychain::Job* job)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    if (error == QKeychain::EntryNotFound) {
        fail(Error::NotFound, notFoundMessage());
    } else if (looksLikeMissingBackend(error, detail)) {
        fail(Error::NoKeychain,
            (isDatabasePassword()
                    ? tr("No system keychain is reachable (%1). Salon Admin never stores the database "
                         "password in plain text: run it in a desktop session with a keychain (GNOME "
                         "Keyring or KWallet), or set the %2 environment variable.")
                    : tr("No system keychain is reachable (%1). Salon Admin never stores the API key in "
                         "plain text: run it in a desktop session with a keychain (GNOME Keyring or "
                         "KWallet), or set the %2 environment variable."))
                .arg(detail, environmentVariable()));
    } else if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        fail(Error::AccessDenied,
            (isDatabasePassword()
                    ? tr("The system keychain refused access to the database password (%1). Unlock the "
                         "keychain and try again, or set the %2 environment variable.")
                    : tr("The system keychain refused access to the Cal.com API key (%1). Unlock the "
                         "keychain and try again, or set the %2 environment variable."))
                .arg(detail, environmentVariable()));
    } else {
        fail(Error::Other, tr("The system keychain reported an error: %1").arg(detail));
    }
}

void ApiKeyJob::fail(Error error, const QString& message)
{
    if (isDone())
        return;
    m_error = error;
    qCWarning(lcSecrets).noquote() << (isDatabasePassword() ? "database password" : "API key")
                                   << (m_operation == Operation::Write ? "write" : "lookup")
                                   << "failed:" << message;
    // finished() from the event loop (Job), so a caller can connect after creating the job.
    finishWithError(message);
}

} // namespace salon
