#pragma once

#include "common/Expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace salon::calcom
{

// A host of a team event type. As input only userId, mandatory and priority count; as output Cal.com
// adds name/username/avatarUrl (round robin also mandatory/priority; managed parents list the users that
// have a child, without mandatory/priority).
struct Host {
    qint64 userId = 0;
    std::optional<bool> mandatory;
    QString priority; // "lowest" | "low" | "medium" | "high" | "highest"; empty = not given
    QString name;
    QString username;
    QString avatarUrl;

    // Accepts the documented object form; a bare number (or numeric string, as the spec's string[] says)
    // is read as a userId.
    static Expected<Host, QString> fromJson(const QJsonValue& value);
    // The input form: {userId, mandatory?, priority?}.
    QJsonObject toInputJson() const;
};

} // namespace salon::calcom
