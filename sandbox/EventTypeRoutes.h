#pragma once

#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace salon::sandbox
{

// Team event types (/v2/teams/{teamId}/event-types…) and the user event-type routes (/v2/event-types,
// cal-api-version 2024-06-14), including MANAGED parents and their user-owned children (API-FACTS §2).
class EventTypeRoutes
{
public:
    EventTypeRoutes(SandboxState& state, const SandboxOptions& options);

    // params: [teamId]
    SandboxReply createTeamEventType(const SandboxRequest& request);
    SandboxReply listTeamEventTypes(const SandboxRequest& request);
    // params: [teamId, eventTypeId]
    SandboxReply getTeamEventType(const SandboxRequest& request);
    SandboxReply updateTeamEventType(const SandboxRequest& request);
    SandboxReply deleteTeamEventType(const SandboxRequest& request);
    // /v2/event-types
    SandboxReply listUserEventTypes(const SandboxRequest& request);
    SandboxReply createUserEventType(const SandboxRequest& request);

    // TeamEventTypeOutput_2024_06_14 / EventTypeOutput_2024_06_14 for a stored event type.
    QJsonObject teamOutput(const QJsonObject& eventType) const;
    QJsonObject userOutput(const QJsonObject& eventType) const;

    // "roundRobin" for "roundRobin" or "ROUND_ROBIN", etc.; empty for anything else.
    static QString normaliseSchedulingType(const QString& value);

private:
    QJsonObject commonOutput(const QJsonObject& eventType) const;
    QJsonArray hostsOutput(const QJsonObject& eventType) const;
    // Validates a hosts[] input and returns stored hosts, or the error answer.
    std::optional<SandboxReply> parseHosts(
        const QJsonValue& hostsValue, const QString& schedulingType, qint64 teamId, QJsonArray* out) const;
    QJsonArray allMembersAsHosts(qint64 teamId, const QString& schedulingType) const;
    bool teamSlugTaken(qint64 teamId, const QString& slug, qint64 exceptId) const;
    // Creates/updates/deletes the children of a MANAGED parent for the given assignees. A user who already
    // owns another event type with the parent's slug is skipped silently (handleChildrenEventTypes.ts).
    void syncChildren(const QJsonObject& parent, const QList<qint64>& assignees);
    QJsonValue managedOrSingle(const QJsonObject& eventType) const;

    SandboxState& m_state;
    const SandboxOptions& m_options;
};

} // namespace salon::sandbox
