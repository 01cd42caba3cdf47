#pragma once

#include <QString>

#include <optional>

namespace salon
{

// The life of one appointment phase in Cal.com (appointment_phases.sync_status). Cancelled: the phase's
// appointment was cancelled and its booking (if any) cancelled in Cal.com; it is never booked again.
enum class SyncStatus { Pending, Syncing, Synced, Failed, Skipped, Cancelled };

QString toString(SyncStatus status);
std::optional<SyncStatus> syncStatusFromString(const QString& text);

} // namespace salon
