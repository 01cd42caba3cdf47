#include "BookingRoutes.h"

#include "TeamAccess.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

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
const QString kUpdatedAt = QStringLiteral("updatedAt");

SandboxReply badRequest(const QString& message)
{
    return SandboxReply::error(400, QStringLiteral("BadRequestException"), message);
}

SandboxReply notFound(const QString& message)
{
    return SandboxReply::error(404, QStringLiteral("NotFoundException"), message);
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime startOf(const QJsonObject& b)
{
    return parseInstant(b.value(kStart).toString());
}
QDateTime endOf(const QJsonObject& b)
{
    return parseInstant(b.value(kEnd).toString());
}

qint64 ownerOf(const QJsonObject& e)
{
    return e.value(QStringLiteral("ownerId")).isNull() ? 0 : e.value(QStringLiteral("ownerId")).toInteger();
}

bool isActive(const QJsonObject& b)
{
    const QString status = b.value(kStatus).toString();
    return status != u"cancelled" && status != u"rejected";
}

const QStringList kCreateFields { QStringLiteral("start"), QStringLiteral("attendee"),
    QStringLiteral("bookingFieldsResponses"), QStringLiteral("eventTypeId"), QStringLiteral("eventTypeSlug"),
    QStringLiteral("username"), QStringLiteral("teamSlug"), QStringLiteral("organizationSlug"),
    QStringLiteral("guests"), QStringLiteral("meetingUrl"), QStringLiteral("location"),
    QStringLiteral("metadata"), QStringLiteral("lengthInMinutes"), QStringLiteral("routing"),
    QStringLiteral("emailVerificationCode"), QStringLiteral("instant"), QStringLiteral("recurrenceCount") };
const QStringList kCancelFields { QStringLiteral("cancellationReason"),
    QStringLiteral("cancelSubsequentBookings"), QStringLiteral("seatUid") };
const QStringList kRescheduleFields { QStringLiteral("start"), QStringLiteral("rescheduledBy"),
    QStringLiteral("reschedulingReason"), QStringLiteral("emailVerificationCode"),
    QStringLiteral("seatUid") };

// The pipe's message for one failed property: "<prop> property is wrong,<constraints> ".
QString pipeMessage(const QString& property, const QString& constraint)
{
    return QStringLiteral("%1 property is wrong,%2 ").arg(property, constraint);
}

} // namespace

BookingRoutes::BookingRoutes(SandboxState& state, const SandboxOptions& options, const SandboxClock& clock)
    : m_state(state)
    , m_options(options)
    , m_clock(clock)
{
}

std::optional<SandboxReply> BookingRoutes::rejectUnknownFields(
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

qint64 BookingRoutes::teamOf(const QJsonObject& eventType) const
{
    if (!eventType.value(QStringLiteral("teamId")).isNull())
        return eventType.value(QStringLiteral("teamId")).toInteger();
    if (!eventType.value(QStringLiteral("parentEventTypeId")).isNull())
        if (const QJsonObject* parent
            = m_state.eventType(eventType.value(QStringLiteral("parentEventTypeId")).toInteger()))
            return parent->value(QStringLiteral("teamId")).toInteger();
    return 0;
}

bool BookingRoutes::isBusy(
    qint64 userId, const QDateTime& start, const QDateTime& end, const QString& ignoreUid) const
{
    for (const QJsonObject& b : m_state.bookings) {
        if (b.value(kStatus).toString() != u"accepted" || b.value(kUid).toString() == ignoreUid)
            continue;
        // Hosts by id; collective co-hosts are listed as attendees, so they count by e-mail.
        bool involved = false;
        for (const QJsonValue& h : b.value(kHosts).toArray())
            involved = involved || h.toObject().value(kId).toInteger() == userId;
        if (const SandboxUser* user = m_state.user(userId); user && !involved)
            for (const QJsonValue& a : b.value(QStringLiteral("attendees")).toArray())
                involved = involved || a.toObject().value(QStringLiteral("email")).toString() == user->email;
        if (involved && startOf(b) < end && start < endOf(b))
            return true;
    }
    return false;
}

QJsonObject BookingRoutes::hostOutput(qint64 userId) const
{
    const SandboxUser* u = m_state.user(userId);
    return QJsonObject { { kId, userId }, { QStringLiteral("name"), u ? u->name : QString() },
        { QStringLiteral("email"), u ? u->email : QString() },
        { QStringLiteral("displayEmail"), u ? u->email : QString() },
        { QStringLiteral("username"), u ? u->username : QString() },
        { QStringLiteral("timeZone"), u ? u->timeZone : QStringLiteral("UTC") } };
}

std::optional<SandboxReply> BookingRoutes::chooseHosts(const QJsonObject& eventType, const QDateTime& start,
    const QDateTime& end, const QString& ignoreUid, QList<qint64>* hostIds) const
{
    const bool teamType
        = teamOf(eventType) != 0 && eventType.value(QStringLiteral("parentEventTypeId")).isNull();
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
        if (isBusy(owner, start, end, ignoreUid))
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
            if (isBusy(userId, start, end, ignoreUid))
                return slotTaken();
            hostIds->append(userId);
        } else {
            hasRrHosts = true;
            if (rrHost == 0 && !isBusy(userId, start, end, ignoreUid))
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

const QJsonObject* BookingRoutes::findEventType(
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

SandboxReply BookingRoutes::create(const SandboxRequest& request)
{
    if (request.body.trimmed().isEmpty())
        return badRequest(QStringLiteral("Body is required"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return badRequest(QStringLiteral("Body should be an object"));
    const QJsonObject body = doc.object();
    if (auto rejected = rejectUnknownFields(body, kCreateFields))
        return *rejected;

    QStringList problems;
    const QDateTime start = parseInstant(body.value(kStart).toString());
    if (!body.value(kStart).isString() || !start.isValid())
        problems.append(pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    const QJsonObject attendee = body.value(QStringLiteral("attendee")).toObject();
    if (!body.value(QStringLiteral("attendee")).isObject())
        problems.append(
            pipeMessage(QStringLiteral("attendee"), QStringLiteral("attendee must be an object")));
    else {
        if (!attendee.value(QStringLiteral("name")).isString())
            problems.append(pipeMessage(QStringLiteral("attendee"), QStringLiteral("name must be a string")));
        if (!attendee.value(QStringLiteral("timeZone")).isString())
            problems.append(
                pipeMessage(QStringLiteral("attendee"), QStringLiteral("timeZone must be a string")));
    }
    if (body.contains(QStringLiteral("metadata")) && !body.value(QStringLiteral("metadata")).isObject())
        problems.append(
            pipeMessage(QStringLiteral("metadata"), QStringLiteral("metadata must be an object")));
    if (body.contains(QStringLiteral("lengthInMinutes"))
        && !body.value(QStringLiteral("lengthInMinutes")).isDouble())
        problems.append(pipeMessage(
            QStringLiteral("lengthInMinutes"), QStringLiteral("lengthInMinutes must be a number")));
    if (!problems.isEmpty())
        return badRequest(problems.join(QStringLiteral(", ")));

    // 1. Event type lookup.
    std::optional<SandboxReply> lookupError;
    const QJsonObject* eventType = findEventType(body, &lookupError);
    if (!eventType)
        return *lookupError;
    const QJsonObject et = *eventType; // a copy: later state changes cannot invalidate it
    const qint64 eventTypeId = et.value(kId).toInteger();
    const QString schedulingType = et.value(QStringLiteral("schedulingType")).toString();
    const bool teamType = !et.value(QStringLiteral("teamId")).isNull();

    // 3. Managed parent.
    if (schedulingType == u"managed" && et.value(QStringLiteral("parentEventTypeId")).isNull())
        return badRequest(
            QStringLiteral("Event type with id=%1 is the parent managed event type that can't be booked. "
                           "You have to provide the child event type id aka id of event type that has "
                           "been assigned to one of the users.")
                .arg(eventTypeId));
    // 4. Team event type without hosts.
    if (teamType && et.value(kHosts).toArray().isEmpty())
        return SandboxReply::error(422, QStringLiteral("UnprocessableEntityException"),
            QStringLiteral("Can't book this team event type because it has no hosts. Please, add at "
                           "least 1 host to event type with id=%1 belonging to team with id=%2 "
                           "and try again.")
                .arg(eventTypeId)
                .arg(et.value(QStringLiteral("teamId")).toInteger()));
    // 6. lengthInMinutes only for multi-duration event types.
    qint64 length = et.value(QStringLiteral("lengthInMinutes")).toInteger();
    if (body.contains(QStringLiteral("lengthInMinutes"))) {
        const QJsonArray options = et.value(QStringLiteral("lengthInMinutesOptions")).toArray();
        if (options.isEmpty())
            return badRequest(
                QStringLiteral("Can't specify 'lengthInMinutes' because event type does not have multiple "
                               "possible lengths. Please, remove the 'lengthInMinutes' field from the "
                               "request."));
        const qint64 requested = body.value(QStringLiteral("lengthInMinutes")).toInteger();
        QStringList possible;
        bool found = false;
        for (const QJsonValue& o : options) {
            possible.append(QString::number(o.toInteger()));
            found = found || o.toInteger() == requested;
        }
        if (!found)
            return badRequest(
                QStringLiteral("Provided 'lengthInMinutes' is not one of the possible lengths for the event "
                               "type. The possible lengths are: %1")
                    .arg(possible.join(QStringLiteral(", "))));
        length = requested;
    }
    const QDateTime now = m_clock.now();
    // 9. Past.
    if (start < now)
        return badRequest(QStringLiteral("Attempting to book a meeting in the past."));
    // 8. Minimum booking notice.
    const qint64 notice = et.value(QStringLiteral("minimumBookingNotice")).toInteger(0);
    if (notice > 0 && start < now.addSecs(notice * 60))
        return badRequest(QStringLiteral("The event type can't be booked at the \"start\" time provided. "
                                         "This could be because it's too soon "
                                         "(violating the minimum booking notice) or too far in the future "
                                         "(outside the event's scheduling window). "
                                         "Try fetching available slots first using the GET /v2/slots "
                                         "endpoint and then make a booking with "
                                         "\"start\" time equal to one of the available slots: "
                                         "https://cal.com/docs/api-reference/v2/slots"));
    // 7. Slot taken.
    const QDateTime end = start.addSecs(length * 60);
    QList<qint64> hostIds;
    if (auto taken = chooseHosts(et, start, end, QString(), &hostIds))
        return *taken;

    QJsonObject attendeeOut { { QStringLiteral("name"), attendee.value(QStringLiteral("name")).toString() },
        { QStringLiteral("email"), attendee.value(QStringLiteral("email")).toString() },
        { QStringLiteral("displayEmail"), attendee.value(QStringLiteral("email")).toString() },
        { QStringLiteral("timeZone"), attendee.value(QStringLiteral("timeZone")).toString() },
        { QStringLiteral("language"),
            attendee.value(QStringLiteral("language")).toString(QStringLiteral("en")) },
        { QStringLiteral("absent"), false } };
    if (attendee.contains(QStringLiteral("phoneNumber")))
        attendeeOut.insert(QStringLiteral("phoneNumber"), attendee.value(QStringLiteral("phoneNumber")));
    // Collective bookings list one host; the other fixed hosts appear as attendees (§11.9).
    QJsonArray attendees { attendeeOut };
    for (qsizetype i = 1; i < hostIds.size(); ++i) {
        const QJsonObject h = hostOutput(hostIds[i]);
        attendees.append(QJsonObject { { QStringLiteral("name"), h.value(QStringLiteral("name")) },
            { QStringLiteral("email"), h.value(QStringLiteral("email")) },
            { QStringLiteral("displayEmail"), h.value(QStringLiteral("email")) },
            { QStringLiteral("timeZone"), h.value(QStringLiteral("timeZone")) },
            { QStringLiteral("language"), QStringLiteral("en") }, { QStringLiteral("absent"), false } });
    }
    const QJsonObject mainHost = hostOutput(hostIds.value(0));
    QJsonObject responses = body.value(QStringLiteral("bookingFieldsResponses")).toObject();
    responses.insert(QStringLiteral("name"), attendeeOut.value(QStringLiteral("name")));
    responses.insert(QStringLiteral("email"), attendeeOut.value(QStringLiteral("email")));
    QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("videoCallUrl"));
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-').left(22);
    QJsonObject booking {
        { kId, m_state.nextBookingId() },
        { kUid, uid },
        { QStringLiteral("title"),
            QStringLiteral("%1 between %2 and %3")
                .arg(et.value(QStringLiteral("title")).toString(),
                    mainHost.value(QStringLiteral("name")).toString(),
                    attendeeOut.value(QStringLiteral("name")).toString()) },
        { QStringLiteral("description"), QString() },
        { kHosts, QJsonArray { mainHost } },
        { kStatus, QStringLiteral("accepted") },
        { kStart, isoUtc(start) },
        { kEnd, isoUtc(end) },
        { QStringLiteral("duration"), length },
        { kEventTypeId, eventTypeId },
        { QStringLiteral("eventType"),
            QJsonObject {
                { kId, eventTypeId }, { QStringLiteral("slug"), et.value(QStringLiteral("slug")) } } },
        { QStringLiteral("location"), QStringLiteral("integrations:daily") },
        { QStringLiteral("absentHost"), false },
        { QStringLiteral("createdAt"), isoUtc(now) },
        { kUpdatedAt, isoUtc(now) },
        { QStringLiteral("attendees"), attendees },
        { QStringLiteral("guests"), body.value(QStringLiteral("guests")).toArray() },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("bookingFieldsResponses"), responses },
    };
    m_state.bookings.append(booking);
    return SandboxReply::success(201, booking);
}

SandboxReply BookingRoutes::listFiltered(
    const SandboxRequest& request, const std::function<bool(const QJsonObject&)>& visible)
{
    const QDateTime now = m_clock.now();
    QList<qint64> eventTypeIds;
    for (const QString& key : { QStringLiteral("eventTypeId"), QStringLiteral("eventTypeIds") })
        for (const QString& part : request.queryValue(key).split(u',', Qt::SkipEmptyParts))
            eventTypeIds.append(part.trimmed().toLongLong());
    const QStringList statuses = request.queryValue(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts);
    const QDateTime afterStart = parseInstant(request.queryValue(QStringLiteral("afterStart")));
    const QDateTime beforeEnd = parseInstant(request.queryValue(QStringLiteral("beforeEnd")));
    const QString attendeeEmail = request.queryValue(QStringLiteral("attendeeEmail")).trimmed();
    const QString attendeeName = request.queryValue(QStringLiteral("attendeeName")).trimmed();
    const QString bookingUid = request.queryValue(QStringLiteral("bookingUid"));

    auto statusMatches = [&](const QJsonObject& b) {
        if (statuses.isEmpty())
            return true;
        const QString status = b.value(kStatus).toString();
        const bool ended = endOf(b) < now;
        for (const QString& s : statuses) {
            if (s == u"upcoming" && !ended && isActive(b))
                return true;
            if (s == u"past" && ended && isActive(b))
                return true;
            if (s == u"cancelled" && !isActive(b))
                return true;
            if (s == u"unconfirmed" && status == u"pending" && !ended)
                return true;
        }
        return false;
    };
    auto attendeeMatches = [&](const QJsonObject& b) {
        if (attendeeEmail.isEmpty() && attendeeName.isEmpty())
            return true;
        for (const QJsonValue& a : b.value(QStringLiteral("attendees")).toArray()) {
            const QJsonObject o = a.toObject();
            if ((attendeeEmail.isEmpty() || o.value(QStringLiteral("email")).toString() == attendeeEmail)
                && (attendeeName.isEmpty() || o.value(QStringLiteral("name")).toString() == attendeeName))
                return true;
        }
        return false;
    };

    QList<QJsonObject> matches;
    for (const QJsonObject& b : m_state.bookings) {
        if (!visible(b))
            continue;
        if (!eventTypeIds.isEmpty() && !eventTypeIds.contains(b.value(kEventTypeId).toInteger()))
            continue;
        if (afterStart.isValid() && startOf(b) < afterStart)
            continue;
        if (beforeEnd.isValid() && endOf(b) > beforeEnd)
            continue;
        if (!bookingUid.isEmpty() && b.value(kUid).toString() != bookingUid)
            continue;
        if (!statusMatches(b) || !attendeeMatches(b))
            continue;
        matches.append(b);
    }
    QString sortKey = kStart;
    bool descending = false;
    for (const auto& [param, field] :
        { std::pair { QStringLiteral("sortStart"), kStart }, std::pair { QStringLiteral("sortEnd"), kEnd },
            std::pair { QStringLiteral("sortCreated"), QStringLiteral("createdAt") },
            std::pair { QStringLiteral("sortUpdatedAt"), kUpdatedAt } })
        if (request.hasQuery(param)) {
            sortKey = field;
            descending = request.queryValue(param) == u"desc";
        }
    std::stable_sort(matches.begin(), matches.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        const QDateTime ta = parseInstant(a.value(sortKey).toString());
        const QDateTime tb = parseInstant(b.value(sortKey).toString());
        return descending ? tb < ta : ta < tb;
    });

    // Paging as apps/api/v2/src/lib/pagination/pagination.ts computes it (API-FACTS §5).
    const qint64 total = matches.size();
    const qint64 take = request.hasQuery(QStringLiteral("take"))
        ? std::max<qint64>(1, std::abs(request.queryValue(QStringLiteral("take")).toLongLong()))
        : 100;
    const qint64 skip
        = std::clamp<qint64>(std::abs(request.queryValue(QStringLiteral("skip")).toLongLong()), 0, total);
    QJsonArray data;
    for (qint64 i = skip; i < std::min(total, skip + take); ++i)
        data.append(matches[i]);
    const qint64 totalPages = (total + take - 1) / take;
    const qint64 currentPage = totalPages == 0 ? 0 : std::clamp<qint64>(skip / take + 1, 1, totalPages);
    const QJsonObject pagination { { QStringLiteral("totalItems"), total },
        { QStringLiteral("remainingItems"), std::max<qint64>(0, total - (skip + take)) },
        { m_options.paginationReturnedKey, qint64(data.size()) }, { QStringLiteral("itemsPerPage"), take },
        { QStringLiteral("currentPage"), currentPage }, { QStringLiteral("totalPages"), totalPages },
        { QStringLiteral("hasNextPage"), skip + take < total },
        { QStringLiteral("hasPreviousPage"), skip > 0 } };
    return SandboxReply::success(200, data, QJsonObject { { QStringLiteral("pagination"), pagination } });
}

SandboxReply BookingRoutes::list(const SandboxRequest& request)
{
    const qint64 userId = *request.authUserId;
    const SandboxUser* me = m_state.user(userId);
    // The key's user sees bookings they host or attend, on their own event types, and - as team admin or
    // owner - on the team's event types (§11.14).
    return listFiltered(request, [&](const QJsonObject& b) {
        for (const QJsonValue& h : b.value(kHosts).toArray())
            if (h.toObject().value(kId).toInteger() == userId)
                return true;
        for (const QJsonValue& a : b.value(QStringLiteral("attendees")).toArray())
            if (me && a.toObject().value(QStringLiteral("email")).toString() == me->email)
                return true;
        const QJsonObject* et = m_state.eventType(b.value(kEventTypeId).toInteger());
        if (!et)
            return false;
        if (ownerOf(*et) == userId)
            return true;
        const qint64 teamId = teamOf(*et);
        return teamId != 0 && TeamAccess::isAdminRole(m_state.roleIn(teamId, userId));
    });
}

SandboxReply BookingRoutes::listForTeam(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    if (auto denied = TeamAccess::requireAdmin(m_state, request, teamId))
        return *denied;
    return listFiltered(request, [&](const QJsonObject& b) {
        const QJsonObject* et = m_state.eventType(b.value(kEventTypeId).toInteger());
        return et && teamOf(*et) == teamId;
    });
}

SandboxReply BookingRoutes::get(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    const QJsonObject* booking = m_state.booking(uid);
    if (!booking)
        return notFound(QStringLiteral("Booking with uid=%1 was not found in the database").arg(uid));
    return SandboxReply::success(200, *booking);
}

SandboxReply BookingRoutes::cancel(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return badRequest(QStringLiteral("Body should be an object"));
        body = doc.object();
    }
    if (auto rejected = rejectUnknownFields(body, kCancelFields))
        return *rejected;
    if (body.contains(QStringLiteral("cancellationReason"))
        && !body.value(QStringLiteral("cancellationReason")).isString())
        return badRequest(pipeMessage(
            QStringLiteral("cancellationReason"), QStringLiteral("cancellationReason must be a string")));
    QJsonObject* booking = m_state.booking(uid);
    if (!booking)
        return notFound(QStringLiteral("Booking with uid=%1 not found").arg(uid));
    if (booking->value(kStatus).toString() == u"cancelled")
        return badRequest(
            QStringLiteral("Can't cancel booking with uid=%1 because it has been cancelled already. Please "
                           "provide uid of a booking that is not cancelled.")
                .arg(uid));
    booking->insert(kStatus, QStringLiteral("cancelled"));
    if (body.contains(QStringLiteral("cancellationReason")))
        booking->insert(
            QStringLiteral("cancellationReason"), body.value(QStringLiteral("cancellationReason")));
    if (request.authUserId)
        if (const SandboxUser* u = m_state.user(*request.authUserId))
            booking->insert(QStringLiteral("cancelledByEmail"), u->email);
    booking->insert(kUpdatedAt, isoUtc(m_clock.now()));
    return SandboxReply::success(200, *booking);
}

SandboxReply BookingRoutes::reschedule(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (request.body.trimmed().isEmpty())
        return badRequest(QStringLiteral("Body is required"));
    if (!doc.isObject())
        return badRequest(QStringLiteral("Body should be an object"));
    const QJsonObject body = doc.object();
    if (auto rejected = rejectUnknownFields(body, kRescheduleFields))
        return *rejected;
    const QDateTime start = parseInstant(body.value(kStart).toString());
    if (!start.isValid())
        return badRequest(pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    const QJsonObject* found = m_state.booking(uid);
    if (!found)
        return notFound(QStringLiteral("Booking with uid=%1 was not found in the database").arg(uid));
    const QJsonObject old = *found;
    if (old.value(kStatus).toString() == u"cancelled") {
        const QString newUid = old.value(QStringLiteral("rescheduledToUid")).toString();
        if (!newUid.isEmpty())
            return badRequest(
                QStringLiteral("Can't reschedule booking with uid=%1 because it has been cancelled and "
                               "rescheduled already to booking with uid=%2. You probably want to "
                               "reschedule %2 instead by passing it within the request URL.")
                    .arg(uid, newUid));
        return badRequest(
            QStringLiteral("Can't reschedule booking with uid=%1 because it has been cancelled. Please "
                           "provide uid of a booking that is not cancelled.")
                .arg(uid));
    }
    const QDateTime now = m_clock.now();
    if (start < now)
        return badRequest(QStringLiteral("Attempting to book a meeting in the past."));
    const QJsonObject* et = m_state.eventType(old.value(kEventTypeId).toInteger());
    if (!et)
        return notFound(
            QStringLiteral("Event type with id %1 not found.").arg(old.value(kEventTypeId).toInteger()));
    const qint64 length = old.value(QStringLiteral("duration")).toInteger();
    const QDateTime end = start.addSecs(length * 60);
    QList<qint64> hostIds;
    if (auto taken = chooseHosts(*et, start, end, uid, &hostIds))
        return *taken;

    QJsonObject fresh = old;
    fresh.insert(kId, m_state.nextBookingId());
    fresh.insert(kUid, QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-').left(22));
    fresh.insert(kHosts, QJsonArray { hostOutput(hostIds.value(0)) });
    fresh.insert(kStart, isoUtc(start));
    fresh.insert(kEnd, isoUtc(end));
    fresh.insert(kStatus, QStringLiteral("accepted"));
    fresh.insert(QStringLiteral("createdAt"), isoUtc(now));
    fresh.insert(kUpdatedAt, isoUtc(now));
    fresh.insert(QStringLiteral("rescheduledFromUid"), uid);
    fresh.remove(QStringLiteral("cancellationReason"));
    fresh.remove(QStringLiteral("cancelledByEmail"));
    if (body.contains(QStringLiteral("reschedulingReason")))
        fresh.insert(QStringLiteral("reschedulingReason"), body.value(QStringLiteral("reschedulingReason")));
    if (body.contains(QStringLiteral("rescheduledBy")))
        fresh.insert(QStringLiteral("rescheduledByEmail"), body.value(QStringLiteral("rescheduledBy")));

    QJsonObject* original = m_state.booking(uid);
    original->insert(kStatus, QStringLiteral("cancelled"));
    original->insert(QStringLiteral("rescheduledToUid"), fresh.value(kUid));
    original->insert(kUpdatedAt, isoUtc(now));
    m_state.bookings.append(fresh);
    return SandboxReply::success(201, fresh);
}

} // namespace salon::sandbox

namespace salon::sandbox
{

SandboxReply BookingRoutes::availableSlots(const SandboxRequest& request)
{
    // Cal.com computes slots from schedules; the sandbox gives every host a default schedule of
    // Monday-Friday 09:00-17:00 in their own time zone and removes what is past, too soon or busy.
    const QTimeZone zone(request.queryValue(QStringLiteral("timeZone")).isEmpty()
            ? QByteArray("UTC")
            : request.queryValue(QStringLiteral("timeZone")).toUtf8());
    if (!zone.isValid())
        return badRequest(pipeMessage(
            QStringLiteral("timeZone"), QStringLiteral("timeZone must be a valid IANA time zone")));
    auto bound = [&](const QString& text, bool endOfDay) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10)
            return endOfDay ? QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC()
                            : QDateTime(date, QTime(0, 0), zone).toUTC();
        return parseInstant(text);
    };
    const QDateTime from = bound(request.queryValue(QStringLiteral("start")), false);
    const QDateTime to = bound(request.queryValue(QStringLiteral("end")), true);
    QStringList problems;
    if (!from.isValid())
        problems.append(pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    if (!to.isValid())
        problems.append(
            pipeMessage(QStringLiteral("end"), QStringLiteral("end must be a valid ISO 8601 date string")));
    if (!problems.isEmpty())
        return badRequest(problems.join(QStringLiteral(", ")));

    QJsonObject selector;
    if (request.hasQuery(QStringLiteral("eventTypeId")))
        selector.insert(kEventTypeId, request.queryValue(QStringLiteral("eventTypeId")).toLongLong());
    for (const QString& key :
        { QStringLiteral("eventTypeSlug"), QStringLiteral("username"), QStringLiteral("teamSlug") })
        if (request.hasQuery(key))
            selector.insert(key, request.queryValue(key));
    std::optional<SandboxReply> lookupError;
    const QJsonObject* found = findEventType(selector, &lookupError);
    if (!found)
        return *lookupError;
    const QJsonObject et = *found;
    const qint64 eventTypeId = et.value(kId).toInteger();
    // The spec: managed parents cannot be queried, only their children.
    if (et.value(QStringLiteral("schedulingType")).toString() == u"managed"
        && et.value(QStringLiteral("parentEventTypeId")).isNull())
        return badRequest(
            QStringLiteral("Event type with id=%1 is the parent managed event type that can't be booked. "
                           "You have to provide the child event type id aka id of event type that has "
                           "been assigned to one of the users.")
                .arg(eventTypeId));
    qint64 length = et.value(QStringLiteral("lengthInMinutes")).toInteger();
    if (request.hasQuery(QStringLiteral("duration"))) {
        const qint64 duration = request.queryValue(QStringLiteral("duration")).toLongLong();
        if (et.value(QStringLiteral("lengthInMinutesOptions")).toArray().contains(QJsonValue(duration)))
            length = duration;
    }
    const QString ignoreUid = request.queryValue(QStringLiteral("bookingUidToReschedule"));
    const bool range = request.queryValue(QStringLiteral("format")) == u"range";
    const QDateTime earliest
        = m_clock.now().addSecs(et.value(QStringLiteral("minimumBookingNotice")).toInteger(0) * 60);

    // Whose schedule frames the day: the owner, or the first host of a team event type.
    qint64 scheduleOwner = ownerOf(et);
    if (scheduleOwner == 0 && !et.value(kHosts).toArray().isEmpty())
        scheduleOwner
            = et.value(kHosts).toArray().first().toObject().value(QStringLiteral("userId")).toInteger();
    const SandboxUser* owner = m_state.user(scheduleOwner);
    if (!owner)
        return SandboxReply::success(200, QJsonObject()); // no hosts: no slots
    const QTimeZone hostZone(owner->timeZone.toUtf8());

    QJsonObject days;
    for (QDate day = from.toTimeZone(hostZone).date(); day <= to.toTimeZone(hostZone).date() && day.isValid();
         day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        const QDateTime dayEnd(day, QTime(17, 0), hostZone);
        for (QDateTime slot(day, QTime(9, 0), hostZone); slot.addSecs(length * 60) <= dayEnd;
             slot = slot.addSecs(length * 60)) {
            const QDateTime start = slot.toUTC();
            const QDateTime end = start.addSecs(length * 60);
            if (start < from || end > to || start < earliest)
                continue;
            QList<qint64> hosts;
            if (chooseHosts(et, start, end, ignoreUid, &hosts))
                continue;
            const bool utc = zone.id() == "UTC";
            const QDateTime local = utc ? start : start.toTimeZone(zone);
            QJsonObject item { { kStart, local.toString(Qt::ISODateWithMs) } };
            if (range)
                item.insert(kEnd, (utc ? end : end.toTimeZone(zone)).toString(Qt::ISODateWithMs));
            const QString key = local.date().toString(Qt::ISODate);
            QJsonArray list = days.value(key).toArray();
            list.append(item);
            days.insert(key, list);
        }
    }
    return SandboxReply::success(200, days);
}

} // namespace salon::sandbox
