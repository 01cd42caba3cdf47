#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace salon::sync
{

// Where the next chunk of the console's list starts: after this row, in the list's order (start, id).
struct SyncQueueKey {
    QVariant startsAt; // as appointmentsSql's column 6 gave it (exact: no rounding through QDateTime)
    qint64 appointmentId = 0; // 0: from the first row
};

// What the sync console lists, and the SQL for it: appointments that have at least one phase in the chosen
// status, narrowed by date range (salon-local days), service, staff and a text search (customer, e-mail,
// appointment id, error text). The database filters and orders; values are always bound. The lists and
// counts read appointment_sync_state and sync_queue_counts (migration 0015, kept by triggers), so a status
// is a range of one partial index and a chunk starts at a key, not at an offset; text of 3 characters or
// more is looked up in appointment_search (SQLite FTS5 trigram) or through pg_trgm indexes.
struct SyncQueueFilter {
    Q_DECLARE_TR_FUNCTIONS(salon::sync::SyncQueueFilter)
public:
    enum class Status { NeedsAttention, Failed, Pending, Syncing, Synced, Archived, All };
    static constexpr int kStatusCount = 7;

    Status status = Status::NeedsAttention;
    QDate from; // inclusive, salon-local; invalid = open
    QDate to; // inclusive, salon-local; invalid = open
    qint64 serviceId = 0;
    QString staffId;
    QString text;
    QTimeZone zone = QTimeZone("Europe/Berlin");

    static QString statusLabel(Status status);
    // SQL condition on phase alias `p` for a status.
    static QString statusCondition(Status status);
    // The same condition on appointment_sync_state alias `q` (the text of its partial index).
    static QString stateCondition(Status status);
    // The same condition for one phase in memory (a phase that changed: does its row still belong?).
    static bool phaseMatches(Status status, const QString& syncStatus, bool archived);

    // SELECT of one chunk of appointments after `after` (id, customer_name, customer_email, starts_at,
    // service_id, service name, the key's start).
    QString appointmentsSql(QVariantList* values, int limit, const SyncQueueKey& after, bool postgres) const;
    // One row: per Status (in enum order) the number of appointments with a phase in it, then the number of
    // failed (not archived) phases. Every filter but the status applies.
    QString countsSql(QVariantList* values, bool postgres) const;
    // The counts as plain COUNTs over the join of appointments and phases (what countsSql must equal).
    QString joinedCountsSql(QVariantList* values, bool postgres) const;

    bool operator==(const SyncQueueFilter&) const = default;

private:
    // Conditions for everything except the status and the staff: on `a` (start, service, id) or on `q`.
    QStringList otherConditions(QVariantList* values, const QString& alias, bool postgres) const;
    // The appointments whose customer, e-mail, id or phase error contains the text, as "column IN (...)".
    QString textCondition(QVariantList* values, const QString& idColumn, bool postgres) const;
};

} // namespace salon::sync
