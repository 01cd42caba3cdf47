#pragma once

#include "common/Expected.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace salon::calcom
{

// The key's user (GET /v2/me). A successful call also proves the key works.
struct Me {
    qint64 id = 0;
    QString username;
    QString email;
    QString name;
    QString timeZone;
    std::optional<qint64> organizationId;

    static Expected<Me, QString> fromJson(const QJsonValue& value);
};

} // namespace salon::calcom
