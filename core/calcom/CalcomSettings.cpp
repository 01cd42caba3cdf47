#include "CalcomSettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimeZone>

namespace salon::calcom
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("salon::calcom::CalcomSettings", text);
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString CalcomSettings::validationError() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The Cal.com address \"%1\" is not a valid URL.").arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(baseUrl.host()))
            return tr(
                "The Cal.com address \"%1\" uses plain http://, which would send the API key unencrypted. "
                "Use https:// (plain http is allowed only for this computer, e.g. http://127.0.0.1).")
                .arg(baseUrl.toString());
    } else if (scheme != QLatin1String("https")) {
        return tr("The Cal.com address \"%1\" must start with https://.").arg(baseUrl.toString());
    }
    if (teamId && *teamId <= 0)
        return tr("The Cal.com team id must be a positive number.");
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return tr("\"%1\" is not a known time zone.").arg(timeZone);
    if (requestsPerMinute < 1)
        return tr("The request limit must be at least one request per minute.");
    if (timeoutMs < 100)
        return tr("The request timeout must be at least 100 ms.");
    return {};
}

QUrl CalcomSettings::urlFor(const QString& relativePath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + relativePath, QUrl::TolerantMode); // relative paths arrive percent-encoded
    url.setQuery(QString());
    return url;
}

} // namespace salon::calcom
