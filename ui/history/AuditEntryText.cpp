#include "AuditEntryText.h"

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

} // namespace salon::ui
