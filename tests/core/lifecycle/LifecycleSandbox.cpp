#include "LifecycleSandbox.h"

#include "db/SqlStatement.h"
#include "db/SqlTime.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

namespace salon::test
{

std::unique_ptr<LifecycleSandbox> LifecycleSandbox::create(const QString& backend, QString* error)
{
    std::unique_ptr<LifecycleSandbox> s(new LifecycleSandbox);
    s->m_sync = SyncSandbox::create(backend, error);
    if (!s->m_sync)
        return nullptr;
    if (!s->m_sync->repointIncidentMaps() || !s->repointFabian()) {
        *error = QStringLiteral("cannot create the ROUND_ROBIN event types");
        return nullptr;
    }
    s->m_worker = std::make_unique<DatabaseWorker>(s->m_sync->database().url());
    return s;
}

LifecycleSandbox::~LifecycleSandbox()
{
    m_worker.reset(); // its connection goes before the test database
}

bool LifecycleSandbox::repointFabian()
{
    const QList<std::pair<QString, int>> segments { { QStringLiteral("A"), 30 }, { QStringLiteral("B"), 15 },
        { QStringLiteral("C"), 30 }, { QStringLiteral("D"), 30 } };
    for (const auto& [segment, minutes] : segments) {
        const qint64 id = m_sync->createRoundRobin(
            QStringLiteral("Ansatzfarbung %1 Fabian").arg(segment), kFabianUser, minutes);
        if (id <= 0)
            return false;
        auto q = runSql(db(),
            QStringLiteral("UPDATE calcom_event_map SET event_type_id = ?, child_event_type_id = NULL "
                           "WHERE service_id = 440 AND segment_key = ? AND staff_id = ?"),
            { id, segment, kFabian });
        if (!q || q->numRowsAffected() != 1)
            return false;
    }
    return true;
}

lifecycle::LifecycleOptions LifecycleSandbox::options() const
{
    lifecycle::LifecycleOptions o;
    o.actor = QStringLiteral("test");
    return o;
}

bool LifecycleSandbox::book(qint64 appointmentId)
{
    auto batch = m_sync->runBatch({ appointmentId }, m_sync->options());
    if (!batch)
        return false;
    return count(
               QStringLiteral(
                   "SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ? AND staff_required = ? "
                   "AND sync_status <> 'synced'"),
               { appointmentId, true })
        == 0;
}

QDateTime LifecycleSandbox::phaseStart(qint64 phaseId) const
{
    return fromSqlTime(column(phaseId, QStringLiteral("starts_at")));
}

QString LifecycleSandbox::appointmentStatus(qint64 appointmentId) const
{
    return scalar(db(), QStringLiteral("SELECT status FROM appointments WHERE id = ?"), { appointmentId })
        .toString();
}

QDateTime LifecycleSandbox::appointmentStart(qint64 appointmentId) const
{
    return fromSqlTime(
        scalar(db(), QStringLiteral("SELECT starts_at FROM appointments WHERE id = ?"), { appointmentId }));
}

QJsonObject LifecycleSandbox::booking(const QString& uid) const
{
    const QJsonObject* b = m_sync->server().state().booking(uid);
    return b ? *b : QJsonObject();
}

int LifecycleSandbox::requests(const QString& method, const QString& pathPattern) const
{
    const QRegularExpression re(pathPattern);
    int n = 0;
    for (const auto& e : m_sync->server().log().entries())
        if (e.method == method && re.match(e.path).hasMatch())
            ++n;
    return n;
}

QString LifecycleSandbox::block(qint64 userId, const QDateTime& start, int minutes)
{
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-')).left(22);
    auto& state = m_sync->server().state();
    // On one of the user's team event types, so the team admin's key sees it in the bookings list.
    qint64 hostedType = 0;
    for (const QJsonObject& e : state.eventTypes)
        for (const QJsonValue& h : e.value(QStringLiteral("hosts")).toArray())
            if (h.toObject().value(QStringLiteral("userId")).toInteger() == userId && hostedType == 0)
                hostedType = e.value(QStringLiteral("id")).toInteger();
    state.bookings.append(QJsonObject { { QStringLiteral("id"), state.nextBookingId() },
        { QStringLiteral("uid"), uid }, { QStringLiteral("status"), QStringLiteral("accepted") },
        { QStringLiteral("start"), start.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("end"), start.toUTC().addSecs(minutes * 60).toString(Qt::ISODateWithMs) },
        { QStringLiteral("duration"), minutes }, { QStringLiteral("eventTypeId"), hostedType },
        { QStringLiteral("hosts"), QJsonArray { QJsonObject { { QStringLiteral("id"), userId } } } },
        { QStringLiteral("attendees"), QJsonArray {} }, { QStringLiteral("metadata"), QJsonObject {} },
        { QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("updatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    return uid;
}

qint64 LifecycleSandbox::eventTypeOf(const QString& segment, const QString& staffId, qint64 serviceId) const
{
    return scalar(db(),
        QStringLiteral("SELECT event_type_id FROM calcom_event_map WHERE service_id = ? AND segment_key = ? "
                       "AND staff_id = ?"),
        { serviceId, segment, staffId })
        .toLongLong();
}

int LifecycleSandbox::count(const QString& sql, const QVariantList& values) const
{
    return scalar(db(), sql, values).toInt();
}

QString deadClaimToken()
{
    QProcess gone;
    gone.start(QStringLiteral("true"));
    gone.waitForStarted(10000);
    const qint64 pid = gone.processId();
    gone.waitForFinished(10000);
    return QStringLiteral("%1:%2:crashed")
        .arg(QSysInfo::machineHostName().replace(QLatin1Char(':'), QLatin1Char('_')))
        .arg(pid);
}

} // namespace salon::test
