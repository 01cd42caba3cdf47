#include "LiveAccount.h"

#include "SandboxTestClient.h"

#include <QJsonArray>

namespace salon::test
{

namespace
{

QJsonObject eventType(qint64 id, const QString& slug, const QString& type, std::optional<qint64> owner,
    std::optional<qint64> parent, bool hidden, const QJsonArray& hosts = {})
{
    const bool team = !owner;
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("teamId"), team ? QJsonValue(LiveAccount::kTeam) : QJsonValue() },
        { QStringLiteral("ownerId"), owner ? QJsonValue(*owner) : QJsonValue() },
        { QStringLiteral("parentEventTypeId"), parent ? QJsonValue(*parent) : QJsonValue() },
        { QStringLiteral("title"), QStringLiteral("Waschen") }, { QStringLiteral("slug"), slug },
        { QStringLiteral("lengthInMinutes"), 30 }, { QStringLiteral("hidden"), hidden },
        { QStringLiteral("schedulingType"), type.isEmpty() ? QJsonValue() : QJsonValue(type) },
        { QStringLiteral("hosts"), hosts }, { QStringLiteral("description"), QString() } };
}

QJsonObject host(qint64 userId, bool mandatory)
{
    return QJsonObject { { QStringLiteral("userId"), userId }, { QStringLiteral("mandatory"), mandatory },
        { QStringLiteral("priority"), QStringLiteral("high") } };
}

QJsonObject bookingBody(qint64 eventTypeId, const QString& start, const QString& phase)
{
    return QJsonObject { { QStringLiteral("eventTypeId"), eventTypeId }, { QStringLiteral("start"), start },
        { QStringLiteral("attendee"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Kundin") },
                { QStringLiteral("email"), QStringLiteral("kundin@example.com") },
                { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") },
                { QStringLiteral("language"), QStringLiteral("de") } } },
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("salonPhaseId"), phase } } } };
}

} // namespace

std::unique_ptr<sandbox::SandboxServer> LiveAccount::start(QString* error)
{
    auto state = sandbox::SandboxState::fromScenario(QStringLiteral("incident"), error);
    if (!state)
        return nullptr;
    const QString managed = QStringLiteral("managed");
    state->eventTypes.append(eventType(kParent, QStringLiteral("waschen"), managed, {}, {}, false));
    state->eventTypes.append(
        eventType(kFabianChild, QStringLiteral("waschen"), managed, kFabian, kParent, false));
    state->eventTypes.append(
        eventType(kLenaHiddenChild, QStringLiteral("waschen"), managed, kLena, kParent, true));
    state->eventTypes.append(
        eventType(kAdminHiddenChild, QStringLiteral("waschen"), managed, kAdmin, kParent, true));
    state->eventTypes.append(eventType(kRoundRobin, QStringLiteral("schneiden-fabian"),
        QStringLiteral("roundRobin"), {}, {}, true, QJsonArray { host(kFabian, true) }));
    state->eventTypes.append(eventType(kCollective, QStringLiteral("beratung"), QStringLiteral("collective"),
        {}, {}, false, QJsonArray { host(kFabian, true), host(kLena, true) }));

    auto server = std::make_unique<sandbox::SandboxServer>(*state);
    if (!server->start()) {
        *error = QStringLiteral("the live sandbox cannot listen");
        return nullptr;
    }
    sandbox::test::SandboxTestClient http(server->baseUrl());
    const auto version = sandbox::test::SandboxTestClient::bookingsVersion();
    struct Booking {
        qint64 eventType;
        const char* start;
        bool cancel;
    };
    const Booking bookings[] = {
        { kRoundRobin, "2030-11-25T09:00:00Z", false }, { kLenaHiddenChild, "2030-11-25T10:00:00Z", false },
        { kRoundRobin, "2030-11-26T09:00:00Z", true },
        { kCollective, "2031-03-03T09:00:00Z", false }, // after the period
    };
    int phase = 9000;
    for (const Booking& b : bookings) {
        const auto created = http.post(QStringLiteral("/bookings"),
            bookingBody(b.eventType, QString::fromLatin1(b.start), QString::number(++phase)), version);
        if (created.status != 201) {
            *error = QStringLiteral("booking %1 at %2: %3 %4")
                         .arg(b.eventType)
                         .arg(QLatin1String(b.start))
                         .arg(created.status)
                         .arg(QString::fromUtf8(created.body));
            return nullptr;
        }
        if (!b.cancel)
            continue;
        const QString uid = created.data().toObject().value(QStringLiteral("uid")).toString();
        const auto cancelled = http.post(QStringLiteral("/bookings/%1/cancel").arg(uid),
            QJsonObject { { QStringLiteral("cancellationReason"), QStringLiteral("Kundin krank") } },
            version);
        if (cancelled.status != 200) {
            *error = QStringLiteral("cancel %1: %2").arg(uid).arg(cancelled.status);
            return nullptr;
        }
    }
    server->log().clear();
    return server;
}

} // namespace salon::test
