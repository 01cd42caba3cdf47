#pragma once

#include "common/Expected.h"
#include "domain/EventMapEntry.h"
#include "domain/StaffMember.h"
#include "eventmaps/ResolvedEventType.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace salon::calcom
{
class CalcomClient;
}
namespace salon::eventmaps
{
class EventTypeResolver;
}

namespace salon::lifecycle
{

// The event type a step is checked and booked on, with what a move needs to know about it: its default
// length (a reschedule takes it, §12.2) and whether it has several (then a move cancels and books again).
struct StepEventType {
    qint64 id = 0;
    int lengthMinutes = 0; // 0 when Cal.com's view of it was not read
    QList<int> lengthOptions; // non-empty for multi-duration event types

    bool hasMultipleDurations() const { return lengthOptions.size() > 1; }
};

// Finds StepEventTypes for (event map row, staff member) through one EventTypeResolver per run: the team's
// event types once, each staff user's event types at most once (for stored MANAGED children, whose details
// are not in the team list). Never a MANAGED parent (the resolver's rule).
class EventTypeLookup : public QObject
{
    Q_OBJECT
public:
    using Result = Expected<StepEventType, eventmaps::ResolveFailure>;

    EventTypeLookup(calcom::CalcomClient* client, qint64 teamId, QObject* parent = nullptr);
    // Shares a resolver (and its cache) with the caller, e.g. a sync batch's.
    explicit EventTypeLookup(eventmaps::EventTypeResolver* resolver, QObject* parent = nullptr);
    ~EventTypeLookup() override;

    void lookup(const EventMapEntry& entry, const StaffMember& staff, QObject* context,
        std::function<void(const Result&)> done);
    int requestCount() const;

private:
    eventmaps::EventTypeResolver* m_resolver;
};

} // namespace salon::lifecycle
