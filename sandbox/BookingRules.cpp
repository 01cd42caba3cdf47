#include "BookingRules.h"

#include <algorithm>

#include <QJsonArray>
#include <QTimeZone>

namespace salon::sandbox
{

namespace
{
const QString kId = QStringLiteral("id");
const QString kUid = QStringLiteral("uid");
const QString kStatus = QStringLiteral("status");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kHosts = QStringLiteral("hosts");
const QString kEventTypeId = QStringLiteral("eventTypeId");
} // namespace

BookingRules::BookingRules(const SandboxState& state, const SandboxOptions& options)
    : m_state(state)
    , m_options(options)
{
}

SandboxReply BookingRules::badRequest(const QString& message)
{
    return SandboxReply::error(400, QStringLiteral("BadRequestException"), message);
}

SandboxReply BookingRules::notFound(const QString& message)
{
    return SandboxReply::error(404, QStringLiteral("NotFoundException"), message);
}

QString BookingRules::pipeMessage(const QString& property, const QString& constraint)
{
    return QStringLiteral("%1 property is wrong,%2 ").arg(property, constraint);
}

std::optional<SandboxReply> BookingRules::rejectUnknownFields(
    const QJsonObject& body, const QStringList& allowed)
{
    QStringList messages;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!allowed.contains(it.key()))
            messages.append(
                pipeMessage(it.key(), QStringLiteral("property %1 should not exist").arg(it.key())));
    if (messages.isEmpty())
        return std::nullopt;
    return badRequest(messages.join(QStringLiteral(", ")));
}

QString BookingRules::isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime BookingRules::parseInstant(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime BookingRules::startOf(const QJsonObject& b)
{
    return parseInstant(b.value(kStart).toString());
}

QDateTime BookingRules::endOf(const QJsonObject& b)
{
    return parseInstant(b.value(kEnd).toString());
}

qint64 BookingRules::ownerOf(const QJsonObject& e)
{
    return e.value(QStringLiteral("ownerId")).isNull() ? 0 : e.value(QStringLiteral("ownerId")).toInteger();
}

bool BookingRules::isActive(const QJsonObject& b)
{
    const QString status = b.value(kStatus).toString();
    return status != u"cancelled" && status != u"rejected";
}

bool BookingRules::isWorking(qint64 userId, const QDateTime& start, const QDateTime& end) const
{
    const SandboxUser* user = m_state.user(userId);
    if (!user)
        return false;
    const QTimeZone zone(user->timeZone.toUtf8());
    const QDateTime localStart = start.toTimeZone(zone);
    const QDate day = localStart.date();
    if (!user->workDays.contains(day.dayOfWeek()))
        return false;
    const QDateTime dayStart(day, QTime(0, 0), zone);
    const QDateTime from = dayStart.addSecs(qint64(user->workStartMinute) * 60);
    const QDateTime until = dayStart.addSecs(qint64(user->workEndMinute) * 60);
    return start >= from && end <= until;
}

qint64 BookingRules::teamOf(const QJsonObject& eventType) const
{
    if (!eventType.value(QStringLiteral("teamId")).isNull())
        return eventType.value(QStringLiteral("teamId")).toInteger();
    if (!eventType.value(QStringLiteral("parentEventTypeId")).isNull())
        if (const QJsonObject* parent
            = m_state.eventType(eventType.value(QStringLiteral("parentEventTypeId")).toInteger()))
            return parent->value(QStringLiteral("teamId")).toInteger();
    return 0;
}

bool BookingRules::isBusy(qint64 userId, const QDateTime& start, const QDateTime& end, const BusyTimes& busy)
{
    const auto times = busy.constFind(userId);
    return times != busy.cend() && std::any_of(times->cbegin(), times->cend(), [&](const auto& t) {
        return t.first < end && start < t.second;
    });
}

BookingRules::BusyTimes BookingRules::busyTimes(const QString& ignoreUid) const
{
    // Accepted bookings, by host id; collective co-hosts are listed as attendees, so they count by e-mail.
    QHash<QString, qint64> userByEmail;
    for (const SandboxUser& u : m_state.users)
        userByEmail.insert(u.email, u.id);
    BusyTimes busy;
    for (const QJsonObject& b : m_state.bookings) {
        if (b.value(kStatus).toString() != u"accepted" || b.value(kUid).toString() == ignoreUid)
            continue;
        QList<qint64> involved;
        for (const QJsonValue& h : b.value(kHosts).toArray())
            involved.append(h.toObject().value(kId).toInteger());
        for (const QJsonValue& a : b.value(QStringLiteral("attendees")).toArray())
            if (const auto u = userByEmail.constFind(a.toObject().value(QStringLiteral("email")).toString());
                u != userByEmail.cend() && !involved.contains(*u))
                involved.append(*u);
        const std::pair<QDateTime, QDateTime> time { startOf(b), endOf(b) };
        for (qint64 id : std::as_const(involved))
            busy[id].append(time);
    }
    return busy;
}

QJsonObject BookingRules::hostOutput(qint64 userId) const
{
    const SandboxUser* u = m_state.user(userId);
    return QJsonObject { { kId, userId }, { QStringLiteral("name"), u ? u->name : QString() },
        { QStringLiteral("email"), u ? u->email : QString() },
        { QStringLiteral("displayEmail"), u ? u->email : QString() },
        { QStringLiteral("username"), u ? u->username : QString() },
        { QStringLiteral("timeZone"), u ? u->timeZone : QStringLiteral("UTC") } };
}

std::optional<SandboxReply> BookingRules::chooseHosts(const QJsonObject& eventType, const QDateTime& start,
    const QDateTime& end, const QString& ignoreUid, QList<qint64>* hostIds, const BusyTimes* busy) const
{
    const bool teamType
        = teamOf(eventType) != 0 && eventType.value(QStringLiteral("parentEventTypeId")).isNull();
    const BusyTimes own = busy ? BusyTimes() : busyTimes(ignoreUid);
    const BusyTimes& times = busy ? *busy : own;
    auto slotTaken = [this, teamType]() {
        const QString message = teamType
            ? QStringLiteral("One of the hosts either already has booking at this time or is not available")
            : QStringLiteral("User either already has booking at this time or is not available");
        return m_options.slotTakenStatus == 409
            ? SandboxReply::error(409, QStringLiteral("ConflictException"), message)
            : badRequest(message);
    };
    if (!teamType) {
        const qint64 owner = ownerOf(eventType);
        if (isBusy(owner, start, end, times))
            return slotTaken();
        hostIds->append(owner);
        return std::nullopt;
    }
    const QJsonArray hosts = eventType.value(kHosts).toArray();
    const bool collective = eventType.value(QStringLiteral("schedulingType")).toString() == u"collective";
    // COLLECTIVE: everyone. ROUND_ROBIN: every fixed (mandatory) host plus the first free other host.
    qint64 rrHost = 0;
    bool hasRrHosts = false;
    for (const QJsonValue& v : hosts) {
        const QJsonObject h = v.toObject();
        const qint64 userId = h.value(QStringLiteral("userId")).toInteger();
        if (collective || h.value(QStringLiteral("mandatory")).toBool()) {
            if (isBusy(userId, start, end, times))
                return slotTaken();
            hostIds->append(userId);
        } else {
            hasRrHosts = true;
            if (rrHost == 0 && !isBusy(userId, start, end, times))
                rrHost = userId;
        }
    }
    if (hasRrHosts) {
        if (rrHost == 0)
            return slotTaken();
        hostIds->append(rrHost);
    }
    return std::nullopt;
}

const QJsonObject* BookingRules::findEventType(
    const QJsonObject& selector, std::optional<SandboxReply>* error) const
{
    const QJsonObject* eventType = nullptr;
    if (selector.contains(kEventTypeId)) {
        const qint64 id = selector.value(kEventTypeId).toInteger();
        eventType = m_state.eventType(id);
        if (!eventType)
            *error = notFound(QStringLiteral("Event type with id %1 not found.").arg(id));
    } else if (selector.contains(QStringLiteral("eventTypeSlug"))
        && selector.contains(QStringLiteral("username"))) {
        const QString slug = selector.value(QStringLiteral("eventTypeSlug")).toString();
        const QString username = selector.value(QStringLiteral("username")).toString();
        if (const SandboxUser* u = m_state.userByUsername(username))
            for (const QJsonObject* e : m_state.eventTypesOwnedBy(u->id))
                if (e->value(QStringLiteral("slug")).toString() == slug)
                    eventType = e;
        if (!eventType)
            *error = notFound(QStringLiteral("Event type with slug %1 belonging to user %2 not found.")
                                  .arg(slug, username));
    } else if (selector.contains(QStringLiteral("eventTypeSlug"))
        && selector.contains(QStringLiteral("teamSlug"))) {
        const QString slug = selector.value(QStringLiteral("eventTypeSlug")).toString();
        const QString teamSlug = selector.value(QStringLiteral("teamSlug")).toString();
        if (const SandboxTeam* t = m_state.teamBySlug(teamSlug))
            for (const QJsonObject& e : m_state.eventTypes)
                if (!e.value(QStringLiteral("teamId")).isNull()
                    && e.value(QStringLiteral("teamId")).toInteger() == t->id
                    && e.value(QStringLiteral("slug")).toString() == slug)
                    eventType = &e;
        if (!eventType)
            *error = notFound(QStringLiteral("Event type with slug %1 belonging to team %2 not found.")
                                  .arg(slug, teamSlug));
    } else {
        *error = badRequest(pipeMessage(QStringLiteral("eventTypeId"),
            QStringLiteral("eventTypeId or eventTypeSlug with username or teamSlug is required")));
    }
    return eventType;
}

} // namespace salon::sandbox
