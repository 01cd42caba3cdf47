#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace salon::sync
{

// What the sync console lists, and the SQL for it: appointments that have at least one phase in the chosen
// status, narrowed by date range (salon-local days), service, staff and a text search (customer, e-mail,
// appointment id, error text). The database filters and orders; values are always bound.
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
    // The same condition for one phase in memory (a phase that changed: does its row still belong?).
    static bool phaseMatches(Status status, const QString& syncStatus, bool archived);

    // SELECT of one page of appointments (id, customer_name, customer_email, starts_at, service_id, service
    // name).
    QString appointmentsSql(QVariantList* values, int limit, int offset) const;
    // One row: per Status (in enum order) the number of appointments with a phase in it, then the number of
    // failed (not archived) phases. Every filter but the status applies.
    QString countsSql(QVariantList* values) const;

    bool operator==(const SyncQueueFilter&) const = default;

private:
    // Conditions on `a` and `p` for everything except the status.
    QStringList otherConditions(QVariantList* values, const QString& phaseAlias) const;
};

} // namespace salon::sync
