#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace salon::eventtypes
{

// Where one plan item stands in an EventTypeCreationRun.
struct ItemProgress {
    Q_DECLARE_TR_FUNCTIONS(salon::eventtypes::ItemProgress)
public:
    enum class State {
        Waiting, // queued (or not started yet)
        Running, // a request for it is queued in the rate limiter or on the wire
        Done, // created or adopted, and the map row re-pointed
        Unchanged, // "keep": nothing to do
        Skipped, // conflict or blocked: never touched
        Failed, // see message; retryFailed() tries again (looking the slug up first)
        Cancelled, // cancelled before its request was sent; a re-run resumes it
    };

    State state = State::Waiting;
    // Cal.com's message on failure, or a note on what happened (translated, except Cal.com's own text).
    QString message;
    // The event type the map row now points to (Done).
    std::optional<qint64> eventTypeId;
    // The slug as Cal.com stored it.
    QString slug;
    // Cal.com answered an error but had created the event type anyway (issue #19796): adopted, not
    // duplicated.
    bool adoptedAfterError = false;
    // POSTs sent for this item.
    int createRequests = 0;

    bool isFinal() const { return state != State::Waiting && state != State::Running; }

    static QString stateName(State state);
    static QString stateLabel(State state);
};

} // namespace salon::eventtypes
