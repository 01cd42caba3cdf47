#pragma once

#include "calcom/CalcomError.h"
#include "calcom/EventType.h"

#include <QString>

#include <optional>
#include <variant>

namespace salon::eventmaps
{

// The event type to book for one (map row, staff member). eventTypeId is never a MANAGED parent.
struct ResolvedEventType {
    enum class Source {
        StoredChild, // calcom_event_map.child_event_type_id (no request was needed)
        NotManaged, // event_type_id itself: a round-robin or collective team event type
        ManagedChild, // the staff user's child of the MANAGED parent event_type_id, found in Cal.com
    };

    qint64 eventTypeId = 0; // what to send to Cal.com
    qint64 mapEventTypeId = 0; // the row's event_type_id (the parent when source != NotManaged)
    Source source = Source::NotManaged;
    std::optional<calcom::EventType> eventType; // Cal.com's view of eventTypeId, when it was read
};

// --- why there is nothing to book ----------------------------------------------------------------------

// The MANAGED parent has no child for this user (its hosts do not list the user). The incident's state.
struct NoChildForHost {
    qint64 parentId = 0;
    qint64 calcomUserId = 0;
};
// The parent lists the user as host (so a child exists), but the user lookup does not show it:
// Cal.com hides hidden event types from everyone but their owner.
struct ChildNotVisible {
    qint64 parentId = 0;
    qint64 calcomUserId = 0;
    QString username;
};
// The event type of the map row does not exist in Cal.com (not in the team, 404).
struct EventTypeMissing {
    qint64 eventTypeId = 0;
};
// The staff member has no calcom_user_id (or, for a MANAGED parent, no username to look the child up).
struct StaffWithoutCalcomUser {
    QString staffId;
    QString staffName;
};
// Cal.com could not be asked (network, auth, rate limit, server error).
struct CalcomFailure {
    calcom::CalcomError error;
};

class ResolveFailure
{
public:
    enum class Kind {
        NoChildForHost,
        ChildNotVisible,
        EventTypeMissing,
        StaffWithoutCalcomUser,
        CalcomFailure
    };
    using Detail = std::variant<NoChildForHost, ChildNotVisible, EventTypeMissing, StaffWithoutCalcomUser,
        CalcomFailure>;

    ResolveFailure(Detail detail)
        : m_detail(std::move(detail))
    {
    }

    Kind kind() const { return static_cast<Kind>(m_detail.index()); }
    const Detail& detail() const { return m_detail; }
    template <typename T> const T* as() const { return std::get_if<T>(&m_detail); }

    // A translated sentence for salon admins.
    QString message() const;
    // Stable lower-camel name ("noChildForHost", ...), for logs, JSON and persisted attempts.
    QString kindName() const;
    static QString kindName(Kind kind);

private:
    Detail m_detail;
};

} // namespace salon::eventmaps
