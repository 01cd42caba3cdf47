#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace salon::sandbox
{

// One parsed HTTP request as the route handlers see it.
struct SandboxRequest {
    QString method; // "GET", "POST", ...
    QString path; // "/v2/teams/12345/event-types"
    QString pathAndQuery; // what the error envelope reports as `path`
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString remoteAddress;
    QStringList params; // captures of the matched route pattern, in order
    std::optional<qint64> authUserId; // the user behind the API key, when one was sent and valid

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
    qint64 paramId(int index) const { return params.value(index).toLongLong(); }
};

} // namespace salon::sandbox
