#include "ApiKeyStore.h"

#include "ApiKeyFormat.h"

#include <QMetaObject>

namespace salon
{

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
{
}

QString ApiKeyStore::serviceName()
{
    return QStringLiteral("salon-admin");
}

QString ApiKeyStore::environmentVariable()
{
    return QStringLiteral("CALCOM_API_KEY");
}

QString ApiKeyStore::entryName(const QUrl& baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    return url.toString();
}

ApiKeyJob* ApiKeyStore::readKey(const QUrl& baseUrl)
{
    auto* job = new ApiKeyJob(ApiKeyJob::Operation::Read, baseUrl, this);
    job->startKeychainRead(serviceName(), entryName(baseUrl));
    return job;
}

ApiKeyJob* ApiKeyStore::writeKey(const QUrl& baseUrl, const QString& key)
{
    auto* job = new ApiKeyJob(ApiKeyJob::Operation::Write, baseUrl, this);
    if (key.trimmed().isEmpty()) {
        job->fail(ApiKeyJob::Error::Other, tr("The API key is empty."));
        return job;
    }
    if (!job->isDatabasePassword()) {
        if (const QString problem = ApiKeyFormat::problem(key.trimmed(), tr("entered")); !problem.isEmpty()) {
            job->fail(ApiKeyJob::Error::InvalidKey, problem);
            return job;
        }
    }
    job->startKeychainWrite(serviceName(), entryName(baseUrl), key.trimmed());
    return job;
}

ApiKeyJob* ApiKeyStore::removeKey(const QUrl& baseUrl)
{
    auto* job = new ApiKeyJob(ApiKeyJob::Operation::Remove, baseUrl, this);
    job->startKeychainRemove(serviceName(), entryName(baseUrl));
    return job;
}

ApiKeyJob* ApiKeyStore::resolveKey(const QUrl& baseUrl)
{
    auto* job = new ApiKeyJob(ApiKeyJob::Operation::Resolve, baseUrl, this);
    const QString fromEnv = qEnvironmentVariable("CALCOM_API_KEY").trimmed();
    if (!fromEnv.isEmpty())
        job->finishWithKey(fromEnv, ApiKeyJob::Source::Environment);
    else
        job->startKeychainRead(serviceName(), entryName(baseUrl));
    return job;
}

} // namespace salon
