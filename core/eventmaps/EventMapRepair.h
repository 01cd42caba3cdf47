#pragma once

#include "EventMapChange.h"
#include "EventMapData.h"

#include <QObject>
#include <QPointer>

namespace salon::eventmaps {

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
class EventMapRepair : public QObject {
    Q_OBJECT
public:
    explicit EventMapRepair(EventTypeResolver* resolver, QObject* parent = nullptr);
    ~EventMapRepair() override;

    void plan(const EventMapData& data);

    bool isFinished() const { return m_finished; }
    const EventMapPlan& result() const { return m_plan; }
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    // CLI AND TESTS ONLY.
    bool waitForFinished(int timeoutMs = -1);

signals:
    void finished();

private:
    void planRows(const QList<qint64>& mapIds);
    void rowDone();
    void finish();

    QPointer<EventTypeResolver> m_resolver;
    EventMapVerifier* m_verifier = nullptr;
    EventMapData m_data;
    EventMapPlan m_plan;
    QString m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace salon::eventmaps
