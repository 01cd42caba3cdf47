#include "ResolvedEventType.h"

#include <QCoreApplication>

namespace salon::eventmaps
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("salon::eventmaps::ResolveFailure", text);
}
} // namespace

QString ResolveFailure::message() const
{
    switch (kind()) {
    case Kind::NoChildForHost: {
        const auto* d = as<NoChildForHost>();
        return tr("The managed event type %1 has no personal copy (child) for Cal.com user %2, so there is "
                  "nothing that can be booked for this staff member (Cal.com skips the child, for example, "
                  "when the user already owns an event type with the same slug).")
            .arg(d->parentId)
            .arg(d->calcomUserId);
    }
    case Kind::ChildNotVisible: {
        const auto* d = as<ChildNotVisible>();
        return tr(
            "Cal.com lists user %1 (%2) as host of the managed event type %3, so a child exists, but it is "
            "not visible to this API key (Cal.com hides hidden event types from everyone but their owner).")
            .arg(d->calcomUserId)
            .arg(d->username)
            .arg(d->parentId);
    }
    case Kind::EventTypeMissing:
        return tr("The event type %1 does not exist in the Cal.com team.")
            .arg(as<EventTypeMissing>()->eventTypeId);
    case Kind::StaffWithoutCalcomUser: {
        const auto* d = as<StaffWithoutCalcomUser>();
        return tr("Staff member %1 is not linked to a Cal.com user (user id or username missing).")
            .arg(d->staffName.isEmpty() ? d->staffId : d->staffName);
    }
    case Kind::CalcomFailure:
        return as<CalcomFailure>()->error.userMessage();
    }
    return {};
}

QString ResolveFailure::kindName() const
{
    return kindName(kind());
}

QString ResolveFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoChildForHost:
        return QStringLiteral("noChildForHost");
    case Kind::ChildNotVisible:
        return QStringLiteral("childNotVisible");
    case Kind::EventTypeMissing:
        return QStringLiteral("eventTypeMissing");
    case Kind::StaffWithoutCalcomUser:
        return QStringLiteral("staffWithoutCalcomUser");
    case Kind::CalcomFailure:
        return QStringLiteral("calcomFailure");
    }
    return {};
}

} // namespace salon::eventmaps
