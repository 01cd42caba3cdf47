#pragma once

#include "EventMapData.h"
#include "EventMapPlanJob.h"

#include <QPointer>

namespace salon::eventmaps
{

class EventTypeResolver;

// Plans `populate-event-maps`: for map rows on MANAGED parents whose child_event_type_id is NULL, the
// staff user's child is resolved and stored with child_resolved_at. Where no child exists the row stays
// NULL and a warning says why — never `child = parent` (the incident's fallback). Rows with a poisoned
// child are left to repair-event-maps. Apply the plan with EventMapRepository::apply().
//
// Asynchronous: plan(), then finished(); result() or errorString(). The resolver's cache makes the whole
// run cost one team list plus one list per staff user.
class EventMapPopulator : public EventMapPlanJob
{
    Q_OBJECT
public:
    explicit EventMapPopulator(EventTypeResolver* resolver, QObject* parent = nullptr);
    ~EventMapPopulator() override;

protected:
    void doStart() override;

private:
    QPointer<EventTypeResolver> m_resolver;
};

} // namespace salon::eventmaps
