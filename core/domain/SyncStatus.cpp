#include "SyncStatus.h"

namespace salon
{

QString toString(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Pending:
        return QStringLiteral("pending");
    case SyncStatus::Syncing:
        return QStringLiteral("syncing");
    case SyncStatus::Synced:
        return QStringLiteral("synced");
    case SyncStatus::Failed:
        return QStringLiteral("failed");
    case SyncStatus::Skipped:
        return QStringLiteral("skipped");
    case SyncStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SyncStatus> syncStatusFromString(const QString& text)
{
    for (SyncStatus s : { SyncStatus::Pending, SyncStatus::Syncing, SyncStatus::Synced, SyncStatus::Failed,
             SyncStatus::Skipped, SyncStatus::Cancelled }) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace salon
