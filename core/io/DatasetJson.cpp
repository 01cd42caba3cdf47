#include "DatasetJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace salon
{

namespace
{

// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct DatasetText {
    Q_DECLARE_TR_FUNCTIONS(salon::DatasetJson)
};

// Thrown only inside this file and caught in parse(): it keeps the reader's many checks flat.
struct ParseFailure {
    DatasetError error;
};

[[noreturn]] void fail(const QString& path, const QString& message)
{
    throw ParseFailure { { path, message } };
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return {};
}

// Reads typed fields of one JSON object and names the path of whatever is wrong.
class Record
{
public:
    // `known`: the keys this record may have; any other (unless it starts with "x-") is an error, so a
    // typo never silently stands for "none".
    Record(const QJsonValue& value, QString path, std::initializer_list<const char*> known)
        : m_path(std::move(path))
    {
        if (!value.isObject())
            fail(m_path, DatasetText::tr("expected an object, found %1").arg(typeName(value)));
        m_object = value.toObject();
        checkKeys(m_object, m_path, known);
    }

    static void checkKeys(
        const QJsonObject& object, const QString& path, std::initializer_list<const char*> known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key.startsWith(QLatin1String("x-")))
                continue;
            bool ok = false;
            QString likely;
            QStringList names;
            for (const char* name : known) {
                const QString candidate = QLatin1String(name);
                names << candidate;
                ok = ok || candidate == key;
                if (candidate.compare(key, Qt::CaseInsensitive) == 0)
                    likely = candidate;
            }
            if (ok)
                continue;
            const QString where = path + QLatin1Char('.') + key;
            if (!likely.isEmpty())
                fail(where,
                    DatasetText::tr("unknown key; did you mean \"%1\"? (Keys starting with x- are "
                                    "ignored, for comments.)")
                        .arg(likely));
            fail(where,
                DatasetText::tr("unknown key; known here: %1. (Keys starting with x- are ignored, "
                                "for comments.)")
                    .arg(names.join(QStringLiteral(", "))));
        }
    }

    QString path(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString& key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    qint64 id(const QString& key) const
    {
        const qint64 v = integer(key);
        if (v <= 0)
            fail(path(key), DatasetText::tr("must be a positive integer, found %1").arg(v));
        return v;
    }
    std::optional<qint64> optionalId(const QString& key) const
    {
        if (!has(key))
            return std::nullopt;
        return id(key);
    }
    qint64 integer(const QString& key) const
    {
        const QJsonValue v = required(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15)
            fail(path(key), DatasetText::tr("expected an integer, found %1").arg(describe(v)));
        return static_cast<qint64>(d);
    }
    int positiveMinutes(const QString& key) const
    {
        const qint64 v = integer(key);
        if (v <= 0 || v > 24 * 60)
            fail(path(key),
                DatasetText::tr("must be a duration in minutes between 1 and 1440, found %1").arg(v));
        return int(v);
    }
    QString string(const QString& key, bool allowEmpty = false) const
    {
        const QJsonValue v = required(key);
        if (!v.isString())
            fail(path(key), DatasetText::tr("expected a string, found %1").arg(describe(v)));
        if (!allowEmpty && v.toString().trimmed().isEmpty())
            fail(path(key), DatasetText::tr("must not be empty"));
        return checkedText(key, v.toString());
    }
    QString optionalString(const QString& key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            fail(path(key), DatasetText::tr("expected a string, found %1").arg(describe(v)));
        return checkedText(key, v.toString());
    }
    bool boolean(const QString& key, std::optional<bool> fallback = std::nullopt) const
    {
        if (!m_object.contains(key) && fallback)
            return *fallback;
        const QJsonValue v = required(key);
        if (!v.isBool())
            fail(path(key), DatasetText::tr("expected true or false, found %1").arg(describe(v)));
        return v.toBool();
    }
    QDateTime time(const QString& key) const
    {
        const QString text = string(key);
        return parseTime(path(key), text);
    }
    QDateTime optionalTime(const QString& key) const
    {
        if (!has(key))
            return {};
        return time(key);
    }
    QJsonArray array(const QString& key, bool optional = false) const
    {
        if (optional && !has(key))
            return {};
        const QJsonValue v = required(key);
        if (!v.isArray())
            fail(path(key), DatasetText::tr("expected an array, found %1").arg(describe(v)));
        return v.toArray();
    }

    static QDateTime parseTime(const QString& path, const QString& text)
    {
        // Times carry their offset ("Z" or "+01:00") so no one guesses a time zone.
        static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid() || !withOffset.match(text).hasMatch())
            fail(path,
                DatasetText::tr(
                    "expected an ISO-8601 time with offset such as 2030-11-25T09:00:00Z, found \"%1\"")
                    .arg(text));
        return t.toUTC();
    }

    static QString numberText(double d)
    {
        // As written, not rounded to six digits: 1346406.5, not 1.34641e+06.
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }

private:
    QString checkedText(const QString& key, const QString& text) const
    {
        // Databases and Cal.com cut strings at a NUL, or refuse them.
        if (const qsizetype at = text.indexOf(QChar(0)); at >= 0)
            fail(path(key),
                DatasetText::tr("must not contain a NUL character (\\u0000, at character %1)").arg(at + 1));
        return text;
    }
    QJsonValue required(const QString& key) const
    {
        if (!m_object.contains(key))
            fail(path(key), DatasetText::tr("is missing"));
        return m_object.value(key);
    }
    static QString describe(const QJsonValue& v)
    {
        if (v.isString())
            return QStringLiteral("\"%1\"").arg(v.toString().left(40));
        if (v.isDouble())
            return numberText(v.toDouble());
        return typeName(v);
    }

    QJsonObject m_object;
    QString m_path;
};

QString indexed(const QString& base, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(base).arg(i);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

StaffMember readStaff(const Record& r)
{
    StaffMember s;
    s.id = r.string(QStringLiteral("id"));
    if (!isUuid(s.id))
        fail(r.path(QStringLiteral("id")),
            DatasetText::tr("must be a UUID such as 9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c, found \"%1\"")
                .arg(s.id));
    s.name = r.string(QStringLiteral("name"));
    s.email = r.optionalString(QStringLiteral("email"));
    s.calcomUserId = r.optionalId(QStringLiteral("calcomUserId"));
    s.calcomUsername = r.optionalString(QStringLiteral("calcomUsername"));
    s.active = r.boolean(QStringLiteral("active"), true);
    return s;
}

Service readService(const Record& r, const QString& path)
{
    Service s;
    s.id = r.id(QStringLiteral("id"));
    s.name = r.string(QStringLiteral("name"));
    s.durationMinutes = r.positiveMinutes(QStringLiteral("durationMinutes"));
    s.isComposite = r.boolean(QStringLiteral("isComposite"), false);
    s.active = r.boolean(QStringLiteral("active"), true);
    const QJsonArray segments = r.array(QStringLiteral("segments"), true);
    QSet<QString> keys;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString segPath = indexed(path + QStringLiteral(".segments"), i);
        const Record seg(
            segments.at(i), segPath, { "id", "key", "name", "position", "durationMinutes", "staffRequired" });
        ServiceSegment segment;
        segment.id = seg.id(QStringLiteral("id"));
        segment.key = seg.string(QStringLiteral("key"));
        if (keys.contains(segment.key))
            fail(seg.path(QStringLiteral("key")),
                DatasetText::tr("segment key \"%1\" appears twice in service %2").arg(segment.key).arg(s.id));
        keys.insert(segment.key);
        segment.name = seg.string(QStringLiteral("name"));
        segment.position
            = int(seg.has(QStringLiteral("position")) ? seg.integer(QStringLiteral("position")) : i + 1);
        segment.durationMinutes = seg.positiveMinutes(QStringLiteral("durationMinutes"));
        segment.staffRequired = seg.boolean(QStringLiteral("staffRequired"));
        s.segments.append(segment);
    }
    const QJsonArray staffIds = r.array(QStringLiteral("staffIds"), true);
    for (qsizetype i = 0; i < staffIds.size(); ++i) {
        if (!staffIds.at(i).isString() || staffIds.at(i).toString().contains(QChar(0)))
            fail(indexed(path + QStringLiteral(".staffIds"), i),
                DatasetText::tr("expected a staff UUID string"));
        s.staffIds.append(staffIds.at(i).toString());
    }
    return s;
}

EventMapEntry readEventMap(const Record& r)
{
    EventMapEntry m;
    m.id = r.id(QStringLiteral("id"));
    m.serviceId = r.id(QStringLiteral("serviceId"));
    m.segmentKey = r.string(QStringLiteral("segmentKey"));
    m.staffId = r.string(QStringLiteral("staffId"));
    m.eventTypeId = r.id(QStringLiteral("eventTypeId"));
    m.childEventTypeId = r.optionalId(QStringLiteral("childEventTypeId"));
    if (m.childEventTypeId && *m.childEventTypeId == m.eventTypeId)
        fail(r.path(QStringLiteral("childEventTypeId")),
            DatasetText::tr(
                "equals eventTypeId %1: a MANAGED parent can never be its own child (the incident's poisoned "
                "row); leave childEventTypeId null")
                .arg(m.eventTypeId));
    m.childResolvedAt = r.optionalTime(QStringLiteral("childResolvedAt"));
    m.createdAt = r.optionalTime(QStringLiteral("createdAt"));
    m.updatedAt = r.optionalTime(QStringLiteral("updatedAt"));
    return m;
}

Appointment readAppointment(const Record& r, const QString& path)
{
    Appointment a;
    a.id = r.id(QStringLiteral("id"));
    a.serviceId = r.id(QStringLiteral("serviceId"));
    a.customerName = r.string(QStringLiteral("customerName"));
    a.customerEmail = r.optionalString(QStringLiteral("customerEmail"));
    a.startsAt = r.time(QStringLiteral("startsAt"));
    a.status
        = r.has(QStringLiteral("status")) ? r.string(QStringLiteral("status")) : QStringLiteral("scheduled");
    a.createdAt = r.optionalTime(QStringLiteral("createdAt"));
    const QJsonArray phases = r.array(QStringLiteral("phases"), true);
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const QString phasePath = indexed(path + QStringLiteral(".phases"), i);
        const Record p(phases.at(i), phasePath,
            { "id", "segmentKey", "staffId", "staffRequired", "startsAt", "endsAt", "syncStatus",
                "calcomBookingId", "calcomBookingUid", "syncError", "syncAttempts", "lastSyncAt",
                "updatedAt" });
        AppointmentPhase phase;
        phase.id = p.id(QStringLiteral("id"));
        phase.appointmentId = a.id;
        phase.segmentKey = p.string(QStringLiteral("segmentKey"));
        phase.staffId = p.optionalString(QStringLiteral("staffId"));
        phase.staffRequired = p.boolean(QStringLiteral("staffRequired"));
        phase.startsAt = p.time(QStringLiteral("startsAt"));
        phase.endsAt = p.time(QStringLiteral("endsAt"));
        if (phase.endsAt <= phase.startsAt)
            fail(p.path(QStringLiteral("endsAt")), DatasetText::tr("must be after startsAt"));
        const QString status = p.has(QStringLiteral("syncStatus")) ? p.string(QStringLiteral("syncStatus"))
                                                                   : QStringLiteral("pending");
        const auto parsed = syncStatusFromString(status);
        if (!parsed)
            fail(p.path(QStringLiteral("syncStatus")),
                DatasetText::tr("must be one of pending, syncing, synced, failed, skipped; found \"%1\"")
                    .arg(status));
        phase.syncStatus = *parsed;
        phase.calcomBookingId = p.optionalId(QStringLiteral("calcomBookingId"));
        phase.calcomBookingUid = p.optionalString(QStringLiteral("calcomBookingUid"));
        phase.syncError = p.optionalString(QStringLiteral("syncError"));
        phase.syncAttempts
            = p.has(QStringLiteral("syncAttempts")) ? int(p.integer(QStringLiteral("syncAttempts"))) : 0;
        if (phase.syncAttempts < 0)
            fail(p.path(QStringLiteral("syncAttempts")), DatasetText::tr("must not be negative"));
        phase.lastSyncAt = p.optionalTime(QStringLiteral("lastSyncAt"));
        phase.updatedAt = p.optionalTime(QStringLiteral("updatedAt"));
        if (phase.staffRequired && phase.staffId.isEmpty() && phase.syncStatus != SyncStatus::Skipped)
            fail(p.path(QStringLiteral("staffId")), DatasetText::tr("is missing, but the phase needs staff"));
        a.phases.append(phase);
    }
    return a;
}

template <typename T, typename Read>
QList<T> readList(
    const QJsonObject& root, const QString& key, std::initializer_list<const char*> known, Read read)
{
    QList<T> result;
    const QString base = QStringLiteral("$.") + key;
    if (!root.contains(key))
        return result;
    if (!root.value(key).isArray())
        fail(base, DatasetText::tr("expected an array, found %1").arg(typeName(root.value(key))));
    const QJsonArray items = root.value(key).toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = indexed(base, i);
        T item = read(Record(items.at(i), path, known), path);
        const QString id = QVariant::fromValue(item.id).toString();
        if (ids.contains(id))
            fail(path + QStringLiteral(".id"), DatasetText::tr("id %1 appears twice").arg(id));
        ids.insert(id);
        result.append(std::move(item));
    }
    return result;
}

QJsonValue idOrNull(const std::optional<qint64>& id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

Expected<QByteArray, QString> DatasetJson::readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(DatasetText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Read with a bound: size() is 0 for pipes and devices, and /dev/zero never ends.
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, maxBytes + 1 - data.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return Unexpected(DatasetText::tr("Cannot read %1: %2").arg(path, file.errorString()));
            break;
        }
        data += chunk;
    }
    if (data.size() > maxBytes)
        return Unexpected(DatasetText::tr("%1 is larger than %2 MiB, the most an import reads; a salon "
                                          "dataset is far smaller (raise the limit with --max-size MIB).")
                              .arg(path)
                              .arg(maxBytes / (1024 * 1024)));
    return data;
}

Expected<SalonDataset, DatasetError> DatasetJson::parse(const QByteArray& json)
{
    if (const qsizetype at = json.indexOf('\0'); at >= 0)
        return Unexpected(DatasetError { QStringLiteral("$"),
            DatasetText::tr("the file contains a NUL byte at byte %1; a dataset is UTF-8 JSON text")
                .arg(at) });
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Unexpected(DatasetError { QStringLiteral("$"),
            DatasetText::tr("the file is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset) });
    if (!doc.isObject())
        return Unexpected(
            DatasetError { QStringLiteral("$"), DatasetText::tr("expected a JSON object at the top level") });
    const QJsonObject root = doc.object();
    try {
        Record::checkKeys(root, QStringLiteral("$"),
            { "format", "version", "staff", "services", "eventMaps", "appointments" });
        if (root.contains(QStringLiteral("version"))) {
            const QJsonValue version = root.value(QStringLiteral("version"));
            if (!version.isDouble())
                fail(QStringLiteral("$.version"),
                    DatasetText::tr("must be the number %1, found %2")
                        .arg(FormatVersion)
                        .arg(version.isString()
                                ? QStringLiteral("the string \"%1\"").arg(version.toString().left(40))
                                : typeName(version)));
            if (version.toDouble() != FormatVersion)
                fail(QStringLiteral("$.version"),
                    DatasetText::tr("format version %1 is not supported; this Salon Admin reads version %2")
                        .arg(Record::numberText(version.toDouble()))
                        .arg(FormatVersion));
        }
        if (root.contains(QStringLiteral("format"))
            && root.value(QStringLiteral("format")) != QJsonValue(QStringLiteral("salon-admin-dataset")))
            fail(QStringLiteral("$.format"), DatasetText::tr("must be \"salon-admin-dataset\""));
        SalonDataset data;
        data.staff = readList<StaffMember>(root, QStringLiteral("staff"),
            { "id", "name", "email", "calcomUserId", "calcomUsername", "active" },
            [](const Record& r, const QString&) { return readStaff(r); });
        data.services = readList<Service>(root, QStringLiteral("services"),
            { "id", "name", "durationMinutes", "isComposite", "active", "segments", "staffIds" },
            readService);
        data.eventMaps = readList<EventMapEntry>(root, QStringLiteral("eventMaps"),
            { "id", "serviceId", "segmentKey", "staffId", "eventTypeId", "childEventTypeId",
                "childResolvedAt", "createdAt", "updatedAt" },
            [](const Record& r, const QString&) { return readEventMap(r); });
        data.appointments = readList<Appointment>(root, QStringLiteral("appointments"),
            { "id", "serviceId", "customerName", "customerEmail", "startsAt", "status", "createdAt",
                "phases" },
            readAppointment);

        // Segment and phase ids must be unique across the file too: they are table keys.
        QSet<qint64> segmentIds, phaseIds;
        for (qsizetype i = 0; i < data.services.size(); ++i) {
            for (qsizetype j = 0; j < data.services[i].segments.size(); ++j) {
                const qint64 id = data.services[i].segments[j].id;
                if (segmentIds.contains(id))
                    fail(QStringLiteral("$.services[%1].segments[%2].id").arg(i).arg(j),
                        DatasetText::tr("segment id %1 appears twice").arg(id));
                segmentIds.insert(id);
            }
        }
        for (qsizetype i = 0; i < data.appointments.size(); ++i) {
            for (qsizetype j = 0; j < data.appointments[i].phases.size(); ++j) {
                const qint64 id = data.appointments[i].phases[j].id;
                if (phaseIds.contains(id))
                    fail(QStringLiteral("$.appointments[%1].phases[%2].id").arg(i).arg(j),
                        DatasetText::tr("phase id %1 appears twice").arg(id));
                phaseIds.insert(id);
            }
        }
        return data;
    } catch (const ParseFailure& failure) {
        return Unexpected(failure.error);
    }
}

QJsonObject DatasetJson::toJson(const SalonDataset& data)
{
    QJsonArray staff;
    for (const StaffMember& s : data.staff) {
        staff.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
            { QStringLiteral("email"), s.email },
            { QStringLiteral("calcomUserId"), idOrNull(s.calcomUserId) },
            { QStringLiteral("calcomUsername"), stringOrNull(s.calcomUsername) },
            { QStringLiteral("active"), s.active } });
    }
    QJsonArray services;
    for (const Service& s : data.services) {
        QJsonArray segments;
        for (const ServiceSegment& seg : s.segments) {
            segments.append(
                QJsonObject { { QStringLiteral("id"), double(seg.id) }, { QStringLiteral("key"), seg.key },
                    { QStringLiteral("name"), seg.name }, { QStringLiteral("position"), seg.position },
                    { QStringLiteral("durationMinutes"), seg.durationMinutes },
                    { QStringLiteral("staffRequired"), seg.staffRequired } });
        }
        services.append(QJsonObject { { QStringLiteral("id"), double(s.id) },
            { QStringLiteral("name"), s.name }, { QStringLiteral("durationMinutes"), s.durationMinutes },
            { QStringLiteral("isComposite"), s.isComposite }, { QStringLiteral("active"), s.active },
            { QStringLiteral("segments"), segments },
            { QStringLiteral("staffIds"), QJsonArray::fromStringList(s.staffIds) } });
    }
    QJsonArray maps;
    for (const EventMapEntry& m : data.eventMaps) {
        maps.append(QJsonObject { { QStringLiteral("id"), double(m.id) },
            { QStringLiteral("serviceId"), double(m.serviceId) },
            { QStringLiteral("segmentKey"), m.segmentKey }, { QStringLiteral("staffId"), m.staffId },
            { QStringLiteral("eventTypeId"), double(m.eventTypeId) },
            { QStringLiteral("childEventTypeId"), idOrNull(m.childEventTypeId) },
            { QStringLiteral("childResolvedAt"), timeOrNull(m.childResolvedAt) },
            { QStringLiteral("createdAt"), timeOrNull(m.createdAt) },
            { QStringLiteral("updatedAt"), timeOrNull(m.updatedAt) } });
    }
    QJsonArray appointments;
    for (const Appointment& a : data.appointments) {
        QJsonArray phases;
        for (const AppointmentPhase& p : a.phases) {
            phases.append(QJsonObject { { QStringLiteral("id"), double(p.id) },
                { QStringLiteral("segmentKey"), p.segmentKey },
                { QStringLiteral("staffId"), stringOrNull(p.staffId) },
                { QStringLiteral("staffRequired"), p.staffRequired },
                { QStringLiteral("startsAt"), timeOrNull(p.startsAt) },
                { QStringLiteral("endsAt"), timeOrNull(p.endsAt) },
                { QStringLiteral("syncStatus"), toString(p.syncStatus) },
                { QStringLiteral("calcomBookingId"), idOrNull(p.calcomBookingId) },
                { QStringLiteral("calcomBookingUid"), stringOrNull(p.calcomBookingUid) },
                { QStringLiteral("syncError"), stringOrNull(p.syncError) },
                { QStringLiteral("syncAttempts"), p.syncAttempts },
                { QStringLiteral("lastSyncAt"), timeOrNull(p.lastSyncAt) },
                { QStringLiteral("updatedAt"), timeOrNull(p.updatedAt) } });
        }
        appointments.append(QJsonObject { { QStringLiteral("id"), double(a.id) },
            { QStringLiteral("serviceId"), double(a.serviceId) },
            { QStringLiteral("customerName"), a.customerName },
            { QStringLiteral("customerEmail"), a.customerEmail },
            { QStringLiteral("startsAt"), timeOrNull(a.startsAt) }, { QStringLiteral("status"), a.status },
            { QStringLiteral("createdAt"), timeOrNull(a.createdAt) }, { QStringLiteral("phases"), phases } });
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("salon-admin-dataset") },
        { QStringLiteral("version"), FormatVersion }, { QStringLiteral("staff"), staff },
        { QStringLiteral("services"), services }, { QStringLiteral("eventMaps"), maps },
        { QStringLiteral("appointments"), appointments } };
}

QByteArray DatasetJson::serialize(const SalonDataset& dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Indented);
}

} // namespace salon
