#include "SecretStorage.h"

#include "core/secrets/ApiKeyJob.h"
#include "core/secrets/ApiKeyStore.h"

namespace salon::ui
{

void SecretStorage::storeApiKey(const QUrl& baseUrl, const QString& apiKey)
{
    auto* store = new ApiKeyStore(this);
    ApiKeyJob* job = store->writeKey(baseUrl, apiKey);
    connect(job, &ApiKeyJob::finished, this, [this, job, store] {
        store->deleteLater();
        if (!job->errorString().isEmpty())
            return emit storeFailed(tr("API key not stored"), job->errorString());
        emit apiKeyStored();
    });
}

void SecretStorage::storeDatabasePassword(const DatabaseUrl& url, const QString& password)
{
    auto* store = new ApiKeyStore(this);
    ApiKeyJob* job = store->writeKey(url.secretId(), password);
    connect(job, &ApiKeyJob::finished, this, [this, job, store] {
        store->deleteLater();
        if (!job->errorString().isEmpty())
            emit storeFailed(tr("Password not stored"), job->errorString());
    });
}

} // namespace salon::ui
