#include "EventTypeRoutes.h"

#include "Slugify.h"
#include "TeamAccess.h"

#include <QJsonDocument>

#include <algorithm>

namespace salon::sandbox
{

namespace
{

const QString kId = QStringLiteral("id");
const QString kTeamId = QStringLiteral("teamId");
const QString kOwnerId = QStringLiteral("ownerId");
const QString kParentId = QStringLiteral("parentEventTypeId");
const QString kSlug = QStringLiteral("slug");
const QString kTitle = QStringLiteral("title");
const QString kHosts = QStringLiteral("hosts");
const QString kSchedulingType = QStringLiteral("schedulingType");
const QString kLength = QStringLiteral("lengthInMinutes");
const QString kLengthOptions = QStringLiteral("lengthInMinutesOptions");
const QString kHidden = QStringLiteral("hidden");
const QString kDescription = QStringLiteral("description");
const QString kAssignAll = QStringLiteral("assignAllTeamMembers");
const QString kNotice = QStringLiteral("minimumBookingNotice");

// Nest's ValidationPipe: BadRequestException with the class-validator messages in getResponse().
SandboxReply validationError(const QStringList& errors)
{
    return SandboxReply::error(400, QStringLiteral("BadRequestException"),
        QStringLiteral("Bad Request Exception"),
        QJsonObject { { QStringLiteral("message"), QJsonArray::fromStringList(errors) },
            { QStringLiteral("error"), QStringLiteral("Bad Request") },
            { QStringLiteral("statusCode"), 400 } });
}

SandboxReply badRequest(const QString& message)
{
    return SandboxReply::error(400, QStringLiteral("BadRequestException"), message);
}

SandboxReply notFound(const QString& message)
{
    return SandboxReply::error(404, QStringLiteral("NotFoundException"), message);
}

std::optional<QJsonObject> bodyObject(const SandboxRequest& request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isPositiveInteger(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 1 && v.toDouble() == double(v.toInteger());
}

qint64 ownerOf(const QJsonObject& e)
{
    return e.value(kOwnerId).isNull() ? 0 : e.value(kOwnerId).toInteger();
}

bool isManagedParent(const QJsonObject& e)
{
    return e.value(kSchedulingType).toString() == u"managed" && e.value(kParentId).isNull();
}

// Shared checks of the optional fields create and PATCH accept.
void checkOptionalFields(const QJsonObject& body, QStringList* errors)
{
    if (body.contains(kHidden) && !body.value(kHidden).isBool())
        errors->append(QStringLiteral("hidden must be a boolean value"));
    if (body.contains(kDescription) && !body.value(kDescription).isString())
        errors->append(QStringLiteral("description must be a string"));
    if (body.contains(kAssignAll) && !body.value(kAssignAll).isBool())
        errors->append(QStringLiteral("assignAllTeamMembers must be a boolean value"));
    if (body.contains(kNotice) && !(body.value(kNotice).isDouble() && body.value(kNotice).toDouble() >= 0))
        errors->append(QStringLiteral("minimumBookingNotice must be a number"));
    if (body.contains(kLengthOptions)) {
        const QJsonValue v = body.value(kLengthOptions);
        bool ok = v.isArray();
        for (const QJsonValue& item : v.toArray())
            ok = ok && isPositiveInteger(item);
        if (!ok)
            errors->append(QStringLiteral("lengthInMinutesOptions must be an array of numbers"));
    }
}

void copyOptionalFields(const QJsonObject& body, QJsonObject* target)
{
    for (const QString& key : { kHidden, kDescription, kNotice, kLengthOptions })
        if (body.contains(key))
            target->insert(key, body.value(key));
}

} // namespace

EventTypeRoutes::EventTypeRoutes(SandboxState& state, const SandboxOptions& options)
    : m_state(state)
    , m_options(options)
{
}

QString EventTypeRoutes::normaliseSchedulingType(const QString& value)
{
    if (value == u"roundRobin" || value == u"ROUND_ROBIN")
        return QStringLiteral("roundRobin");
    if (value == u"collective" || value == u"COLLECTIVE")
        return QStringLiteral("collective");
    if (value == u"managed" || value == u"MANAGED")
        return QStringLiteral("managed");
    return {};
}

std::optional<SandboxReply> EventTypeRoutes::parseHosts(
    const QJsonValue& hostsValue, const QString& schedulingType, qint64 teamId, QJsonArray* out) const
{
    static const QStringList priorities { QStringLiteral("lowest"), QStringLiteral("low"),
        QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("highest") };
    if (!hostsValue.isArray())
        return validationError({ QStringLiteral("hosts must be an array") });
    QStringList errors;
    QStringList nonMembers;
    QJsonArray hosts;
    for (const QJsonValue& v : hostsValue.toArray()) {
        const QJsonObject h = v.toObject();
        if (!v.isObject() || !isPositiveInteger(h.value(QStringLiteral("userId")))) {
            errors.append(QStringLiteral("hosts.userId must be an integer number"));
            continue;
        }
        const QJsonValue mandatory = h.value(QStringLiteral("mandatory"));
        const QJsonValue priority = h.value(QStringLiteral("priority"));
        if (!mandatory.isUndefined() && !mandatory.isBool())
            errors.append(QStringLiteral("hosts.mandatory must be a boolean value"));
        if (!priority.isUndefined() && !priorities.contains(priority.toString()))
            errors.append(QStringLiteral("hosts.priority must be one of the following values: ")
                + priorities.join(u", "));
        const qint64 userId = h.value(QStringLiteral("userId")).toInteger();
        if (m_state.roleIn(teamId, userId).isEmpty())
            nonMembers.append(QString::number(userId));
        // COLLECTIVE hosts are all fixed with medium priority; "lowest" is stored as 0 and reads back as
        // "medium" (API-FACTS §2.3, §11.10).
        const bool collective = schedulingType == u"collective";
        QString label = priority.toString(QStringLiteral("medium"));
        if (collective || label == u"lowest")
            label = QStringLiteral("medium");
        hosts.append(QJsonObject { { QStringLiteral("userId"), userId },
            { QStringLiteral("mandatory"), collective || mandatory.toBool(false) },
            { QStringLiteral("priority"), label } });
    }
    if (!errors.isEmpty())
        return validationError(errors);
    if (!nonMembers.isEmpty())
        return notFound(QStringLiteral("Invalid hosts: %1 are not members of team with id %2.")
                            .arg(nonMembers.join(QStringLiteral(", ")))
                            .arg(teamId));
    *out = hosts;
    return std::nullopt;
}

QJsonArray EventTypeRoutes::allMembersAsHosts(qint64 teamId, const QString& schedulingType) const
{
    QJsonArray hosts;
    if (const SandboxTeam* team = m_state.team(teamId))
        for (const SandboxMembership& m : team->members)
            hosts.append(QJsonObject { { QStringLiteral("userId"), m.userId },
                { QStringLiteral("mandatory"), schedulingType == u"collective" },
                { QStringLiteral("priority"), QStringLiteral("medium") } });
    return hosts;
}

bool EventTypeRoutes::teamSlugTaken(qint64 teamId, const QString& slug, qint64 exceptId) const
{
    for (const QJsonObject& e : m_state.eventTypes)
        if (!e.value(kTeamId).isNull() && e.value(kTeamId).toInteger() == teamId
            && e.value(kSlug).toString() == slug && e.value(kId).toInteger() != exceptId)
            return true;
    return false;
}

void EventTypeRoutes::syncChildren(const QJsonObject& parent, const QList<qint64>& assignees)
{
    const qint64 parentId = parent.value(kId).toInteger();
    const QString slug = parent.value(kSlug).toString();
    // Children of users no longer assigned are deleted.
    m_state.eventTypes.removeIf([&](const QJsonObject& e) {
        return !e.value(kParentId).isNull() && e.value(kParentId).toInteger() == parentId
            && !assignees.contains(ownerOf(e));
    });
    for (const qint64 userId : assignees) {
        QJsonObject* existing = nullptr;
        bool collides = false;
        for (QJsonObject& e : m_state.eventTypes) {
            if (ownerOf(e) != userId)
                continue;
            if (!e.value(kParentId).isNull() && e.value(kParentId).toInteger() == parentId)
                existing = &e;
            else if (e.value(kSlug).toString() == slug)
                collides = true;
        }
        if (existing) {
            for (const QString& key : { kTitle, kSlug, kLength, kDescription, kLengthOptions, kNotice })
                if (parent.contains(key))
                    existing->insert(key, parent.value(key));
            continue;
        }
        if (collides)
            continue; // the silent skip that left the incident's parents without children
        QJsonObject child { { kId, m_state.nextEventTypeId() }, { kTeamId, QJsonValue::Null },
            { kOwnerId, userId }, { kParentId, parentId }, { kTitle, parent.value(kTitle) }, { kSlug, slug },
            { kLength, parent.value(kLength) }, { kHidden, false },
            { kSchedulingType, QStringLiteral("managed") }, { kHosts, QJsonArray() },
            { kDescription, parent.value(kDescription).toString() } };
        for (const QString& key : { kLengthOptions, kNotice })
            if (parent.contains(key))
                child.insert(key, parent.value(key));
        m_state.eventTypes.append(child);
    }
}

QJsonValue EventTypeRoutes::managedOrSingle(const QJsonObject& eventType) const
{
    if (!isManagedParent(eventType))
        return teamOutput(eventType);
    QJsonArray all { teamOutput(eventType) };
    for (const QJsonObject* child : m_state.childrenOf(eventType.value(kId).toInteger()))
        all.append(teamOutput(*child));
    return all;
}

QJsonArray EventTypeRoutes::hostsOutput(const QJsonObject& eventType) const
{
    QJsonArray hosts;
    const QString type = eventType.value(kSchedulingType).toString();
    auto base = [this](qint64 userId) {
        const SandboxUser* u = m_state.user(userId);
        return QJsonObject { { QStringLiteral("userId"), userId },
            { QStringLiteral("name"), u ? QJsonValue(u->name) : QJsonValue() },
            { QStringLiteral("username"), u ? QJsonValue(u->username) : QJsonValue() },
            { QStringLiteral("avatarUrl"), QJsonValue::Null } };
    };
    if (isManagedParent(eventType)) {
        // v2 builds a managed parent's hosts from its children (output.service.ts).
        for (const QJsonObject* child : m_state.childrenOf(eventType.value(kId).toInteger()))
            hosts.append(base(ownerOf(*child)));
        return hosts;
    }
    for (const QJsonValue& v : eventType.value(kHosts).toArray()) {
        const QJsonObject stored = v.toObject();
        QJsonObject h = base(stored.value(QStringLiteral("userId")).toInteger());
        if (type == u"roundRobin") {
            h.insert(QStringLiteral("mandatory"), stored.value(QStringLiteral("mandatory")).toBool());
            h.insert(QStringLiteral("priority"),
                stored.value(QStringLiteral("priority")).toString(QStringLiteral("medium")));
        }
        hosts.append(h);
    }
    return hosts;
}

QJsonObject EventTypeRoutes::commonOutput(const QJsonObject& e) const
{
    QJsonObject out {
        { kId, e.value(kId).toInteger() },
        { kLength, e.value(kLength).toInteger() },
        { kTitle, e.value(kTitle).toString() },
        { kSlug, e.value(kSlug).toString() },
        { kDescription, e.value(kDescription).toString() },
        { QStringLiteral("locations"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("integration") },
                { QStringLiteral("integration"), QStringLiteral("cal-video") } } } },
        { QStringLiteral("bookingFields"), QJsonArray() },
        { QStringLiteral("disableGuests"), false },
        { QStringLiteral("slotInterval"), QJsonValue::Null },
        { kNotice, e.value(kNotice).toInteger(0) },
        { QStringLiteral("beforeEventBuffer"), 0 },
        { QStringLiteral("afterEventBuffer"), 0 },
        { QStringLiteral("recurrence"), QJsonValue::Null },
        { QStringLiteral("metadata"), QJsonObject() },
        { QStringLiteral("price"), 0 },
        { QStringLiteral("currency"), QStringLiteral("usd") },
        { QStringLiteral("lockTimeZoneToggleOnBookingPage"), false },
        { QStringLiteral("seatsPerTimeSlot"), QJsonValue::Null },
        { QStringLiteral("forwardParamsSuccessRedirect"), QJsonValue::Null },
        { QStringLiteral("successRedirectUrl"), QJsonValue::Null },
        { QStringLiteral("isInstantEvent"), false },
        { QStringLiteral("seatsShowAvailabilityCount"), false },
        { QStringLiteral("scheduleId"), QJsonValue::Null },
        { kHidden, e.value(kHidden).toBool(false) },
        { QStringLiteral("bookingRequiresAuthentication"), false },
    };
    if (e.contains(kLengthOptions))
        out.insert(kLengthOptions, e.value(kLengthOptions));
    return out;
}

QJsonObject EventTypeRoutes::teamOutput(const QJsonObject& e) const
{
    QJsonObject out = commonOutput(e);
    out.insert(kTeamId, e.value(kTeamId).isNull() ? QJsonValue() : QJsonValue(e.value(kTeamId).toInteger()));
    out.insert(kOwnerId, e.value(kOwnerId).isNull() ? QJsonValue() : QJsonValue(ownerOf(e)));
    out.insert(
        kParentId, e.value(kParentId).isNull() ? QJsonValue() : QJsonValue(e.value(kParentId).toInteger()));
    out.insert(kHosts, hostsOutput(e));
    out.insert(kAssignAll, e.value(kAssignAll).toBool(false));
    out.insert(kSchedulingType, e.value(kSchedulingType).toString(QStringLiteral("roundRobin")));
    out.insert(QStringLiteral("rescheduleWithSameRoundRobinHost"), false);
    // Children carry no teamId; their team block is the parent's team.
    qint64 teamId = e.value(kTeamId).toInteger();
    if (e.value(kTeamId).isNull() && !e.value(kParentId).isNull())
        if (const QJsonObject* parent = m_state.eventType(e.value(kParentId).toInteger()))
            teamId = parent->value(kTeamId).toInteger();
    const SandboxTeam* team = m_state.team(teamId);
    out.insert(QStringLiteral("team"),
        QJsonObject { { kId, teamId }, { kSlug, team ? team->slug : QString() },
            { QStringLiteral("name"), team ? team->name : QString() },
            { QStringLiteral("bannerUrl"), QString() }, { QStringLiteral("logoUrl"), QString() },
            { QStringLiteral("weekStart"), QStringLiteral("Monday") },
            { QStringLiteral("brandColor"), QStringLiteral("#292929") },
            { QStringLiteral("darkBrandColor"), QStringLiteral("#fafafa") },
            { QStringLiteral("theme"), QString() } });
    return out;
}

QJsonObject EventTypeRoutes::userOutput(const QJsonObject& e) const
{
    QJsonObject out = commonOutput(e);
    const qint64 ownerId = ownerOf(e);
    const SandboxUser* owner = m_state.user(ownerId);
    out.insert(kOwnerId, ownerId);
    out.insert(
        kParentId, e.value(kParentId).isNull() ? QJsonValue() : QJsonValue(e.value(kParentId).toInteger()));
    QJsonArray users;
    if (owner)
        users.append(QJsonObject { { kId, owner->id }, { QStringLiteral("name"), owner->name },
            { QStringLiteral("username"), owner->username },
            { QStringLiteral("avatarUrl"), QJsonValue::Null },
            { QStringLiteral("weekStart"), QStringLiteral("Monday") },
            { QStringLiteral("brandColor"), QJsonValue::Null },
            { QStringLiteral("darkBrandColor"), QJsonValue::Null },
            { QStringLiteral("metadata"), QJsonValue::Null } });
    out.insert(QStringLiteral("users"), users);
    out.insert(QStringLiteral("bookingUrl"),
        QStringLiteral("https://cal.com/%1/%2")
            .arg(owner ? owner->username : QString(), e.value(kSlug).toString()));
    return out;
}

SandboxReply EventTypeRoutes::createTeamEventType(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    if (auto denied = TeamAccess::requireAdmin(m_state, request, teamId))
        return *denied;
    const auto body = bodyObject(request);
    if (!body)
        return validationError({ QStringLiteral("body must be a JSON object") });
    QStringList errors;
    if (!isPositiveInteger(body->value(kLength)))
        errors.append(QStringLiteral("lengthInMinutes must be an integer number"));
    if (!body->value(kTitle).isString() || body->value(kTitle).toString().isEmpty())
        errors.append(QStringLiteral("title must be a string"));
    if (!body->value(kSlug).isString() || body->value(kSlug).toString().isEmpty())
        errors.append(QStringLiteral("slug must be a string"));
    const QString schedulingType = normaliseSchedulingType(body->value(kSchedulingType).toString());
    if (schedulingType.isEmpty())
        errors.append(QStringLiteral(
            "schedulingType must be one of the following values: COLLECTIVE, ROUND_ROBIN, MANAGED"));
    checkOptionalFields(*body, &errors);
    if (!errors.isEmpty())
        return validationError(errors);

    QJsonArray hosts;
    if (body->value(kAssignAll).toBool(false)) {
        hosts = allMembersAsHosts(teamId, schedulingType);
    } else if (body->contains(kHosts)) {
        if (auto error = parseHosts(body->value(kHosts), schedulingType, teamId, &hosts))
            return *error;
    }
    const QString slug = slugify(body->value(kSlug).toString());
    if (teamSlugTaken(teamId, slug, -1))
        return badRequest(QStringLiteral("Team event type with this slug already exists"));

    QJsonObject eventType { { kId, m_state.nextEventTypeId() }, { kTeamId, teamId },
        { kOwnerId, QJsonValue::Null }, { kParentId, QJsonValue::Null },
        { kTitle, body->value(kTitle).toString() }, { kSlug, slug },
        { kLength, body->value(kLength).toInteger() }, { kHidden, false },
        { kSchedulingType, schedulingType }, { kHosts, schedulingType == u"managed" ? QJsonArray() : hosts },
        { kDescription, QString() }, { kAssignAll, body->value(kAssignAll).toBool(false) } };
    copyOptionalFields(*body, &eventType);
    m_state.eventTypes.append(eventType);
    if (schedulingType == u"managed") {
        QList<qint64> assignees;
        for (const QJsonValue& h : hosts)
            assignees.append(h.toObject().value(QStringLiteral("userId")).toInteger());
        syncChildren(eventType, assignees);
    }
    return SandboxReply::success(201, managedOrSingle(eventType));
}

SandboxReply EventTypeRoutes::listTeamEventTypes(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    const QString eventSlug = request.queryValue(QStringLiteral("eventSlug"));
    QList<QJsonObject> found;
    for (const QJsonObject& e : m_state.eventTypes)
        if (!e.value(kTeamId).isNull() && e.value(kTeamId).toInteger() == teamId
            && (!request.hasQuery(QStringLiteral("eventSlug")) || e.value(kSlug).toString() == eventSlug))
            found.append(e);
    const bool descending = request.queryValue(QStringLiteral("sortCreatedAt")) == u"desc";
    std::sort(found.begin(), found.end(), [descending](const QJsonObject& a, const QJsonObject& b) {
        return descending ? a.value(kId).toInteger() > b.value(kId).toInteger()
                          : a.value(kId).toInteger() < b.value(kId).toInteger();
    });
    QJsonArray data;
    for (const QJsonObject& e : found)
        data.append(teamOutput(e));
    return SandboxReply::success(200, data);
}

SandboxReply EventTypeRoutes::getTeamEventType(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    const qint64 id = request.paramId(1);
    if (auto denied = TeamAccess::requireAdmin(m_state, request, teamId))
        return *denied;
    const QJsonObject* e = m_state.eventType(id);
    if (!e || e->value(kTeamId).isNull() || e->value(kTeamId).toInteger() != teamId)
        return notFound(QStringLiteral("Event type with id %1 not found").arg(id));
    return SandboxReply::success(200, teamOutput(*e));
}

SandboxReply EventTypeRoutes::updateTeamEventType(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    const qint64 id = request.paramId(1);
    if (auto denied = TeamAccess::requireAdmin(m_state, request, teamId))
        return *denied;
    QJsonObject* stored = m_state.eventType(id);
    if (!stored || stored->value(kTeamId).isNull() || stored->value(kTeamId).toInteger() != teamId)
        return badRequest(QStringLiteral("Event type to update not found")); // the team e2e pins 400 (§11.12)
    const auto body = bodyObject(request);
    if (!body)
        return validationError({ QStringLiteral("body must be a JSON object") });

    QStringList errors;
    if (body->contains(kLength) && !isPositiveInteger(body->value(kLength)))
        errors.append(QStringLiteral("lengthInMinutes must be an integer number"));
    if (body->contains(kTitle) && !body->value(kTitle).isString())
        errors.append(QStringLiteral("title must be a string"));
    if (body->contains(kSlug) && !body->value(kSlug).isString())
        errors.append(QStringLiteral("slug must be a string"));
    checkOptionalFields(*body, &errors);
    QString newType = stored->value(kSchedulingType).toString();
    if (body->contains(kSchedulingType)) {
        newType = normaliseSchedulingType(body->value(kSchedulingType).toString());
        if (newType.isEmpty())
            errors.append(QStringLiteral(
                "schedulingType must be one of the following values: COLLECTIVE, ROUND_ROBIN"));
    }
    if (!errors.isEmpty())
        return validationError(errors);

    const QString oldType = stored->value(kSchedulingType).toString();
    if (newType != oldType) {
        if (newType == u"managed" || oldType == u"managed")
            return badRequest(
                QStringLiteral("Converting to or from a managed event type is not supported. Create a "
                               "new event type and delete the old one instead."));
        if (!body->contains(kHosts) && !body->value(kAssignAll).toBool(false))
            return badRequest(
                QStringLiteral("When changing schedulingType, hosts or assignAllTeamMembers must be "
                               "provided."));
    } else if (body->contains(kSchedulingType) && newType == u"managed") {
        return badRequest(QStringLiteral("schedulingType managed can't be set when updating an event type."));
    }

    std::optional<QJsonArray> newHosts;
    if (body->value(kAssignAll).toBool(false)) {
        newHosts = allMembersAsHosts(teamId, newType);
    } else if (body->contains(kHosts)) {
        QJsonArray hosts;
        if (auto error = parseHosts(body->value(kHosts), newType, teamId, &hosts))
            return *error;
        newHosts = hosts;
    }
    if (body->contains(kSlug)) {
        const QString slug = slugify(body->value(kSlug).toString());
        if (teamSlugTaken(teamId, slug, m_options.patchSlugCollidesWithSelf ? -1 : id))
            return badRequest(QStringLiteral("Team event type with this slug already exists"));
        stored->insert(kSlug, slug);
    }
    if (body->contains(kTitle))
        stored->insert(kTitle, body->value(kTitle).toString());
    if (body->contains(kLength))
        stored->insert(kLength, body->value(kLength).toInteger());
    if (body->contains(kAssignAll))
        stored->insert(kAssignAll, body->value(kAssignAll).toBool());
    copyOptionalFields(*body, stored);
    stored->insert(kSchedulingType, newType);

    if (newType == u"managed") {
        QList<qint64> assignees;
        if (newHosts) {
            for (const QJsonValue& h : *newHosts)
                assignees.append(h.toObject().value(QStringLiteral("userId")).toInteger());
        } else {
            for (const QJsonObject* child : m_state.childrenOf(id))
                assignees.append(ownerOf(*child));
        }
        const QJsonObject parent = *stored; // syncChildren may grow eventTypes and move `stored`
        syncChildren(parent, assignees);
        return SandboxReply::success(200, managedOrSingle(parent));
    }
    if (newHosts)
        stored->insert(kHosts, *newHosts);
    return SandboxReply::success(200, teamOutput(*stored));
}

SandboxReply EventTypeRoutes::deleteTeamEventType(const SandboxRequest& request)
{
    const qint64 teamId = request.paramId(0);
    const qint64 id = request.paramId(1);
    if (auto denied = TeamAccess::requireAdmin(m_state, request, teamId))
        return *denied;
    const QJsonObject* e = m_state.eventType(id);
    if (!e || e->value(kTeamId).isNull() || e->value(kTeamId).toInteger() != teamId)
        return notFound(QStringLiteral("Event type with ID=%1 does not exist.").arg(id));
    const QString title = e->value(kTitle).toString();
    // Deleting a managed parent deletes its children (database cascade).
    m_state.eventTypes.removeIf([id](const QJsonObject& x) {
        return x.value(kId).toInteger() == id
            || (!x.value(kParentId).isNull() && x.value(kParentId).toInteger() == id);
    });
    return SandboxReply::success(200, QJsonObject { { kId, id }, { kTitle, title } });
}

SandboxReply EventTypeRoutes::listUserEventTypes(const SandboxRequest& request)
{
    QStringList usernames;
    if (request.hasQuery(QStringLiteral("username")))
        usernames.append(request.queryValue(QStringLiteral("username")));
    else if (request.hasQuery(QStringLiteral("usernames")))
        usernames = request.queryValue(QStringLiteral("usernames")).split(u',', Qt::SkipEmptyParts);
    else if (request.authUserId)
        if (const SandboxUser* me = m_state.user(*request.authUserId))
            usernames.append(me->username);
    if (usernames.isEmpty())
        return notFound(QStringLiteral("Event types not found"));
    const bool bySlug = request.hasQuery(QStringLiteral("eventSlug"));
    const QString eventSlug = request.queryValue(QStringLiteral("eventSlug"));
    QJsonArray data;
    for (const QString& username : usernames) {
        const SandboxUser* user = m_state.userByUsername(username.trimmed());
        if (!user)
            continue; // newer builds answer 200 [] for unknown users (§11.3)
        for (const QJsonObject* e : m_state.eventTypesOwnedBy(user->id)) {
            if (bySlug && e->value(kSlug).toString() != eventSlug)
                continue;
            // Hidden event types are visible to their owner only (§11.4).
            if (e->value(kHidden).toBool(false) && request.authUserId != user->id)
                continue;
            data.append(userOutput(*e));
        }
    }
    return SandboxReply::success(200, data);
}

SandboxReply EventTypeRoutes::createUserEventType(const SandboxRequest& request)
{
    const auto body = bodyObject(request);
    if (!body)
        return validationError({ QStringLiteral("body must be a JSON object") });
    QStringList errors;
    if (!isPositiveInteger(body->value(kLength)))
        errors.append(QStringLiteral("lengthInMinutes must be an integer number"));
    if (!body->value(kTitle).isString() || body->value(kTitle).toString().isEmpty())
        errors.append(QStringLiteral("title must be a string"));
    if (!body->value(kSlug).isString() || body->value(kSlug).toString().isEmpty())
        errors.append(QStringLiteral("slug must be a string"));
    checkOptionalFields(*body, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const qint64 ownerId = *request.authUserId;
    const QString slug = slugify(body->value(kSlug).toString());
    for (const QJsonObject* e : m_state.eventTypesOwnedBy(ownerId))
        if (e->value(kSlug).toString() == slug)
            return badRequest(QStringLiteral("User already has an event type with this slug."));
    QJsonObject eventType { { kId, m_state.nextEventTypeId() }, { kTeamId, QJsonValue::Null },
        { kOwnerId, ownerId }, { kParentId, QJsonValue::Null }, { kTitle, body->value(kTitle).toString() },
        { kSlug, slug }, { kLength, body->value(kLength).toInteger() }, { kHidden, false },
        { kSchedulingType, QJsonValue::Null }, { kHosts, QJsonArray() }, { kDescription, QString() } };
    copyOptionalFields(*body, &eventType);
    m_state.eventTypes.append(eventType);
    return SandboxReply::success(201, userOutput(eventType));
}

} // namespace salon::sandbox
