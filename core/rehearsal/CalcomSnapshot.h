#pragma once

#include "SnapshotGap.h"
#include "common/Expected.h"
#include "domain/SalonDataset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace salon::rehearsal
{

// A read-only copy of a Cal.com team as the sandbox's state file (docs/sandbox.md: users, teams,
// eventTypes, bookings — no apiKeys: a snapshot never holds a key, the sandbox serving it gets its own),
// plus what was taken when and what could not be seen. The file is the state with one more top-level
// object, "snapshot", which `salon-admin-cli sandbox --state` ignores:
//
//   {"users": [...], "teams": [...], "eventTypes": [...], "bookings": [...],
//    "snapshot": {"takenAt", "from", "to", "teamId", "keyUserId", "source", "requests", "gaps": [...]}}
struct CalcomSnapshot {
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::CalcomSnapshot)
public:
    QJsonObject state; // the sandbox state (no apiKeys)
    QDateTime takenAt;
    QDateTime from; // bookings starting at/after
    QDateTime to; // bookings ending at/before
    qint64 teamId = 0;
    qint64 keyUserId = 0; // the user the API key belonged to; the sandbox's own key is registered for them
    QString source; // the base URL it was read from (never a key)
    int requests = 0; // HTTP requests it took
    QList<SnapshotGap> gaps;

    int count(const QString& collection) const; // "eventTypes", "bookings", "users"
    QJsonObject toFileJson() const;
    static Expected<CalcomSnapshot, QString> fromFileJson(const QJsonObject& json);
    // Written atomically (QSaveFile).
    Expected<Done, QString> saveFile(const QString& path) const;
    static Expected<CalcomSnapshot, QString> loadFile(const QString& path);
    // Gives hidden stand-in children with made-up ids the ids the salon's event map knows for them (a map
    // row on the parent for that staff member's Cal.com user, with a child id the snapshot lacks), so a
    // rehearsed sync books what the live one would. Returns how many ids changed.
    int adoptChildIds(const SalonDataset& dataset);
    // A few lines for people: counts and every gap.
    QString summary() const;
};

} // namespace salon::rehearsal
