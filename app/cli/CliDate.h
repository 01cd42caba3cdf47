#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace salon::cli
{

// A date option: "2030-11-25" (the start of that day, UTC) or a full ISO date-time.
std::optional<QDateTime> parseCliDate(const QString& text);

} // namespace salon::cli
