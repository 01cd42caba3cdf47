#pragma once

#include "common/Job.h"

#include <QString>
#include <QUrl>

namespace QKeychain
{
class Job;
}

namespace salon
{

// One asynchronous API-key operation (read, write, delete or resolve) created by ApiKeyStore: a job
// (core/common/Job.h) that runs from its creation. Connect to finished(); the job deletes itself after
// finished() unless setAutoDelete(false). errorString() is a sentence for salon admins; error() its kind.
class ApiKeyJob : public Job
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, Resolve };
    // Where a key came from.
    enum class Source { None, Environment, Keychain };
    enum class Error {
        NoError,
        NotFound, // no key stored for this base URL (and no CALCOM_API_KEY)
        NoKeychain, // no secret service reachable (no D-Bus session, no backend)
        AccessDenied, // the keychain refused (locked, or the user said no)
        InvalidKey, // the key has not the form of a Cal.com key (ApiKeyFormat); it was not used
        Other
    };
    Q_ENUM(Error)

    Operation operation() const { return m_operation; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The same store keeps a PostgreSQL password under the database's URL (DatabaseUrl::secretId()); its
    // messages then speak of that password, and it is not checked as a Cal.com key.
    bool isDatabasePassword() const;

    // The key after a successful Read/Resolve. Never log it.
    QString key() const { return m_key; }
    Source source() const { return m_source; }

    Error error() const { return m_error; }

    // Blocks in a local event loop until finished. For the CLI and tests only, never in the GUI.
    // Turns auto-delete off: the caller deletes the job. Returns false on timeout.
    bool waitForFinished(int timeoutMs = 30000) { return Job::waitForFinished(timeoutMs); }

protected:
    void doStart() override { }

private:
    friend class ApiKeyStore;
    ApiKeyJob(Operation operation, const QUrl& baseUrl, QObject* parent);

    void startKeychainRead(const QString& service, const QString& entry);
    void startKeychainWrite(const QString& service, const QString& entry, const QString& key);
    void startKeychainRemove(const QString& service, const QString& entry);
    void finishWithKey(const QString& key, Source source);
    void finishWithKeychainError(QKeychain::Job* job);
    void fail(Error error, const QString& message);
    QString notFoundMessage() const;
    QString environmentVariable() const;

    Operation m_operation;
    QUrl m_baseUrl;
    QString m_key;
    Source m_source = Source::None;
    Error m_error = Error::NoError;
};

} // namespace salon
