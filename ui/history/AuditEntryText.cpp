#include "AuditEntryText.h"

#include "core/db/SqlTime.h"
#include "core/history/AuditEntry.h"
#include "ui/DateTimeText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace salon::ui
{

QString AuditEntryText::action(const QString& action)
{
    if (action == u"event-type.create")
        return tr("event type created");
    if (action == u"event-type.adopt")
        return tr("existing event type taken into the map");
    if (action == u"event-type.retire-managed")
        return tr("MANAGED event type deleted");
    if (action == u"event-type.undo-delete")
        return tr("event type deleted by an undo");
    if (action == u"event-map.undo")
        return tr("map row put back by an undo");
    if (action == u"event-map.import")
        return tr("map row imported");
    if (action == u"phase.synced")
        return tr("phase booked in Cal.com");
    if (action == u"phase.resync")
        return tr("phase marked for a new sync");
    if (action == u"phase.rescheduled")
        return tr("phase moved");
    if (action == u"phase.rebooked")
        return tr("phase booked again");
    if (action == u"phase.cancelled")
        return tr("phase cancelled");
    if (action == u"phase.archived")
        return tr("phase archived");
    if (action == u"phase.unarchived")
        return tr("phase taken out of the archive");
    if (action == u"event_map.repair")
        return tr("map row repaired");
    if (action == u"event_map.populate")
        return tr("map row filled in");
    if (action == u"import")
        return tr("data imported");
    if (action == u"insert")
        return tr("row added");
    if (action == u"update")
        return tr("row changed");
    if (action == u"delete")
        return tr("row deleted");
    return action;
}

QString AuditEntryText::subject(const QString& table, const QString& key)
{
    if (table == u"calcom_event_map")
        return tr("map row %1").arg(key);
    if (table == u"calcom_event_type")
        return tr("event type %1").arg(key);
    if (table == u"appointment_phases")
        return tr("phase %1").arg(key);
    if (table == u"appointments")
        return tr("appointment %1").arg(key);
    if (table == u"services")
        return tr("service %1").arg(key);
    if (table == u"service_segments")
        return tr("segment %1").arg(key);
    if (table == u"staff")
        return tr("staff member %1").arg(key);
    return key.isEmpty() ? table : QStringLiteral("%1 %2").arg(table, key);
}

QString AuditEntryText::field(const QString& key)
{
    // snake_case (table rows) and camelCase (plans, imports, map rows) name the same things.
    static const QHash<QString, const char*> words {
        { QStringLiteral("id"), QT_TR_NOOP("ID") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("active"), QT_TR_NOOP("Active") },
        { QStringLiteral("email"), QT_TR_NOOP("Email") },
        { QStringLiteral("customer_name"), QT_TR_NOOP("Customer") },
        { QStringLiteral("customerName"), QT_TR_NOOP("Customer") },
        { QStringLiteral("customer_email"), QT_TR_NOOP("Customer email") },
        { QStringLiteral("service_id"), QT_TR_NOOP("Service") },
        { QStringLiteral("serviceId"), QT_TR_NOOP("Service") },
        { QStringLiteral("segment_key"), QT_TR_NOOP("Segment") },
        { QStringLiteral("segmentKey"), QT_TR_NOOP("Segment") },
        { QStringLiteral("staff_id"), QT_TR_NOOP("Staff member") },
        { QStringLiteral("staffId"), QT_TR_NOOP("Staff member") },
        { QStringLiteral("starts_at"), QT_TR_NOOP("Start") },
        { QStringLiteral("ends_at"), QT_TR_NOOP("End") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("sync_status"), QT_TR_NOOP("Sync status") },
        { QStringLiteral("sync_error"), QT_TR_NOOP("Sync error") },
        { QStringLiteral("calcom_booking_id"), QT_TR_NOOP("Cal.com booking") },
        { QStringLiteral("calcom_booking_uid"), QT_TR_NOOP("Cal.com booking") },
        { QStringLiteral("phases"), QT_TR_NOOP("Phases") },
        { QStringLiteral("eventTypeId"), QT_TR_NOOP("Event type") },
        { QStringLiteral("childEventTypeId"), QT_TR_NOOP("Staff member's own event type") },
        { QStringLiteral("childResolvedAt"), QT_TR_NOOP("Looked up at") },
        { QStringLiteral("reason"), QT_TR_NOOP("Reason") },
        { QStringLiteral("counts"), QT_TR_NOOP("Counts") },
        { QStringLiteral("dryRun"), QT_TR_NOOP("Trial run") },
        { QStringLiteral("staff"), QT_TR_NOOP("Staff") },
        { QStringLiteral("services"), QT_TR_NOOP("Services") },
        { QStringLiteral("segments"), QT_TR_NOOP("Segments") },
        { QStringLiteral("serviceStaff"), QT_TR_NOOP("Who does which service") },
        { QStringLiteral("eventMaps"), QT_TR_NOOP("Event map rows") },
        { QStringLiteral("appointments"), QT_TR_NOOP("Appointments") },
        { QStringLiteral("created"), QT_TR_NOOP("new") },
        { QStringLiteral("updated"), QT_TR_NOOP("changed") },
        { QStringLiteral("unchanged"), QT_TR_NOOP("unchanged") },
        { QStringLiteral("create"), QT_TR_NOOP("to create") },
        { QStringLiteral("adopt"), QT_TR_NOOP("to take over") },
        { QStringLiteral("keep"), QT_TR_NOOP("to keep") },
        { QStringLiteral("replace"), QT_TR_NOOP("to replace") },
        { QStringLiteral("conflict"), QT_TR_NOOP("in conflict") },
        { QStringLiteral("blocked"), QT_TR_NOOP("blocked") },
    };
    const auto word = words.constFind(key);
    return word == words.cend() ? key : tr(*word);
}

QString AuditEntryText::value(const QString& key, const QJsonValue& value, const QTimeZone& zone)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("–");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble()) {
        // Ids and counts are whole numbers and read as written ("event type 4999999"); only fractions
        // take the language's decimal sign.
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QLocale().toString(number, 'g', 15);
    }
    if (value.isArray())
        return tr("%n item(s)", nullptr, int(value.toArray().size()));
    if (value.isObject()) {
        // Counts ("created": 3, ...) read as "3 new, 1 changed"; other objects as "field value".
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString shown = AuditEntryText::value(it.key(), it.value(), zone);
            parts.append(it.value().isDouble() && key != QLatin1String("counts")
                    ? QStringLiteral("%1 %2").arg(shown, field(it.key()))
                    : QStringLiteral("%1: %2").arg(field(it.key()), shown));
        }
        return parts.join(QStringLiteral(", "));
    }
    const QString text = value.toString();
    static const QRegularExpression time(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    if (time.match(text).hasMatch())
        if (const QDateTime at = fromSqlTime(text); at.isValid())
            return DateTimeText::dateTime(at, zone);
    return text;
}

QString AuditEntryText::change(const history::AuditEntry& entry, const QTimeZone& zone)
{
    QStringList keys = entry.before.keys();
    for (const QString& k : entry.after.keys())
        if (!keys.contains(k))
            keys.append(k);
    QStringList parts;
    for (const QString& k : std::as_const(keys)) {
        const QJsonValue b = entry.before.value(k);
        const QJsonValue a = entry.after.value(k);
        if (b == a || (k == QLatin1String("dryRun") && !a.toBool()))
            continue;
        if (k == QLatin1String("counts") && a.isObject()) {
            // An import's counts: one part per kind of record ("Appointments: 3 new, 0 changed").
            const QJsonObject counts = a.toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                parts.append(
                    QStringLiteral("%1: %2").arg(field(it.key()), value(it.key(), it.value(), zone)));
            continue;
        }
        if (entry.before.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(field(k), value(k, a, zone)));
        else
            parts.append(QStringLiteral("%1: %2 → %3").arg(field(k), value(k, b, zone), value(k, a, zone)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace salon::ui
