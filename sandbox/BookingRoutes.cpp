#include "BookingRoutes.h"

#include "TeamAccess.h"

#include <QJsonDocument>
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

const QStringList kCreateFields { QStringLiteral("start"), QStringLiteral("attendee"),
    QStringLiteral("bookingFieldsResponses"), QStringLiteral("eventTypeId"), QStringLiteral("eventTypeSlug"),
    QStringLiteral("username"), QStringLiteral("teamSlug"), QStringLiteral("organizationSlug"),
    QStringLiteral("guests"), QStringLiteral("meetingUrl"), QStringLiteral("location"),
    QStringLiteral("metadata"), QStringLiteral("lengthInMinutes"), QStringLiteral("routing"),
    QStringLiteral("emailVerificationCode"), QStringLiteral("instant"), QStringLiteral("recurrenceCount") };

// The limits user-bookings.e2e-spec.ts checks (51 keys, a 41-character key, a 501-character value: 400).
// Cal.com's exact sentence was not read; this one names the limit.
QString metadataProblem(const QJsonObject& metadata)
{
    if (metadata.size() > 50)
        return QStringLiteral("metadata can have at most 50 keys");
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().size() > 40)
            return QStringLiteral("metadata keys can be at most 40 characters long");
        if (it.value().isString() && it.value().toString().size() > 500)
            return QStringLiteral("metadata string values can be at most 500 characters long");
    }
    return {};
}

// Location objects are told apart by `type` (the e2e spec books each kind and refuses "blablabala").
const QStringList kLocationTypes { QStringLiteral("address"), QStringLiteral("link"), QStringLiteral("phone"),
    QStringLiteral("integration"), QStringLiteral("attendeeAddress"), QStringLiteral("attendeePhone"),
    QStringLiteral("attendeeDefined"), QStringLiteral("organizersDefaultApp") };

QString locationProblem(const QJsonValue& location)
{
    if (location.isUndefined() || location.isString())
        return {}; // absent, or the deprecated plain string
    const QString type = location.toObject().value(QStringLiteral("type")).toString();
    if (!location.isObject() || !kLocationTypes.contains(type))
        return QStringLiteral("location type %1 is not one of %2")
            .arg(type, kLocationTypes.join(QStringLiteral(", ")));
    return {};
}

QString locationNotOffered(const QJsonObject& eventType, const QJsonValue& location)
{
    const QJsonArray offered = eventType.value(QStringLiteral("locations")).toArray();
    if (!location.isObject() || offered.isEmpty())
        return {};
    const QJsonObject wanted = location.toObject();
    for (const QJsonValue& v : offered) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("type")) == wanted.value(QStringLiteral("type"))
            && (wanted.value(QStringLiteral("type")).toString() != u"integration"
                || o.value(QStringLiteral("integration")) == wanted.value(QStringLiteral("integration"))))
            return {};
    }
    return QStringLiteral("Location %1 is not one of the event type's locations.")
        .arg(wanted.value(QStringLiteral("integration"))
                 .toString(wanted.value(QStringLiteral("type")).toString()));
}

} // namespace

BookingRoutes::BookingRoutes(SandboxState& state, const SandboxOptions& options, const SandboxClock& clock)
    : m_state(state)
    , m_options(options)
    , m_clock(clock)
    , m_rules(state, options)
{
}

SandboxReply BookingRoutes::create(const SandboxRequest& request)
{
    if (request.body.trimmed().isEmpty())
        return BookingRules::badRequest(QStringLiteral("Body is required"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return BookingRules::badRequest(QStringLiteral("Body should be an object"));
    const QJsonObject body = doc.object();
    if (auto rejected = BookingRules::rejectUnknownFields(body, kCreateFields))
        return *rejected;

    QStringList problems;
    const QDateTime start = BookingRules::parseInstant(body.value(kStart).toString());
    if (!body.value(kStart).isString() || !start.isValid())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    const QJsonObject attendee = body.value(QStringLiteral("attendee")).toObject();
    if (!body.value(QStringLiteral("attendee")).isObject())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("attendee"), QStringLiteral("attendee must be an object")));
    else {
        if (!attendee.value(QStringLiteral("name")).isString())
            problems.append(BookingRules::pipeMessage(
                QStringLiteral("attendee"), QStringLiteral("name must be a string")));
        if (!attendee.value(QStringLiteral("timeZone")).isString())
            problems.append(BookingRules::pipeMessage(
                QStringLiteral("attendee"), QStringLiteral("timeZone must be a string")));
    }
    if (body.contains(QStringLiteral("metadata")) && !body.value(QStringLiteral("metadata")).isObject())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("metadata"), QStringLiteral("metadata must be an object")));
    else if (const QString problem = metadataProblem(body.value(QStringLiteral("metadata")).toObject());
             !problem.isEmpty())
        problems.append(BookingRules::pipeMessage(QStringLiteral("metadata"), problem));
    if (const QString problem = locationProblem(body.value(QStringLiteral("location"))); !problem.isEmpty())
        problems.append(BookingRules::pipeMessage(QStringLiteral("location"), problem));
    if (body.contains(QStringLiteral("lengthInMinutes"))
        && !body.value(QStringLiteral("lengthInMinutes")).isDouble())
        problems.append(BookingRules::pipeMessage(
            QStringLiteral("lengthInMinutes"), QStringLiteral("lengthInMinutes must be a number")));
    if (!problems.isEmpty())
        return BookingRules::badRequest(problems.join(QStringLiteral(", ")));

    // 1. Event type lookup.
    std::optional<SandboxReply> lookupError;
    const QJsonObject* eventType = m_rules.findEventType(body, &lookupError);
    if (!eventType)
        return *lookupError;
    const QJsonObject et = *eventType; // a copy: later state changes cannot invalidate it
    const qint64 eventTypeId = et.value(kId).toInteger();
    const QString schedulingType = et.value(QStringLiteral("schedulingType")).toString();
    const bool teamType = !et.value(QStringLiteral("teamId")).isNull();

    // 3. Managed parent.
    if (schedulingType == u"managed" && et.value(QStringLiteral("parentEventTypeId")).isNull())
        return BookingRules::badRequest(
            QStringLiteral("Event type with id=%1 is the parent managed event type that can't be booked. "
                           "You have to provide the child event type id aka id of event type that has "
                           "been assigned to one of the users.")
                .arg(eventTypeId));
    // The location must be one the event type offers, when it lists any.
    if (const QString problem = locationNotOffered(et, body.value(QStringLiteral("location")));
        !problem.isEmpty())
        return BookingRules::badRequest(problem);
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
            return BookingRules::badRequest(
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
            return BookingRules::badRequest(
                QStringLiteral("Provided 'lengthInMinutes' is not one of the possible lengths for the event "
                               "type. The possible lengths are: %1")
                    .arg(possible.join(QStringLiteral(", "))));
        length = requested;
    }
    const QDateTime now = m_clock.now();
    // 9. Past.
    if (start < now)
        return BookingRules::badRequest(QStringLiteral("Attempting to book a meeting in the past."));
    // 8. Minimum booking notice.
    const qint64 notice = et.value(QStringLiteral("minimumBookingNotice")).toInteger(0);
    if (notice > 0 && start < now.addSecs(notice * 60))
        return BookingRules::badRequest(
            QStringLiteral("The event type can't be booked at the \"start\" time provided. "
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
    if (auto taken = m_rules.chooseHosts(et, start, end, QString(), &hostIds))
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
        const QJsonObject h = m_rules.hostOutput(hostIds[i]);
        attendees.append(QJsonObject { { QStringLiteral("name"), h.value(QStringLiteral("name")) },
            { QStringLiteral("email"), h.value(QStringLiteral("email")) },
            { QStringLiteral("displayEmail"), h.value(QStringLiteral("email")) },
            { QStringLiteral("timeZone"), h.value(QStringLiteral("timeZone")) },
            { QStringLiteral("language"), QStringLiteral("en") }, { QStringLiteral("absent"), false } });
    }
    const QJsonObject mainHost = m_rules.hostOutput(hostIds.value(0));
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
        { kStart, BookingRules::isoUtc(start) },
        { kEnd, BookingRules::isoUtc(end) },
        { QStringLiteral("duration"), length },
        { kEventTypeId, eventTypeId },
        { QStringLiteral("eventType"),
            QJsonObject {
                { kId, eventTypeId }, { QStringLiteral("slug"), et.value(QStringLiteral("slug")) } } },
        { QStringLiteral("location"), QStringLiteral("integrations:daily") },
        { QStringLiteral("absentHost"), false },
        { QStringLiteral("createdAt"), BookingRules::isoUtc(now) },
        { kUpdatedAt, BookingRules::isoUtc(now) },
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
    const QDateTime afterStart = BookingRules::parseInstant(request.queryValue(QStringLiteral("afterStart")));
    const QDateTime beforeEnd = BookingRules::parseInstant(request.queryValue(QStringLiteral("beforeEnd")));
    const QString attendeeEmail = request.queryValue(QStringLiteral("attendeeEmail")).trimmed();
    const QString attendeeName = request.queryValue(QStringLiteral("attendeeName")).trimmed();
    const QString bookingUid = request.queryValue(QStringLiteral("bookingUid"));
    // The change filters of the e2e specs (and of polling for changes made in Cal.com, §12.9).
    const QDateTime afterUpdated
        = BookingRules::parseInstant(request.queryValue(QStringLiteral("afterUpdatedAt")));
    const QDateTime beforeUpdated
        = BookingRules::parseInstant(request.queryValue(QStringLiteral("beforeUpdatedAt")));
    const QDateTime afterCreated
        = BookingRules::parseInstant(request.queryValue(QStringLiteral("afterCreatedAt")));
    const QDateTime beforeCreated
        = BookingRules::parseInstant(request.queryValue(QStringLiteral("beforeCreatedAt")));
    auto between = [](const QDateTime& t, const QDateTime& after, const QDateTime& before) {
        return (!after.isValid() || t >= after) && (!before.isValid() || t <= before);
    };

    auto statusMatches = [&](const QJsonObject& b) {
        if (statuses.isEmpty())
            return true;
        const QString status = b.value(kStatus).toString();
        const bool ended = BookingRules::endOf(b) < now;
        for (const QString& s : statuses) {
            if (s == u"upcoming" && !ended && BookingRules::isActive(b))
                return true;
            if (s == u"past" && ended && BookingRules::isActive(b))
                return true;
            if (s == u"cancelled" && !BookingRules::isActive(b))
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
        if (afterStart.isValid() && BookingRules::startOf(b) < afterStart)
            continue;
        if (beforeEnd.isValid() && BookingRules::endOf(b) > beforeEnd)
            continue;
        if (!bookingUid.isEmpty() && b.value(kUid).toString() != bookingUid)
            continue;
        if (!between(BookingRules::parseInstant(b.value(kUpdatedAt).toString()), afterUpdated, beforeUpdated)
            || !between(BookingRules::parseInstant(b.value(QStringLiteral("createdAt")).toString()),
                afterCreated, beforeCreated))
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
        const QDateTime ta = BookingRules::parseInstant(a.value(sortKey).toString());
        const QDateTime tb = BookingRules::parseInstant(b.value(sortKey).toString());
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
        if (BookingRules::ownerOf(*et) == userId)
            return true;
        const qint64 teamId = m_rules.teamOf(*et);
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
        return et && m_rules.teamOf(*et) == teamId;
    });
}

SandboxReply BookingRoutes::get(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    const QJsonObject* booking = m_state.booking(uid);
    if (!booking)
        return BookingRules::notFound(
            QStringLiteral("Booking with uid=%1 was not found in the database").arg(uid));
    return SandboxReply::success(200, *booking);
}

} // namespace salon::sandbox
