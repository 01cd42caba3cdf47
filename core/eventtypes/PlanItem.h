#pragma once

#include "calcom/TeamEventTypeInput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace salon::eventtypes
{

// One (service, staff-required segment, staff member) of an event-type plan: the team event type it should
// have, and what the map and Cal.com say about it now.
struct PlanItem {
    Q_DECLARE_TR_FUNCTIONS(salon::eventtypes::PlanItem)
public:
    enum class Classification {
        Create, // no map row (or nothing to keep) and no event type with the slug: POST one
        Adopt, // a team event type with the slug exists and matches: point the map at it, create nothing
        Keep, // the map row already points to a valid non-managed type with the right host and length
        Replace, // the map row points to a MANAGED parent or a broken type: POST a new one, re-point the row
        Conflict, // the slug exists but does not match (or another planned item has it): shown, not touched
        Blocked, // cannot be planned: the staff member has no Cal.com user id
    };

    qint64 serviceId = 0;
    QString serviceName;
    QString segmentKey;
    QString segmentName;
    int durationMinutes = 0;
    QString staffId;
    QString staffName;
    std::optional<qint64> calcomUserId;

    QString title;
    QString slug; // already slugified (EventTypeSlug)

    Classification classification = Classification::Create;
    // The map row for (service, segment, staff), when there is one, and what it points to now.
    std::optional<qint64> mapRowId;
    std::optional<qint64> mapEventTypeId;
    std::optional<qint64> mapChildEventTypeId;
    // The map row points to a MANAGED parent: after the switch the parent may be retired.
    bool mapPointsToManagedParent = false;
    // Keep/Adopt: the event type that stays; Conflict: the one holding the slug.
    std::optional<qint64> existingEventTypeId;
    // Why this classification (translated, for the review table and the CLI).
    QString reason;

    // The run sends a POST for this item.
    bool needsCreate() const
    {
        return classification == Classification::Create || classification == Classification::Replace;
    }
    // The run writes the map row for this item (create, replace, adopt).
    bool changesMap() const { return needsCreate() || classification == Classification::Adopt; }
    // The body of the POST /v2/teams/{teamId}/event-types this item sends (for Create/Replace; shown in
    // review).
    calcom::TeamEventTypeInput input() const;
    // "Fabian Spitzer · Ansatzfärbung · A" — for progress lines.
    QString displayName() const;

    // Stable lower-case name for JSON and logs ("create", "adopt", ...).
    static QString classificationName(Classification classification);
    // Translated label for people.
    static QString classificationLabel(Classification classification);

    QJsonObject toJson() const;
};

} // namespace salon::eventtypes
