#include "DatasetDiff.h"

#include "db/SqlTime.h"

#include <QHash>
#include <QMap>

namespace salon::rehearsal
{

namespace
{

using Record = ChangeRecord;

QString text(const QString& s)
{
    // Long texts (a sync error) shortened: the report says that it changed, the database has it all.
    constexpr qsizetype kLongest = 80;
    if (s.isEmpty())
        return QStringLiteral("–");
    return s.size() > kLongest ? s.left(kLongest - 1) + QStringLiteral("…") : s;
}

QString text(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QStringLiteral("–");
}

QString text(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("–");
}

QString text(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

template <typename T> void field(QStringList* details, const char* name, const T& a, const T& b)
{
    if (a != b)
        details->append(QStringLiteral("%1: %2 → %3").arg(QLatin1String(name), text(a), text(b)));
}

void fieldInt(QStringList* details, const char* name, qint64 a, qint64 b)
{
    if (a != b)
        details->append(QStringLiteral("%1: %2 → %3").arg(QLatin1String(name)).arg(a).arg(b));
}

// Adds created/deleted/changed records for two keyed maps; `describe` fills subject/staff/details.
template <typename Key, typename T, typename Fill>
void compareMaps(
    const QMap<Key, T>& before, const QMap<Key, T>& after, Record::Kind kind, Fill fill, QList<Record>* out)
{
    QList<Key> keys = before.keys();
    for (const Key& k : after.keys())
        if (!before.contains(k))
            keys.append(k);
    std::sort(keys.begin(), keys.end());
    for (const Key& k : keys) {
        Record r;
        r.area = Record::Area::Database;
        r.kind = kind;
        const bool wasThere = before.contains(k);
        const bool isThere = after.contains(k);
        r.change = !wasThere ? Record::Change::Created
            : !isThere       ? Record::Change::Deleted
                             : Record::Change::Changed;
        const auto a = before.constFind(k);
        const auto b = after.constFind(k);
        fill(&r, wasThere ? &a.value() : nullptr, isThere ? &b.value() : nullptr);
        if (r.change != Record::Change::Changed || !r.details.isEmpty())
            out->append(r);
    }
}

} // namespace

QList<ChangeRecord> DatasetDiff::compare(const SalonDataset& before, const SalonDataset& after)
{
    QHash<QString, QString> staffNames;
    for (const SalonDataset* d : { &before, &after })
        for (const StaffMember& s : d->staff)
            staffNames.insert(s.id, s.name);
    auto staffName
        = [&staffNames](const QString& id) { return id.isEmpty() ? QString() : staffNames.value(id, id); };
    QHash<qint64, QString> serviceNames;
    for (const SalonDataset* d : { &before, &after })
        for (const Service& s : d->services)
            serviceNames.insert(s.id, s.name);

    QList<Record> records;

    QMap<QString, StaffMember> staffBefore, staffAfter;
    for (const StaffMember& s : before.staff)
        staffBefore.insert(s.id, s);
    for (const StaffMember& s : after.staff)
        staffAfter.insert(s.id, s);
    compareMaps(
        staffBefore, staffAfter, Record::Kind::Staff,
        [](Record* r, const StaffMember* a, const StaffMember* b) {
            const StaffMember& s = b ? *b : *a;
            r->id = s.id;
            r->subject = s.name;
            r->staff = s.name;
            if (!a || !b)
                return;
            field(&r->details, "name", a->name, b->name);
            field(&r->details, "email", a->email, b->email);
            field(&r->details, "calcomUserId", a->calcomUserId, b->calcomUserId);
            field(&r->details, "calcomUsername", a->calcomUsername, b->calcomUsername);
            field(&r->details, "active", a->active, b->active);
        },
        &records);

    QMap<qint64, Service> servicesBefore, servicesAfter;
    for (const Service& s : before.services)
        servicesBefore.insert(s.id, s);
    for (const Service& s : after.services)
        servicesAfter.insert(s.id, s);
    compareMaps(
        servicesBefore, servicesAfter, Record::Kind::Service,
        [&staffName](Record* r, const Service* a, const Service* b) {
            const Service& s = b ? *b : *a;
            r->id = QString::number(s.id);
            r->subject = s.name;
            if (!a || !b)
                return;
            field(&r->details, "name", a->name, b->name);
            fieldInt(&r->details, "durationMinutes", a->durationMinutes, b->durationMinutes);
            field(&r->details, "composite", a->isComposite, b->isComposite);
            field(&r->details, "active", a->active, b->active);
            for (const ServiceSegment& seg : a->segments) {
                const ServiceSegment* now = b->segment(seg.key);
                if (!now) {
                    r->details.append(QStringLiteral("segment %1: deleted").arg(seg.key));
                } else if (!(*now == seg)) {
                    r->details.append(QStringLiteral("segment %1: %2 %3 min → %4 %5 min")
                                          .arg(seg.key, seg.name)
                                          .arg(seg.durationMinutes)
                                          .arg(now->name)
                                          .arg(now->durationMinutes));
                }
            }
            for (const ServiceSegment& seg : b->segments)
                if (!a->segment(seg.key))
                    r->details.append(QStringLiteral("segment %1: created").arg(seg.key));
            for (const QString& id : a->staffIds)
                if (!b->staffIds.contains(id))
                    r->details.append(QStringLiteral("performer removed: %1").arg(staffName(id)));
            for (const QString& id : b->staffIds)
                if (!a->staffIds.contains(id))
                    r->details.append(QStringLiteral("performer added: %1").arg(staffName(id)));
        },
        &records);

    using MapKey = std::tuple<qint64, QString, QString>;
    QMap<MapKey, EventMapEntry> mapsBefore, mapsAfter;
    for (const EventMapEntry& m : before.eventMaps)
        mapsBefore.insert({ m.serviceId, m.segmentKey, m.staffId }, m);
    for (const EventMapEntry& m : after.eventMaps)
        mapsAfter.insert({ m.serviceId, m.segmentKey, m.staffId }, m);
    compareMaps(
        mapsBefore, mapsAfter, Record::Kind::EventMap,
        [&](Record* r, const EventMapEntry* a, const EventMapEntry* b) {
            const EventMapEntry& m = b ? *b : *a;
            r->id = QStringLiteral("%1/%2/%3").arg(m.serviceId).arg(m.segmentKey, m.staffId);
            r->subject = QStringLiteral("%1 %2").arg(serviceNames.value(m.serviceId), m.segmentKey);
            r->staff = staffName(m.staffId);
            if (!a || !b) {
                r->details.append(QStringLiteral("eventTypeId: %1").arg(m.eventTypeId));
                return;
            }
            fieldInt(&r->details, "eventTypeId", a->eventTypeId, b->eventTypeId);
            field(&r->details, "childEventTypeId", a->childEventTypeId, b->childEventTypeId);
        },
        &records);

    QMap<qint64, Appointment> appointmentsBefore, appointmentsAfter;
    for (const Appointment& a : before.appointments)
        appointmentsBefore.insert(a.id, a);
    for (const Appointment& a : after.appointments)
        appointmentsAfter.insert(a.id, a);
    compareMaps(
        appointmentsBefore, appointmentsAfter, Record::Kind::Appointment,
        [&](Record* r, const Appointment* a, const Appointment* b) {
            const Appointment& x = b ? *b : *a;
            r->id = QString::number(x.id);
            r->subject = QStringLiteral("%1, %2, %3")
                             .arg(x.customerName, serviceNames.value(x.serviceId), text(x.startsAt));
            if (!a || !b)
                return;
            field(&r->details, "customerName", a->customerName, b->customerName);
            field(&r->details, "startsAt", a->startsAt, b->startsAt);
            field(&r->details, "status", a->status, b->status);
            fieldInt(&r->details, "serviceId", a->serviceId, b->serviceId);
        },
        &records);

    QMap<qint64, AppointmentPhase> phasesBefore, phasesAfter;
    for (const Appointment& a : before.appointments)
        for (const AppointmentPhase& p : a.phases)
            phasesBefore.insert(p.id, p);
    for (const Appointment& a : after.appointments)
        for (const AppointmentPhase& p : a.phases)
            phasesAfter.insert(p.id, p);
    compareMaps(
        phasesBefore, phasesAfter, Record::Kind::Phase,
        [&](Record* r, const AppointmentPhase* a, const AppointmentPhase* b) {
            const AppointmentPhase& p = b ? *b : *a;
            r->id = QString::number(p.id);
            r->subject = tr("appointment %1, segment %2, %3")
                             .arg(p.appointmentId)
                             .arg(p.segmentKey, text(p.startsAt));
            r->staff = staffName(p.staffId);
            if (!a || !b)
                return;
            field(&r->details, "syncStatus", toString(a->syncStatus), toString(b->syncStatus));
            field(&r->details, "calcomBookingUid", a->calcomBookingUid, b->calcomBookingUid);
            field(&r->details, "staff", staffName(a->staffId), staffName(b->staffId));
            field(&r->details, "startsAt", a->startsAt, b->startsAt);
            field(&r->details, "endsAt", a->endsAt, b->endsAt);
            field(&r->details, "syncError", a->syncError, b->syncError);
        },
        &records);
    return records;
}

} // namespace salon::rehearsal
