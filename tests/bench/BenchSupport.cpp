#include "BenchSupport.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"
#include "io/DatasetImporter.h"
#include "io/DatasetJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <sys/resource.h>

#include <cstdio>
#include <utility>

namespace salon::bench
{

SandboxThread::SandboxThread(const sandbox::SandboxState& state, const sandbox::SandboxOptions& options)
    : m_state(state)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_anchor; // its thread has finished
}

bool SandboxThread::start(QString* error)
{
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &ok] {
            m_server = new sandbox::SandboxServer(m_state, m_options);
            m_server->log().setCapacity(0);
            ok = m_server->start();
            if (ok)
                m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = QStringLiteral("the sandbox cannot listen");
    return ok;
}

void SandboxThread::call(const std::function<void(sandbox::SandboxServer&)>& f)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, &f] { f(*m_server); }, Qt::BlockingQueuedConnection);
}

QString staffUuid(int index)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(index + 1, 12, 10, QLatin1Char('0'));
}

const QList<SegmentSpec>& segments()
{
    static const QList<SegmentSpec> list { { QStringLiteral("A"), 30 }, { QStringLiteral("B"), 15 },
        { QStringLiteral("C"), 30 }, { QStringLiteral("D"), 30 } };
    return list;
}

qint64 eventTypeIdFor(int service, int segment, int staff)
{
    return 5000000 + qint64(service) * 1000 + segment * 100 + staff;
}

QJsonObject sandboxStateJson(int staffCount, int serviceCount, bool withEventTypes)
{
    QJsonArray users;
    users.append(QJsonObject { { QStringLiteral("id"), kAdminUser },
        { QStringLiteral("username"), QStringLiteral("salon-admin") },
        { QStringLiteral("name"), QStringLiteral("Salon Admin") } });
    QJsonArray members;
    members.append(QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("userId"), kAdminUser },
        { QStringLiteral("role"), QStringLiteral("OWNER") } });
    for (int i = 0; i < staffCount; ++i) {
        // Round the clock, every day: the generated calendars use the night too, and the sync's check of a
        // first booking asks Cal.com's slots (docs/lifecycle.md).
        users.append(QJsonObject { { QStringLiteral("id"), kFirstUser + i },
            { QStringLiteral("username"), QStringLiteral("staff-%1").arg(i) },
            { QStringLiteral("name"), QStringLiteral("Staff %1").arg(i) },
            { QStringLiteral("workingHours"),
                QJsonObject { { QStringLiteral("days"), QJsonArray { 1, 2, 3, 4, 5, 6, 7 } },
                    { QStringLiteral("start"), QStringLiteral("00:00") },
                    { QStringLiteral("end"), QStringLiteral("24:00") } } } });
        members.append(
            QJsonObject { { QStringLiteral("id"), 2 + i }, { QStringLiteral("userId"), kFirstUser + i },
                { QStringLiteral("role"), QStringLiteral("MEMBER") } });
    }
    QJsonArray eventTypes;
    if (withEventTypes) {
        for (int s = 0; s < serviceCount; ++s)
            for (int g = 0; g < segments().size(); ++g)
                for (int i = 0; i < staffCount; ++i) {
                    const QString slug = QStringLiteral("service-%1-segment-%2-staff-%3")
                                             .arg(s)
                                             .arg(segments()[g].key.toLower())
                                             .arg(i);
                    eventTypes.append(QJsonObject {
                        { QStringLiteral("id"), eventTypeIdFor(s, g, i) },
                        { QStringLiteral("teamId"), kTeamId },
                        { QStringLiteral("ownerId"), QJsonValue::Null },
                        { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
                        { QStringLiteral("title"),
                            QStringLiteral("Service %1-Segment %2-Staff %3")
                                .arg(s)
                                .arg(segments()[g].key)
                                .arg(i) },
                        { QStringLiteral("slug"), slug },
                        { QStringLiteral("lengthInMinutes"), segments()[g].minutes },
                        { QStringLiteral("hidden"), true },
                        { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
                        { QStringLiteral("hosts"),
                            QJsonArray { QJsonObject { { QStringLiteral("userId"), kFirstUser + i },
                                { QStringLiteral("mandatory"), true },
                                { QStringLiteral("priority"), QStringLiteral("high") } } } },
                        { QStringLiteral("description"), QString() },
                    });
                }
    }
    return QJsonObject {
        { QStringLiteral("users"), users },
        { QStringLiteral("teams"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), kTeamId },
                { QStringLiteral("slug"), QStringLiteral("bench-salon") },
                { QStringLiteral("name"), QStringLiteral("Bench Salon") },
                { QStringLiteral("members"), members } } } },
        { QStringLiteral("eventTypes"), eventTypes },
        { QStringLiteral("bookings"), QJsonArray() },
        { QStringLiteral("apiKeys"),
            QJsonArray { QJsonObject {
                { QStringLiteral("key"), kApiKey }, { QStringLiteral("userId"), kAdminUser } } } },
    };
}

QJsonObject datasetJson(int staffCount, int serviceCount, bool withEventMaps, bool withGap)
{
    QJsonArray staff;
    QJsonArray staffIds;
    for (int i = 0; i < staffCount; ++i) {
        staff.append(QJsonObject { { QStringLiteral("id"), staffUuid(i) },
            { QStringLiteral("name"), QStringLiteral("Staff %1").arg(i) },
            { QStringLiteral("email"), QStringLiteral("staff-%1@bench.example").arg(i) },
            { QStringLiteral("calcomUserId"), kFirstUser + i },
            { QStringLiteral("calcomUsername"), QStringLiteral("staff-%1").arg(i) },
            { QStringLiteral("active"), true } });
        staffIds.append(staffUuid(i));
    }
    QJsonArray services;
    QJsonArray maps;
    int mapId = 1;
    for (int s = 0; s < serviceCount; ++s) {
        QJsonArray segs;
        int total = 0;
        for (int g = 0; g < segments().size(); ++g) {
            segs.append(QJsonObject { { QStringLiteral("id"), serviceId(s) * 10 + g },
                { QStringLiteral("key"), segments()[g].key },
                { QStringLiteral("name"), QStringLiteral("Segment %1").arg(segments()[g].key) },
                { QStringLiteral("position"), g == 0 || !withGap ? g + 1 : g + 2 },
                { QStringLiteral("durationMinutes"), segments()[g].minutes },
                { QStringLiteral("staffRequired"), true } });
            total += segments()[g].minutes;
            if (withGap && g == 0) {
                segs.append(QJsonObject { { QStringLiteral("id"), serviceId(s) * 10 + 9 },
                    { QStringLiteral("key"), QStringLiteral("P") },
                    { QStringLiteral("name"), QStringLiteral("Processing") },
                    { QStringLiteral("position"), 2 }, { QStringLiteral("durationMinutes"), 30 },
                    { QStringLiteral("staffRequired"), false } });
                total += 30;
            }
            if (withEventMaps)
                for (int i = 0; i < staffCount; ++i)
                    maps.append(QJsonObject { { QStringLiteral("id"), mapId++ },
                        { QStringLiteral("serviceId"), serviceId(s) },
                        { QStringLiteral("segmentKey"), segments()[g].key },
                        { QStringLiteral("staffId"), staffUuid(i) },
                        { QStringLiteral("eventTypeId"), eventTypeIdFor(s, g, i) } });
        }
        services.append(QJsonObject { { QStringLiteral("id"), serviceId(s) },
            { QStringLiteral("name"), QStringLiteral("Service %1").arg(s) },
            { QStringLiteral("durationMinutes"), total }, { QStringLiteral("isComposite"), true },
            { QStringLiteral("active"), true }, { QStringLiteral("segments"), segs },
            { QStringLiteral("staffIds"), staffIds } });
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("salon-admin-dataset") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("staff"), staff },
        { QStringLiteral("services"), services }, { QStringLiteral("eventMaps"), maps } };
}

QJsonArray failedAppointments(int count, int staffCount, int serviceCount)
{
    QJsonArray list;
    const QDateTime first(QDate(2030, 11, 4), QTime(6, 0), Qt::UTC);
    qint64 phaseId = 1;
    for (int a = 0; a < count; ++a) {
        const int staff = a % staffCount;
        const QDateTime start = first.addSecs(qint64(a / staffCount) * 2 * 3600);
        QDateTime at = start;
        QJsonArray phases;
        for (const SegmentSpec& seg : segments()) {
            const QDateTime end = at.addSecs(seg.minutes * 60);
            phases.append(QJsonObject { { QStringLiteral("id"), phaseId++ },
                { QStringLiteral("segmentKey"), seg.key }, { QStringLiteral("staffId"), staffUuid(staff) },
                { QStringLiteral("staffRequired"), true },
                { QStringLiteral("startsAt"), at.toString(Qt::ISODate) },
                { QStringLiteral("endsAt"), end.toString(Qt::ISODate) },
                { QStringLiteral("syncStatus"), QStringLiteral("failed") },
                { QStringLiteral("syncError"), QStringLiteral("HTTP 500 Internal server error") },
                { QStringLiteral("syncAttempts"), 1 } });
            at = end;
        }
        list.append(QJsonObject { { QStringLiteral("id"), a + 1 },
            { QStringLiteral("serviceId"), serviceId(a % serviceCount) },
            { QStringLiteral("customerName"), QStringLiteral("Kundin %1").arg(a) },
            { QStringLiteral("customerEmail"), QStringLiteral("kundin-%1@bench.example").arg(a) },
            { QStringLiteral("startsAt"), start.toString(Qt::ISODate) },
            { QStringLiteral("phases"), phases } });
    }
    return list;
}

bool markAttemptsUnclear(QSqlDatabase db, QString* error)
{
    const QString earlier = toSqlTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
    auto inserted = runSql(db,
        QStringLiteral(
            "INSERT INTO sync_attempts (phase_id, started_at, finished_at, http_status, outcome, message) "
            "SELECT id, ?, ?, 500, 'unclear', 'HTTP 500 Internal server error' FROM appointment_phases"),
        { earlier, earlier });
    if (!inserted && error)
        *error = inserted.error();
    return bool(inserted);
}

bool importDataset(QSqlDatabase db, const QJsonObject& dataset, QString* error)
{
    const auto parsed = DatasetJson::parse(QJsonDocument(dataset).toJson(QJsonDocument::Compact));
    if (!parsed) {
        *error = parsed.error().toString();
        return false;
    }
    const auto imported = DatasetImporter(db, QStringLiteral("bench")).import(*parsed, false);
    if (!imported) {
        *error = imported.error().toString();
        return false;
    }
    return true;
}

void printResult(const QString& name, QJsonObject fields)
{
    fields.insert(QStringLiteral("benchmark"), name);
    fields.insert(QStringLiteral("peakRssKiB"), peakRssKiB());
    fields.insert(QStringLiteral("finishedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString argValue(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

BookedSalon bookedSalon(int appointments, int staffCount, const QDate& day, int stepMinutes)
{
    BookedSalon salon;
    salon.state = sandboxStateJson(staffCount, 0, false);
    QJsonObject dataset = datasetJson(staffCount, 0, false);
    const QStringList keys { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
        QStringLiteral("D") };
    QJsonArray eventTypes;
    QJsonArray maps;
    QJsonArray segs;
    QJsonArray staffIds;
    for (int i = 0; i < staffCount; ++i)
        staffIds.append(staffUuid(i));
    for (int g = 0; g < keys.size(); ++g) {
        segs.append(QJsonObject { { QStringLiteral("id"), kLifecycleService * 10 + g },
            { QStringLiteral("key"), keys[g] },
            { QStringLiteral("name"), QStringLiteral("Step %1").arg(keys[g]) },
            { QStringLiteral("position"), g + 1 }, { QStringLiteral("durationMinutes"), stepMinutes },
            { QStringLiteral("staffRequired"), true } });
        for (int i = 0; i < staffCount; ++i) {
            const qint64 id = lifecycleEventTypeId(g, i);
            eventTypes.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("teamId"), kTeamId }, { QStringLiteral("ownerId"), QJsonValue::Null },
                { QStringLiteral("parentEventTypeId"), QJsonValue::Null },
                { QStringLiteral("title"), QStringLiteral("Lifecycle %1 Staff %2").arg(keys[g]).arg(i) },
                { QStringLiteral("slug"),
                    QStringLiteral("lifecycle-%1-staff-%2").arg(keys[g].toLower()).arg(i) },
                { QStringLiteral("lengthInMinutes"), stepMinutes }, { QStringLiteral("hidden"), true },
                { QStringLiteral("schedulingType"), QStringLiteral("roundRobin") },
                { QStringLiteral("hosts"),
                    QJsonArray { QJsonObject { { QStringLiteral("userId"), kFirstUser + i },
                        { QStringLiteral("mandatory"), true },
                        { QStringLiteral("priority"), QStringLiteral("high") } } } },
                { QStringLiteral("description"), QString() } });
            maps.append(QJsonObject { { QStringLiteral("id"), g * 100 + i + 1 },
                { QStringLiteral("serviceId"), kLifecycleService }, { QStringLiteral("segmentKey"), keys[g] },
                { QStringLiteral("staffId"), staffUuid(i) }, { QStringLiteral("eventTypeId"), id } });
        }
    }
    dataset.insert(QStringLiteral("services"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), kLifecycleService },
            { QStringLiteral("name"), QStringLiteral("Lifecycle") },
            { QStringLiteral("durationMinutes"), stepMinutes * 4 }, { QStringLiteral("isComposite"), true },
            { QStringLiteral("active"), true }, { QStringLiteral("segments"), segs },
            { QStringLiteral("staffIds"), staffIds } } });
    dataset.insert(QStringLiteral("eventMaps"), maps);

    // Staff 0's day, one appointment after the other (a minute apart), every step booked in Cal.com.
    const QDateTime first = QDateTime(day, QTime(0, 30), QTimeZone("Europe/Berlin")).toUTC();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray list;
    QJsonArray bookings;
    qint64 phaseId = 1;
    for (int a = 0; a < appointments; ++a) {
        const QDateTime start = first.addSecs(qint64(a) * (4 * stepMinutes + 1) * 60);
        QJsonArray phases;
        for (int g = 0; g < keys.size(); ++g) {
            const QDateTime at = start.addSecs(qint64(g) * stepMinutes * 60);
            const QDateTime end = at.addSecs(qint64(stepMinutes) * 60);
            const QString uid = QStringLiteral("bench%1").arg(phaseId, 14, 10, QLatin1Char('0'));
            phases.append(
                QJsonObject { { QStringLiteral("id"), phaseId }, { QStringLiteral("segmentKey"), keys[g] },
                    { QStringLiteral("staffId"), staffUuid(0) }, { QStringLiteral("staffRequired"), true },
                    { QStringLiteral("startsAt"), at.toString(Qt::ISODate) },
                    { QStringLiteral("endsAt"), end.toString(Qt::ISODate) },
                    { QStringLiteral("syncStatus"), QStringLiteral("synced") },
                    { QStringLiteral("calcomBookingId"), phaseId },
                    { QStringLiteral("calcomBookingUid"), uid }, { QStringLiteral("syncAttempts"), 1 } });
            const qint64 type = lifecycleEventTypeId(g, 0);
            bookings.append(QJsonObject { { QStringLiteral("id"), phaseId }, { QStringLiteral("uid"), uid },
                { QStringLiteral("title"), QStringLiteral("Lifecycle %1").arg(keys[g]) },
                { QStringLiteral("hosts"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), kFirstUser },
                        { QStringLiteral("name"), QStringLiteral("Staff 0") },
                        { QStringLiteral("email"), QStringLiteral("staff-0@example.com") },
                        { QStringLiteral("username"), QStringLiteral("staff-0") } } } },
                { QStringLiteral("status"), QStringLiteral("accepted") },
                { QStringLiteral("start"), at.toString(Qt::ISODateWithMs) },
                { QStringLiteral("end"), end.toString(Qt::ISODateWithMs) },
                { QStringLiteral("duration"), stepMinutes }, { QStringLiteral("eventTypeId"), type },
                { QStringLiteral("eventType"),
                    QJsonObject { { QStringLiteral("id"), type },
                        { QStringLiteral("slug"),
                            QStringLiteral("lifecycle-%1-staff-0").arg(keys[g].toLower()) } } },
                { QStringLiteral("attendees"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Kundin %1").arg(a) },
                        { QStringLiteral("email"), QStringLiteral("kundin-%1@bench.example").arg(a) },
                        { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") },
                        { QStringLiteral("language"), QStringLiteral("de") },
                        { QStringLiteral("absent"), false } } } },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("salonAppointmentId"), QString::number(a + 1) },
                        { QStringLiteral("salonPhaseId"), QString::number(phaseId) } } },
                { QStringLiteral("createdAt"), now }, { QStringLiteral("updatedAt"), now } });
            ++phaseId;
        }
        list.append(
            QJsonObject { { QStringLiteral("id"), a + 1 }, { QStringLiteral("serviceId"), kLifecycleService },
                { QStringLiteral("customerName"), QStringLiteral("Kundin %1").arg(a) },
                { QStringLiteral("customerEmail"), QStringLiteral("kundin-%1@bench.example").arg(a) },
                { QStringLiteral("startsAt"), start.toString(Qt::ISODate) },
                { QStringLiteral("phases"), phases } });
    }
    dataset.insert(QStringLiteral("appointments"), list);
    salon.dataset = dataset;
    QJsonArray allTypes = salon.state.value(QStringLiteral("eventTypes")).toArray();
    for (const QJsonValue& v : eventTypes)
        allTypes.append(v);
    salon.state.insert(QStringLiteral("eventTypes"), allTypes);
    salon.state.insert(QStringLiteral("bookings"), bookings);
    return salon;
}

} // namespace salon::bench
