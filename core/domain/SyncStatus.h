#pragma once

#include <QString>

#include <optional>

namespace salon
{

// The life of one appointment phase in Cal.com (appointment_phases.sync_status).
enum class SyncStatus { Pending, Syncing, Synced, Failed, Skipped };

QString toString(SyncStatus status);
std::optional<SyncStatus> syncStatusFromString(const QString& text);

} // namespace salon
