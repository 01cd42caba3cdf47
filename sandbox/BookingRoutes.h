#pragma once

#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace salon::sandbox
{

// Bookings, cal-api-version 2024-08-13 (API-FACTS §3): create with the error catalogue in Cal.com's order,
// list with filters and pagination, get, cancel and reschedule; plus GET /v2/teams/{teamId}/bookings and
// GET /v2/slots (2024-09-04), which shares the host-availability rules with booking creation.
class BookingRoutes
{
public:
    BookingRoutes(SandboxState& state, const SandboxOptions& options, const SandboxClock& clock);

    SandboxReply create(const SandboxRequest& request);
    SandboxReply list(const SandboxRequest& request);
    SandboxReply listForTeam(const SandboxRequest& request); // params: [teamId]
    SandboxReply get(const SandboxRequest& request); // params: [uid]
    SandboxReply cancel(const SandboxRequest& request); // params: [uid]
    SandboxReply reschedule(const SandboxRequest& request); // params: [uid]
    SandboxReply availableSlots(const SandboxRequest& request); // GET /v2/slots

private:
    // The team an event type's bookings belong to (a managed child's team is its parent's); 0 for none.
    qint64 teamOf(const QJsonObject& eventType) const;
    // Picks the host(s) for a booking, or answers "slot taken". `ignoreUid` excludes the booking being
    // rescheduled.
    std::optional<SandboxReply> chooseHosts(const QJsonObject& eventType, const QDateTime& start,
        const QDateTime& end, const QString& ignoreUid, QList<qint64>* hostIds) const;
    bool isBusy(qint64 userId, const QDateTime& start, const QDateTime& end, const QString& ignoreUid) const;
    QJsonObject hostOutput(qint64 userId) const;
    // The event type a request names by eventTypeId, eventTypeSlug+username or eventTypeSlug+teamSlug.
    const QJsonObject* findEventType(const QJsonObject& selector, std::optional<SandboxReply>* error) const;
    SandboxReply listFiltered(
        const SandboxRequest& request, const std::function<bool(const QJsonObject&)>& visible);
    // Strict body check like CreateBookingInputPipe (forbidNonWhitelisted).
    static std::optional<SandboxReply> rejectUnknownFields(
        const QJsonObject& body, const QStringList& allowed);

    SandboxState& m_state;
    const SandboxOptions& m_options;
    const SandboxClock& m_clock;
};

} // namespace salon::sandbox
