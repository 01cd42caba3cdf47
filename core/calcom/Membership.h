#pragma once

#include "common/Expected.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace salon::calcom
{

// A member of a team (GET /v2/teams/{teamId}/memberships, TeamMembershipOutput): the membership and the
// user it names. Cal.com lists no time zone here.
struct Membership {
    qint64 id = 0;
    qint64 userId = 0;
    qint64 teamId = 0;
    QString role; // MEMBER | ADMIN | OWNER
    bool accepted = true;
    QString username;
    QString name;
    QString email;

    static Expected<Membership, QString> fromJson(const QJsonValue& value);
    // A list, or one object (as the spec's GetTeamMembershipsOutput describes it).
    static Expected<QList<Membership>, QString> listFromJson(const QJsonValue& value);
};

} // namespace salon::calcom
