#pragma once

#include "ApiKeyJob.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace salon
{

// Stores the Cal.com API key in the system keychain (QtKeychain: Secret Service / KWallet), one entry per
// Cal.com base URL under the service "salon-admin". Never falls back to plain text: where no keychain is
// reachable, jobs fail with ApiKeyJob::Error::NoKeychain and a message naming CALCOM_API_KEY.
//
// All operations are asynchronous jobs; the returned job is parented to the store.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    explicit ApiKeyStore(QObject* parent = nullptr);

    static QString serviceName(); // "salon-admin"
    static QString environmentVariable(); // "CALCOM_API_KEY"
    // The keychain entry name for a base URL: scheme://host[:port]/path, lower-case host, no trailing '/'.
    static QString entryName(const QUrl& baseUrl);

    ApiKeyJob* readKey(const QUrl& baseUrl);
    ApiKeyJob* writeKey(const QUrl& baseUrl, const QString& key);
    ApiKeyJob* removeKey(const QUrl& baseUrl);
    // The key to use: CALCOM_API_KEY from the environment when set and non-empty (for cron and CI),
    // otherwise the keychain entry for baseUrl. The error of a failed lookup names CALCOM_API_KEY.
    ApiKeyJob* resolveKey(const QUrl& baseUrl);
};

} // namespace salon
