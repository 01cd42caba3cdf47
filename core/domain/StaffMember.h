#pragma once

#include <QString>

#include <optional>

namespace salon
{

struct StaffMember {
    QString id; // UUID text
    QString name;
    QString email;
    std::optional<qint64> calcomUserId;
    QString calcomUsername; // empty when unknown
    bool active = true;

    bool operator==(const StaffMember&) const = default;
};

} // namespace salon
