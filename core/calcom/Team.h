#pragma once

#include "common/Expected.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace salon::calcom
{

// A team the key's user belongs to (GET /v2/teams, TeamOutputDto).
struct Team {
    qint64 id = 0;
    QString name;
    QString slug;
    std::optional<qint64> parentId; // the organization, if any
    bool isOrganization = false;
    QString timeZone;

    static Expected<Team, QString> fromJson(const QJsonValue& value);
    static Expected<QList<Team>, QString> listFromJson(const QJsonValue& value);
};

} // namespace salon::calcom
