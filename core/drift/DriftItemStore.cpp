#include "DriftItemStore.h"

#include "ChangedBookingCheck.h"
#include "common/Clock.h"
#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "db/Transaction.h"
#include "sync/BookingMetadata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace salon::drift
{

using calcom::Booking;

namespace
{
struct Row {
    QString key;
    qint64 phaseId = 0;
    QString state;
    QString fingerprint;
    QDateTime foundAt;
    QHash<QString, QJsonObject> bookings; // by uid, as Cal.com sent them
    bool isNew = false;
};

// The newer of two states of one booking (by updatedAt; a tie goes to the later one seen).
void keepNewest(QHash<QString, QJsonObject>& bookings, const QJsonObject& raw)
{
    const QString uid = raw.value(QStringLiteral("uid")).toString();
    if (uid.isEmpty())
        return;
    const auto old = bookings.constFind(uid);
    if (old != bookings.constEnd()) {
        const auto stamp = [](const QJsonObject& o) {
            return QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
        };
        const QDateTime was = stamp(*old);
        const QDateTime now = stamp(raw);
        if (was.isValid() && now.isValid() && now < was)
            return;
    }
    bookings.insert(uid, raw);
}

QString bookingsText(const QHash<QString, QJsonObject>& bookings)
{
    QStringList uids = bookings.keys();
    uids.sort();
    QJsonArray list;
    for (const QString& uid : uids)
        list.append(bookings.value(uid));
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}
} // namespace

DriftItemStore::DriftItemStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Expected<QList<DriftItem>, QString> DriftItemStore::record(
    const QList<Booking>& changed, const QList<DriftItem>& found)
{
    auto q = runSql(m_db,
        QStringLiteral(
            "SELECT item_key, phase_id, state, fingerprint, bookings, found_at FROM calcom_drift_items "
            "ORDER BY found_at, item_key"));
    if (!q)
        return Unexpected(tr("Cannot read the unsettled changes made in Cal.com: %1").arg(q.error()));
    QList<Row> rows;
    while (q->next()) {
        Row r;
        r.key = q->value(0).toString();
        r.phaseId = q->value(1).toLongLong();
        r.state = q->value(2).toString();
        r.fingerprint = q->value(3).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(4).toString().toUtf8()).array())
            keepNewest(r.bookings, v.toObject());
        r.foundAt = fromSqlTime(q->value(5));
        rows.append(r);
    }
    const QDateTime now = Clock::instance().nowUtc();
    for (const DriftItem& item : found) {
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const Row& r) { return r.key == item.key(); })) {
            Row r;
            r.key = item.key();
            r.phaseId = item.finding.phaseId;
            r.state = QStringLiteral("open");
            r.foundAt = now;
            r.isNew = true;
            rows.append(r);
        }
    }
    // The look's bookings of a phase with a stored change bring that change up to date.
    for (const Booking& b : changed) {
        const auto phaseId = sync::BookingMetadata::phaseIdOf(b);
        for (Row& r : rows)
            if (phaseId && *phaseId == r.phaseId)
                keepNewest(r.bookings, b.raw);
    }
    if (rows.isEmpty())
        return QList<DriftItem> {};

    // Compared again, all together: a reschedule chain or a second booking needs its phase's other bookings.
    QHash<QString, QJsonObject> all;
    for (const Row& r : std::as_const(rows))
        for (const QJsonObject& raw : r.bookings)
            keepNewest(all, raw);
    QList<Booking> bookings;
    for (const QJsonObject& raw : std::as_const(all))
        if (auto b = Booking::fromJson(raw))
            bookings.append(*b);
    auto current = ChangedBookingCheck::run(m_db, bookings);
    if (!current)
        return Unexpected(current.error());
    QHash<QString, DriftItem> byKey;
    for (const DriftItem& item : std::as_const(*current))
        byKey.insert(item.key(), item);
    for (const DriftItem& item : found)
        if (!byKey.contains(item.key()))
            byKey.insert(item.key(), item);

    Transaction tx(m_db);
    const QString stamp = toSqlTime(now);
    QList<DriftItem> open;
    for (const Row& r : std::as_const(rows)) {
        const auto item = byKey.constFind(r.key);
        Expected<QSqlQuery, QString> w = QSqlQuery();
        if (item == byKey.constEnd()) {
            if (!r.isNew)
                w = runSql(
                    m_db, QStringLiteral("DELETE FROM calcom_drift_items WHERE item_key = ?"), { r.key });
        } else {
            // A kept change is listed again once Cal.com's side of it is different.
            const bool kept = r.state == u"kept" && r.fingerprint == item->fingerprint();
            const QString state = kept ? QStringLiteral("kept") : QStringLiteral("open");
            const QString fingerprint = kept ? r.fingerprint : QString(QStringLiteral(""));
            if (r.isNew)
                w = runSql(m_db,
                    QStringLiteral(
                        "INSERT INTO calcom_drift_items (item_key, phase_id, kind, state, fingerprint, "
                        "bookings, found_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { r.key, r.phaseId, item->kindName(), state, fingerprint, bookingsText(r.bookings), stamp,
                        stamp });
            else
                w = runSql(m_db,
                    QStringLiteral("UPDATE calcom_drift_items SET kind = ?, state = ?, fingerprint = ?, "
                                   "bookings = ?, updated_at = ? WHERE item_key = ?"),
                    { item->kindName(), state, fingerprint, bookingsText(r.bookings), stamp, r.key });
            if (!kept)
                open.append(*item);
        }
        if (!w)
            return Unexpected(tr("Cannot store the unsettled changes made in Cal.com: %1").arg(w.error()));
    }
    if (!tx.commit())
        return Unexpected(tr("Cannot store the unsettled changes made in Cal.com: %1").arg(tx.error()));
    return open;
}

Expected<Done, QString> DriftItemStore::settle(const QString& key)
{
    return remove(QStringLiteral("DELETE FROM calcom_drift_items WHERE item_key = ?"), { key });
}

Expected<Done, QString> DriftItemStore::settleAppointment(qint64 appointmentId)
{
    return remove(QStringLiteral("DELETE FROM calcom_drift_items WHERE phase_id IN "
                                 "(SELECT id FROM appointment_phases WHERE appointment_id = ?)"),
        { appointmentId });
}

Expected<Done, QString> DriftItemStore::keep(const DriftItem& item)
{
    Transaction tx(m_db);
    auto u = runSql(m_db,
        QStringLiteral("UPDATE calcom_drift_items SET state = 'kept', fingerprint = ?, updated_at = ? WHERE "
                       "item_key = ?"),
        { item.fingerprint(), toSqlTime(Clock::instance().nowUtc()), item.key() });
    if (!u)
        return Unexpected(
            tr("Cannot keep the salon's plan for phase %1: %2").arg(item.finding.phaseId).arg(u.error()));
    if (!tx.commit())
        return Unexpected(
            tr("Cannot keep the salon's plan for phase %1: %2").arg(item.finding.phaseId).arg(tx.error()));
    return Done {};
}

Expected<Done, QString> DriftItemStore::remove(const QString& sql, const QVariantList& values)
{
    Transaction tx(m_db);
    auto d = runSql(m_db, sql, values);
    if (!d)
        return Unexpected(tr("Cannot mark the change made in Cal.com as settled: %1").arg(d.error()));
    if (!tx.commit())
        return Unexpected(tr("Cannot mark the change made in Cal.com as settled: %1").arg(tx.error()));
    return Done {};
}

void DriftItemStore::unsettledIn(
    DatabaseWorker* worker, QObject* context, std::function<void(Expected<QList<DriftItem>, QString>)> done)
{
    worker->post<Expected<QList<DriftItem>, QString>>(
        [](QSqlDatabase& db) { return DriftItemStore(db).unsettled(); }, context, std::move(done));
}

void DriftItemStore::keepIn(DatabaseWorker* worker, const DriftItem& item, QObject* context,
    std::function<void(Expected<Done, QString>)> done)
{
    worker->post<Expected<Done, QString>>(
        [item](QSqlDatabase& db) { return DriftItemStore(db).keep(item); }, context, std::move(done));
}

} // namespace salon::drift
