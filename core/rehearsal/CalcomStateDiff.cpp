#include "CalcomStateDiff.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace salon::rehearsal
{

namespace
{

using Record = ChangeRecord;

QHash<qint64, QString> userNames(const QJsonObject& before, const QJsonObject& after)
{
    QHash<qint64, QString> names;
    for (const QJsonObject* state : { &before, &after })
        for (const QJsonValue& v : state->value(QStringLiteral("users")).toArray()) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(QStringLiteral("name")).toString();
            names.insert(u.value(QStringLiteral("id")).toInteger(),
                name.isEmpty() ? u.value(QStringLiteral("username")).toString() : name);
        }
    return names;
}

QString nameOf(const QHash<qint64, QString>& names, qint64 userId)
{
    return names.value(userId, QStringLiteral("#%1").arg(userId));
}

QString text(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("–");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QString hostsText(const QJsonValue& hosts, const QHash<qint64, QString>& names)
{
    QList<QJsonObject> list;
    for (const QJsonValue& h : hosts.toArray())
        list.append(h.toObject());
    std::sort(list.begin(), list.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("userId")).toInteger() < b.value(QStringLiteral("userId")).toInteger();
    });
    QStringList parts;
    for (const QJsonObject& h : list)
        parts.append(
            QStringLiteral("%1 (%2%3)")
                .arg(nameOf(names, h.value(QStringLiteral("userId")).toInteger()),
                    h.value(QStringLiteral("mandatory")).toBool() ? QStringLiteral("mandatory, ") : QString(),
                    h.value(QStringLiteral("priority")).toString(QStringLiteral("medium"))));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

// Who an event type concerns: its owner, else its hosts.
QString eventTypeStaff(const QJsonObject& e, const QHash<qint64, QString>& names)
{
    if (!e.value(QStringLiteral("ownerId")).isNull() && e.value(QStringLiteral("ownerId")).toInteger() > 0)
        return nameOf(names, e.value(QStringLiteral("ownerId")).toInteger());
    QStringList hosts;
    for (const QJsonValue& h : e.value(QStringLiteral("hosts")).toArray())
        hosts.append(nameOf(names, h.toObject().value(QStringLiteral("userId")).toInteger()));
    hosts.sort();
    return hosts.join(QStringLiteral(", "));
}

QHash<qint64, QJsonObject> byId(const QJsonObject& state, const QString& collection)
{
    QHash<qint64, QJsonObject> result;
    for (const QJsonValue& v : state.value(collection).toArray())
        result.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
    return result;
}

QList<qint64> sortedKeys(const QHash<qint64, QJsonObject>& a, const QHash<qint64, QJsonObject>& b)
{
    QSet<qint64> all;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        all.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        all.insert(it.key());
    QList<qint64> keys(all.cbegin(), all.cend());
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString when(const QJsonValue& iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso.toString();
}

QString bookingStaff(const QJsonObject& b, const QHash<qint64, QString>& names)
{
    const QJsonObject host = b.value(QStringLiteral("hosts")).toArray().first().toObject();
    if (host.isEmpty())
        return {};
    const qint64 id = host.value(QStringLiteral("id")).toInteger();
    return names.contains(id) ? names.value(id) : host.value(QStringLiteral("name")).toString();
}

QString bookingSubject(const QJsonObject& b)
{
    const QString slug
        = b.value(QStringLiteral("eventType")).toObject().value(QStringLiteral("slug")).toString();
    return QStringLiteral("%1, %2").arg(when(b.value(QStringLiteral("start"))),
        slug.isEmpty() ? b.value(QStringLiteral("title")).toString() : slug);
}

bool isCancelled(const QJsonObject& b)
{
    const QString status = b.value(QStringLiteral("status")).toString();
    return status == u"cancelled" || status == u"rejected";
}

void compareEventTypes(const QJsonObject& before, const QJsonObject& after,
    const QHash<qint64, QString>& names, QList<Record>* out)
{
    static const QStringList fields { QStringLiteral("title"), QStringLiteral("slug"),
        QStringLiteral("lengthInMinutes"), QStringLiteral("lengthInMinutesOptions"), QStringLiteral("hidden"),
        QStringLiteral("description"), QStringLiteral("schedulingType"),
        QStringLiteral("minimumBookingNotice"), QStringLiteral("teamId"), QStringLiteral("ownerId"),
        QStringLiteral("parentEventTypeId"), QStringLiteral("assignAllTeamMembers") };
    const auto old = byId(before, QStringLiteral("eventTypes"));
    const auto now = byId(after, QStringLiteral("eventTypes"));
    for (qint64 id : sortedKeys(old, now)) {
        Record r;
        r.area = Record::Area::Calcom;
        r.kind = Record::Kind::EventType;
        r.id = QString::number(id);
        const QJsonObject e = now.contains(id) ? now.value(id) : old.value(id);
        r.subject = e.value(QStringLiteral("title")).toString();
        r.staff = eventTypeStaff(e, names);
        if (!old.contains(id)) {
            r.change = Record::Change::Created;
            r.details.append(QStringLiteral("slug: %1").arg(e.value(QStringLiteral("slug")).toString()));
            r.details.append(
                QStringLiteral("schedulingType: %1").arg(text(e.value(QStringLiteral("schedulingType")))));
            r.details.append(
                QStringLiteral("lengthInMinutes: %1").arg(text(e.value(QStringLiteral("lengthInMinutes")))));
            r.details.append(
                QStringLiteral("hosts: %1").arg(hostsText(e.value(QStringLiteral("hosts")), names)));
            out->append(r);
            continue;
        }
        if (!now.contains(id)) {
            r.change = Record::Change::Deleted;
            out->append(r);
            continue;
        }
        const QJsonObject& a = old.value(id);
        const QJsonObject& b = now.value(id);
        for (const QString& f : fields) {
            QJsonValue va = a.value(f);
            QJsonValue vb = b.value(f);
            if (f == u"hidden" || f == u"assignAllTeamMembers") {
                va = va.toBool(false);
                vb = vb.toBool(false);
            } else if (f == u"description") {
                va = va.toString();
                vb = vb.toString();
            }
            if (va.isUndefined())
                va = QJsonValue();
            if (vb.isUndefined())
                vb = QJsonValue();
            if (va != vb)
                r.details.append(QStringLiteral("%1: %2 → %3").arg(f, text(va), text(vb)));
        }
        const QString hostsBefore = hostsText(a.value(QStringLiteral("hosts")), names);
        const QString hostsAfter = hostsText(b.value(QStringLiteral("hosts")), names);
        if (hostsBefore != hostsAfter)
            r.details.append(QStringLiteral("hosts: %1 → %2").arg(hostsBefore, hostsAfter));
        if (!r.details.isEmpty()) {
            r.change = Record::Change::Changed;
            out->append(r);
        }
    }
}

void compareBookings(const QJsonObject& before, const QJsonObject& after, const QHash<qint64, QString>& names,
    QList<Record>* out)
{
    QHash<QString, QJsonObject> old;
    QStringList order;
    for (const QJsonValue& v : before.value(QStringLiteral("bookings")).toArray()) {
        old.insert(v.toObject().value(QStringLiteral("uid")).toString(), v.toObject());
        order.append(v.toObject().value(QStringLiteral("uid")).toString());
    }
    QHash<QString, QJsonObject> now;
    for (const QJsonValue& v : after.value(QStringLiteral("bookings")).toArray()) {
        const QString uid = v.toObject().value(QStringLiteral("uid")).toString();
        now.insert(uid, v.toObject());
        if (!old.contains(uid))
            order.append(uid);
    }
    QSet<QString> movedAway; // old bookings a reschedule replaced: reported with their move
    for (const QString& uid : std::as_const(order)) {
        if (old.contains(uid))
            continue;
        const QString from = now.value(uid).value(QStringLiteral("rescheduledFromUid")).toString();
        if (!from.isEmpty() && old.contains(from))
            movedAway.insert(from);
    }
    for (const QString& uid : std::as_const(order)) {
        Record r;
        r.area = Record::Area::Calcom;
        r.kind = Record::Kind::Booking;
        r.id = uid;
        const QJsonObject b = now.contains(uid) ? now.value(uid) : old.value(uid);
        r.subject = bookingSubject(b);
        r.staff = bookingStaff(b, names);
        if (!old.contains(uid)) {
            const QString from = b.value(QStringLiteral("rescheduledFromUid")).toString();
            if (!from.isEmpty() && old.contains(from)) {
                const QJsonObject& o = old.value(from);
                r.change = Record::Change::Moved;
                r.id = QStringLiteral("%1 → %2").arg(from, uid);
                r.details.append(
                    QStringLiteral("start: %1 → %2")
                        .arg(when(o.value(QStringLiteral("start"))), when(b.value(QStringLiteral("start")))));
                const QString hostBefore = bookingStaff(o, names);
                if (hostBefore != r.staff)
                    r.details.append(QStringLiteral("host: %1 → %2").arg(hostBefore, r.staff));
            } else {
                r.change = Record::Change::Created;
                r.details.append(
                    QStringLiteral("eventTypeId: %1").arg(text(b.value(QStringLiteral("eventTypeId")))));
                r.details.append(QStringLiteral("%1 – %2").arg(
                    when(b.value(QStringLiteral("start"))), when(b.value(QStringLiteral("end")))));
                if (isCancelled(b))
                    r.details.append(
                        QStringLiteral("status: %1").arg(b.value(QStringLiteral("status")).toString()));
            }
            out->append(r);
            continue;
        }
        if (!now.contains(uid)) {
            r.change = Record::Change::Deleted;
            out->append(r);
            continue;
        }
        if (movedAway.contains(uid))
            continue;
        const QJsonObject& a = old.value(uid);
        if (!isCancelled(a) && isCancelled(b)) {
            r.change = Record::Change::Cancelled;
            const QString reason = b.value(QStringLiteral("cancellationReason")).toString();
            if (!reason.isEmpty())
                r.details.append(QStringLiteral("cancellationReason: %1").arg(reason));
            out->append(r);
            continue;
        }
        if (a.value(QStringLiteral("start")) != b.value(QStringLiteral("start"))
            || a.value(QStringLiteral("end")) != b.value(QStringLiteral("end"))) {
            r.change = Record::Change::Moved;
            r.details.append(
                QStringLiteral("start: %1 → %2")
                    .arg(when(a.value(QStringLiteral("start"))), when(b.value(QStringLiteral("start")))));
        }
        const QString hostBefore = bookingStaff(a, names);
        if (hostBefore != r.staff) {
            if (r.details.isEmpty())
                r.change = Record::Change::Changed;
            r.details.append(QStringLiteral("host: %1 → %2").arg(hostBefore, r.staff));
        }
        if (a.value(QStringLiteral("status")) != b.value(QStringLiteral("status")) && r.details.isEmpty()) {
            r.change = Record::Change::Changed;
            r.details.append(
                QStringLiteral("status: %1 → %2")
                    .arg(text(a.value(QStringLiteral("status"))), text(b.value(QStringLiteral("status")))));
        }
        if (!r.details.isEmpty())
            out->append(r);
    }
}

} // namespace

QList<ChangeRecord> CalcomStateDiff::compare(const QJsonObject& before, const QJsonObject& after)
{
    const QHash<qint64, QString> names = userNames(before, after);
    QList<ChangeRecord> records;
    compareEventTypes(before, after, names, &records);
    compareBookings(before, after, names, &records);
    return records;
}

} // namespace salon::rehearsal
