#include "BookingChangeRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace salon::sandbox
{

namespace
{

const QString kId = QStringLiteral("id");
const QString kUid = QStringLiteral("uid");
const QString kStatus = QStringLiteral("status");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kHosts = QStringLiteral("hosts");
const QString kEventTypeId = QStringLiteral("eventTypeId");
const QString kUpdatedAt = QStringLiteral("updatedAt");

const QStringList kCancelFields { QStringLiteral("cancellationReason"),
    QStringLiteral("cancelSubsequentBookings"), QStringLiteral("seatUid") };
const QStringList kRescheduleFields { QStringLiteral("start"), QStringLiteral("rescheduledBy"),
    QStringLiteral("reschedulingReason"), QStringLiteral("emailVerificationCode"),
    QStringLiteral("seatUid") };

} // namespace

BookingChangeRoutes::BookingChangeRoutes(
    SandboxState& state, const SandboxOptions& options, const SandboxClock& clock)
    : m_state(state)
    , m_options(options)
    , m_clock(clock)
    , m_rules(state, options)
{
}

SandboxReply BookingChangeRoutes::cancel(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return BookingRules::badRequest(QStringLiteral("Body should be an object"));
        body = doc.object();
    }
    if (auto rejected = BookingRules::rejectUnknownFields(body, kCancelFields))
        return *rejected;
    if (body.contains(QStringLiteral("cancellationReason"))
        && !body.value(QStringLiteral("cancellationReason")).isString())
        return BookingRules::badRequest(BookingRules::pipeMessage(
            QStringLiteral("cancellationReason"), QStringLiteral("cancellationReason must be a string")));
    QJsonObject* booking = m_state.booking(uid);
    if (!booking)
        return BookingRules::notFound(QStringLiteral("Booking with uid=%1 not found").arg(uid));
    if (booking->value(kStatus).toString() == u"cancelled")
        return BookingRules::badRequest(
            QStringLiteral("Can't cancel booking with uid=%1 because it has been cancelled already. Please "
                           "provide uid of a booking that is not cancelled.")
                .arg(uid));
    // A host cancelling must say why (§12.6); cancel-side-effects.e2e-spec.ts in another build accepts {}.
    const QString reason = body.value(QStringLiteral("cancellationReason")).toString();
    if (m_options.hostCancelNeedsReason && reason.trimmed().isEmpty() && request.authUserId) {
        for (const QJsonValue& h : booking->value(kHosts).toArray())
            if (h.toObject().value(kId).toInteger() == *request.authUserId)
                return BookingRules::badRequest(
                    QStringLiteral("Cancellation reason is required when you are the host"));
    }
    booking->insert(kStatus, QStringLiteral("cancelled"));
    if (body.contains(QStringLiteral("cancellationReason")))
        booking->insert(
            QStringLiteral("cancellationReason"), body.value(QStringLiteral("cancellationReason")));
    if (request.authUserId)
        if (const SandboxUser* u = m_state.user(*request.authUserId))
            booking->insert(QStringLiteral("cancelledByEmail"), u->email);
    booking->insert(kUpdatedAt, BookingRules::isoUtc(m_clock.now()));
    return SandboxReply::success(200, *booking);
}

SandboxReply BookingChangeRoutes::reschedule(const SandboxRequest& request)
{
    const QString uid = request.params.value(0);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (request.body.trimmed().isEmpty())
        return BookingRules::badRequest(QStringLiteral("Body is required"));
    if (!doc.isObject())
        return BookingRules::badRequest(QStringLiteral("Body should be an object"));
    const QJsonObject body = doc.object();
    if (auto rejected = BookingRules::rejectUnknownFields(body, kRescheduleFields))
        return *rejected;
    const QDateTime start = BookingRules::parseInstant(body.value(kStart).toString());
    if (!start.isValid())
        return BookingRules::badRequest(BookingRules::pipeMessage(
            QStringLiteral("start"), QStringLiteral("start must be a valid ISO 8601 date string")));
    const QJsonObject* found = m_state.booking(uid);
    if (!found)
        return BookingRules::notFound(
            QStringLiteral("Booking with uid=%1 was not found in the database").arg(uid));
    const QJsonObject old = *found;
    if (old.value(kStatus).toString() == u"cancelled") {
        const QString newUid = old.value(QStringLiteral("rescheduledToUid")).toString();
        if (!newUid.isEmpty())
            return BookingRules::badRequest(
                QStringLiteral("Can't reschedule booking with uid=%1 because it has been cancelled and "
                               "rescheduled already to booking with uid=%2. You probably want to "
                               "reschedule %2 instead by passing it within the request URL.")
                    .arg(uid, newUid));
        return BookingRules::badRequest(
            QStringLiteral("Can't reschedule booking with uid=%1 because it has been cancelled. Please "
                           "provide uid of a booking that is not cancelled.")
                .arg(uid));
    }
    const QDateTime now = m_clock.now();
    if (start < now)
        return BookingRules::badRequest(QStringLiteral("Attempting to book a meeting in the past."));
    const QJsonObject* et = m_state.eventType(old.value(kEventTypeId).toInteger());
    if (!et)
        return BookingRules::notFound(
            QStringLiteral("Event type with id %1 not found.").arg(old.value(kEventTypeId).toInteger()));
    // Minimum booking notice, as on create: reschedule goes through the create path (§12.3).
    const qint64 notice = et->value(QStringLiteral("minimumBookingNotice")).toInteger(0);
    if (notice > 0 && start < now.addSecs(notice * 60))
        return BookingRules::badRequest(QStringLiteral(
            "The event type can't be booked at the \"start\" time provided. This could be because "
            "it's too soon (violating the minimum booking notice) or too far in the future "
            "(outside the event's scheduling window). Try fetching available slots first using "
            "the GET /v2/slots endpoint and then make a booking with \"start\" time equal to one "
            "of the available slots: https://cal.com/docs/api-reference/v2/slots"));
    // The new end follows the event type's default length, not the old booking's (§12.2).
    const qint64 length = et->value(QStringLiteral("lengthInMinutes")).toInteger();
    const QDateTime end = start.addSecs(length * 60);
    QList<qint64> hostIds;
    if (auto taken = m_rules.chooseHosts(*et, start, end, uid, &hostIds))
        return *taken;

    QJsonObject fresh = old;
    fresh.insert(kId, m_state.nextBookingId());
    fresh.insert(kUid, QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-').left(22));
    fresh.insert(kHosts, QJsonArray { m_rules.hostOutput(hostIds.value(0)) });
    fresh.insert(kStart, BookingRules::isoUtc(start));
    fresh.insert(kEnd, BookingRules::isoUtc(end));
    fresh.insert(QStringLiteral("duration"), length);
    fresh.insert(kStatus, QStringLiteral("accepted"));
    fresh.insert(QStringLiteral("createdAt"), BookingRules::isoUtc(now));
    fresh.insert(kUpdatedAt, BookingRules::isoUtc(now));
    fresh.insert(QStringLiteral("rescheduledFromUid"), uid);
    fresh.remove(QStringLiteral("cancellationReason"));
    fresh.remove(QStringLiteral("cancelledByEmail"));
    if (body.contains(QStringLiteral("reschedulingReason")))
        fresh.insert(QStringLiteral("reschedulingReason"), body.value(QStringLiteral("reschedulingReason")));
    if (body.contains(QStringLiteral("rescheduledBy")))
        fresh.insert(QStringLiteral("rescheduledByEmail"), body.value(QStringLiteral("rescheduledBy")));

    QJsonObject* original = m_state.booking(uid);
    original->insert(kStatus, QStringLiteral("cancelled"));
    original->insert(QStringLiteral("rescheduledToUid"), fresh.value(kUid));
    if (body.contains(QStringLiteral("rescheduledBy")))
        original->insert(QStringLiteral("rescheduledByEmail"), body.value(QStringLiteral("rescheduledBy")));
    original->insert(kUpdatedAt, BookingRules::isoUtc(now));
    m_state.bookings.append(fresh);
    return SandboxReply::success(201, fresh);
}

} // namespace salon::sandbox
