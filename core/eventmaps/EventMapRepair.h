#pragma once

#include "EventMapData.h"
#include "EventMapPlanJob.h"

#include <QPointer>

namespace salon::eventmaps
{

class EventMapVerifier;
class EventTypeResolver;

// Plans `repair-event-maps`: every row whose stored child is poison — the parent itself
// (child-equals-parent), not the staff user's child of that parent (child-mismatch), or one child stored for
// several staff members (event-type-shared-by-staff) — gets child_event_type_id = NULL and child_resolved_at
// = NULL, and where the staff user really has a child, that child is stored instead. Apply the plan with
// EventMapRepository::apply().
//
// With resolver == nullptr (offline) only child-equals-parent rows are cleared: the others need Cal.com.
// Asynchronous: plan(), then finished(); result() or errorString().
class EventMapRepair : public EventMapPlanJob
{
    Q_OBJECT
public:
    explicit EventMapRepair(EventTypeResolver* resolver, QObject* parent = nullptr);
    ~EventMapRepair() override;

protected:
    void doStart() override;

private:
    void planRows(const QList<qint64>& mapIds);

    QPointer<EventTypeResolver> m_resolver;
    EventMapVerifier* m_verifier = nullptr;
};

} // namespace salon::eventmaps
