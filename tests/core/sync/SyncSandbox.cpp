#include "SyncSandbox.h"
#include "IncidentSandbox.h"

#include "calcom/TeamEventTypeInput.h"
#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QJsonArray>

namespace salon::test
{

std::unique_ptr<SyncSandbox> SyncSandbox::create(const QString& backend, QString* error)
{
    auto incident = IncidentSandbox::create(backend, error);
    if (!incident)
        return nullptr;
    std::unique_ptr<SyncSandbox> s(new SyncSandbox);
    s->m_database = std::move(incident->database);
    s->m_server = std::move(incident->server);
    s->m_client = s->newClient();
    return s;
}

SyncSandbox::~SyncSandbox() = default;

std::unique_ptr<calcom::CalcomClient> SyncSandbox::newClient(const QString& apiKey) const
{
    calcom::CalcomSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.teamId = kTeamId;
    settings.timeoutMs = 5000;
    auto client = std::make_unique<calcom::CalcomClient>(settings);
    client->setApiKey(apiKey);
    calcom::RetryPolicy fast;
    fast.maxAttempts = 3;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 100;
    client->setRetryPolicy(fast);
    return client;
}

qint64 SyncSandbox::createRoundRobin(const QString& title, qint64 userId, int lengthMinutes)
{
    calcom::TeamEventTypeInput input;
    input.title = title;
    input.slug = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    input.lengthInMinutes = lengthMinutes;
    input.schedulingType = calcom::SchedulingType::RoundRobin;
    input.hidden = true;
    calcom::Host host;
    host.userId = userId;
    host.mandatory = true;
    host.priority = QStringLiteral("high");
    input.hosts = { host };
    auto* job = m_client->createTeamEventType(kTeamId, input);
    if (!job->waitForFinished(10000) || job->hasError()) {
        if (job->isFinished() && job->hasError())
            qWarning("createRoundRobin: %s", qPrintable(job->error().details()));
        delete job;
        return 0;
    }
    const qint64 id = job->result().eventType.id;
    delete job;
    return id;
}

bool SyncSandbox::repointIncidentMaps()
{
    // The segments' own lengths (B is 15 min): a booking's end follows its event type, and a longer one
    // would overlap the host's next phase.
    const QList<std::pair<QString, int>> segments { { QStringLiteral("A"), 30 }, { QStringLiteral("B"), 15 },
        { QStringLiteral("C"), 30 }, { QStringLiteral("D"), 30 } };
    for (const auto& [segment, minutes] : segments) {
        const qint64 id = createRoundRobin(
            QStringLiteral("Ansatzfarbung %1 Fabian 2").arg(segment), kFabian2User, minutes);
        if (id <= 0)
            return false;
        auto q = runSql(db(),
            QStringLiteral("UPDATE calcom_event_map SET event_type_id = ?, child_event_type_id = NULL "
                           "WHERE service_id = 440 AND segment_key = ? AND staff_id = ?"),
            { id, segment, kFabian2 });
        if (!q || q->numRowsAffected() != 1)
            return false;
    }
    return true;
}

sync::SyncOptions SyncSandbox::options() const
{
    sync::SyncOptions options;
    options.actor = QStringLiteral("test");
    return options;
}

DatabaseWorker* SyncSandbox::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<DatabaseWorker>(m_database->url());
    return m_worker.get();
}

std::unique_ptr<sync::SyncBatch> SyncSandbox::runBatch(const QList<qint64>& appointments,
    const sync::SyncOptions& options, calcom::CalcomClient* client, DatabaseWorker* worker)
{
    auto batch = std::make_unique<sync::SyncBatch>(
        worker ? worker : this->worker(), client ? client : m_client.get(), kTeamId, options);
    if (!batch->addAppointments(appointments))
        return nullptr;
    batch->start();
    if (!batch->waitForFinished(60000))
        return nullptr;
    return batch;
}

QString SyncSandbox::status(qint64 phaseId) const
{
    return column(phaseId, QStringLiteral("sync_status")).toString();
}

QVariant SyncSandbox::column(qint64 phaseId, const QString& column) const
{
    return scalar(
        db(), QStringLiteral("SELECT %1 FROM appointment_phases WHERE id = ?").arg(column), { phaseId });
}

QStringList SyncSandbox::outcomes(qint64 phaseId) const
{
    QStringList result;
    auto q = runSql(db(), QStringLiteral("SELECT outcome FROM sync_attempts WHERE phase_id = ? ORDER BY id"),
        { phaseId });
    while (q && q->next())
        result.append(q->value(0).toString());
    return result;
}

int SyncSandbox::posts() const
{
    return m_server->log().count(QStringLiteral("POST"), QStringLiteral("^/v2/bookings$"));
}

QList<QJsonObject> SyncSandbox::bookingsOf(qint64 phaseId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject& b : m_server->state().bookings) {
        const QString status = b.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("cancelled") || status == QLatin1String("rejected"))
            continue;
        if (b.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("salonPhaseId")).toString()
            == QString::number(phaseId))
            result.append(b);
    }
    return result;
}

qint64 SyncSandbox::insertAppointment(
    qint64 appointmentId, qint64 phaseId, const QDateTime& start, int minutes)
{
    const QString now = toSqlTime(QDateTime::currentDateTimeUtc());
    auto a = runSql(db(),
        QStringLiteral(
            "INSERT INTO appointments (id, service_id, customer_name, customer_email, starts_at, "
            "status, created_at) VALUES (?, 440, 'DST Kundin', 'dst@example.com', ?, 'scheduled', ?)"),
        { appointmentId, toSqlTime(start), now });
    if (!a)
        qWarning("insertAppointment: %s", qPrintable(a.error()));
    auto p = runSql(db(),
        QStringLiteral("INSERT INTO appointment_phases (id, appointment_id, segment_key, staff_id, "
                       "staff_required, starts_at, ends_at, sync_status, updated_at) "
                       "VALUES (?, ?, 'A', ?, ?, ?, ?, 'pending', ?)"),
        { phaseId, appointmentId, kFabian2, true, toSqlTime(start), toSqlTime(start.addSecs(minutes * 60)),
            now });
    if (!p)
        qWarning("insertAppointment: %s", qPrintable(p.error()));
    return a && p ? phaseId : 0;
}

} // namespace salon::test
