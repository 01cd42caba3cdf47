#pragma once

#include "core/db/DatabaseUrl.h"

#include <QObject>
#include <QUrl>

namespace salon::ui
{

// Puts what the settings dialog collects into the keychain (core/secrets): the Cal.com API key per base
// URL and the PostgreSQL password per database — asynchronously, never in QSettings. A failure is reported
// with a title and a message for people.
class SecretStorage : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void storeApiKey(const QUrl& baseUrl, const QString& apiKey);
    void storeDatabasePassword(const DatabaseUrl& url, const QString& password);

signals:
    void apiKeyStored();
    void storeFailed(const QString& title, const QString& message);
};

} // namespace salon::ui
