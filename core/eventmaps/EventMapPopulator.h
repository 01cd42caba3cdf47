#pragma once

#include "EventMapChange.h"
#include "EventMapData.h"

#include <QObject>
#include <QPointer>

namespace salon::eventmaps {

class EventTypeResolver;

// Plans `populate-event-maps`: for map rows on MANAGED parents whose child_event_type_id is NULL, the
// staff user's child is resolved and stored with child_resolved_at. Where no child exists the row stays
// NULL and a warning says why — never `child = parent` (the incident's fallback). Rows with a poisoned
// child are left to repair-event-maps. Apply the plan with EventMapRepository::apply().
//
// Asynchronous: plan(), then finished(); result() or errorString(). The resolver's cache makes the whole
// run cost one team list plus one list per staff user.
class EventMapPopulator : public QObject {
    Q_OBJECT
public:
    explicit EventMapPopulator(EventTypeResolver* resolver, QObject* parent = nullptr);
    ~EventMapPopulator() override;

    void plan(const EventMapData& data);

    bool isFinished() const { return m_finished; }
    const EventMapPlan& result() const { return m_plan; }
    // Non-empty when Cal.com could not be asked; the plan is then incomplete and must not be applied.
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    // CLI AND TESTS ONLY.
    bool waitForFinished(int timeoutMs = -1);

signals:
    void finished();

private:
    void rowDone();
    void finish();

    QPointer<EventTypeResolver> m_resolver;
    EventMapPlan m_plan;
    QString m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace salon::eventmaps
