#pragma once

#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace salon::sandbox
{

// What booking creation, reschedule and GET /v2/slots share in Cal.com: which event type a request names,
// who hosts it, who is busy when, each host's working hours, and the input pipe's message format.
class BookingRules
{
public:
    BookingRules(const SandboxState& state, const SandboxOptions& options);

    // The team an event type's bookings belong to (a managed child's team is its parent's); 0 for none.
    qint64 teamOf(const QJsonObject& eventType) const;
    // Picks the host(s) for a booking of [start, end), or answers "slot taken" (400, or 409 by option).
    // `ignoreUid` excludes the booking being rescheduled.
    // `busy` (from busyTimes(ignoreUid)) answers without reading every booking again.
    using BusyTimes = QHash<qint64, QList<std::pair<QDateTime, QDateTime>>>;
    std::optional<SandboxReply> chooseHosts(const QJsonObject& eventType, const QDateTime& start,
        const QDateTime& end, const QString& ignoreUid, QList<qint64>* hostIds,
        const BusyTimes* busy = nullptr) const;
    static bool isBusy(qint64 userId, const QDateTime& start, const QDateTime& end, const BusyTimes& busy);
    // Every user's accepted bookings as [start, end), `ignoreUid` left out: read once for a slot listing,
    // which asks about every slot of a day.
    BusyTimes busyTimes(const QString& ignoreUid) const;
    // [start, end) lies in the user's working hours (default Monday-Friday 09:00-17:00 in their zone).
    bool isWorking(qint64 userId, const QDateTime& start, const QDateTime& end) const;
    QJsonObject hostOutput(qint64 userId) const;
    // The event type a request names by eventTypeId, eventTypeSlug+username or eventTypeSlug+teamSlug.
    const QJsonObject* findEventType(const QJsonObject& selector, std::optional<SandboxReply>* error) const;

    // The input pipe's answers (CreateBookingInputPipe and its siblings, forbidNonWhitelisted).
    static SandboxReply badRequest(const QString& message);
    static SandboxReply notFound(const QString& message);
    // "<prop> property is wrong,<constraint> ".
    static QString pipeMessage(const QString& property, const QString& constraint);
    static std::optional<SandboxReply> rejectUnknownFields(
        const QJsonObject& body, const QStringList& allowed);

    static QString isoUtc(const QDateTime& t);
    static QDateTime parseInstant(const QString& text);
    static QDateTime startOf(const QJsonObject& booking);
    static QDateTime endOf(const QJsonObject& booking);
    static qint64 ownerOf(const QJsonObject& eventType);
    static bool isActive(const QJsonObject& booking);

private:
    const SandboxState& m_state;
    const SandboxOptions& m_options;
};

} // namespace salon::sandbox
