#pragma once

#include "AvailableSlots.h"
#include "Booking.h"
#include "BookingInput.h"
#include "BookingPage.h"
#include "BookingQuery.h"
#include "CalcomRequest.h"
#include "CalcomSettings.h"
#include "EventType.h"
#include "Me.h"
#include "Membership.h"
#include "RateLimiter.h"
#include "RescheduleInput.h"
#include "RetryPolicy.h"
#include "SavedEventType.h"
#include "SlotQuery.h"
#include "Team.h"
#include "TeamEventTypeInput.h"
#include "TeamEventTypePatch.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace salon::calcom
{

class BookingListJob;
class TeamResolver;

// The Cal.com API v2 client: one QNetworkAccessManager, one shared RateLimiter, typed asynchronous jobs.
// Every method returns at once with a job (parented to the client, auto-deleting after finished());
// connect to CalcomJob::finished, then read job->error() or job->result(). Nothing here blocks.
//
//   auto* job = client->teamEventTypes(teamId, QStringLiteral("haircut"));
//   connect(job, &CalcomJob::finished, this, [job] {
//       if (job->hasError()) { show(job->error().userMessage()); return; }
//       for (const EventType& et : job->result()) ...
//   });
//
// Headers: "Authorization: Bearer <key>" and the cal-api-version each family needs (bookings 2024-08-13,
// user event types 2024-06-14, team routes and /me none). The key is never logged or put into errors.
class CalcomClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kBookingsApiVersion = "2024-08-13";
    static constexpr const char* kEventTypesApiVersion = "2024-06-14";
    static constexpr const char* kSlotsApiVersion = "2024-09-04";

    explicit CalcomClient(const CalcomSettings& settings, QObject* parent = nullptr);
    ~CalcomClient() override;

    const CalcomSettings& settings() const { return m_settings; }
    // Applies to requests started afterwards; also sets the limiter's budget.
    void setSettings(const CalcomSettings& settings);
    // The key from ApiKeyStore::resolveKey(). Kept in memory only.
    void setApiKey(const QString& key) { m_apiKey = key.trimmed(); }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    RateLimiter* rateLimiter() const { return m_limiter; }
    // Share one limiter between clients that use the same key (not owned; must outlive the client).
    void setRateLimiter(RateLimiter* limiter);
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

    // --- who am I -------------------------------------------------------------------------------
    // GET /v2/me
    CalcomReply<Me>* me();
    // GET /v2/teams — the teams of the key's user.
    CalcomReply<QList<Team>>* teams();
    // The configured team, or the key user's only team (see TeamResolver).
    TeamResolver* resolveTeam();
    // GET /v2/teams/{teamId}/memberships?take=&skip= — one page (Cal.com allows take 1–250).
    CalcomReply<QList<Membership>>* teamMemberships(qint64 teamId, int take = 250, int skip = 0);

    // --- team event types (no cal-api-version) ----------------------------------------------------
    // GET /v2/teams/{teamId}/event-types[?eventSlug=] — with a slug: 0 or 1 entries (the idempotency check
    // before a create). Hidden ones are included. A MANAGED parent's hosts are the users that have a child.
    CalcomReply<QList<EventType>>* teamEventTypes(qint64 teamId, const QString& eventSlug = {});
    // GET /v2/teams/{teamId}/event-types/{id}. Managed children are not found here (they are user-owned).
    CalcomReply<EventType>* teamEventType(qint64 teamId, qint64 eventTypeId);
    // POST /v2/teams/{teamId}/event-types. Never re-sent: after ANY error look the slug up before trying
    // again (Cal.com has answered 500 or "slug exists" while creating anyway).
    CalcomReply<SavedEventType>* createTeamEventType(qint64 teamId, const TeamEventTypeInput& input);
    // PATCH /v2/teams/{teamId}/event-types/{id}. With `current`, unchanged fields (the slug!) are dropped
    // first. MANAGED parents answer [parent, ...children].
    CalcomReply<SavedEventType>* updateTeamEventType(qint64 teamId, qint64 eventTypeId,
        TeamEventTypePatch patch, const std::optional<EventType>& current = std::nullopt);
    // DELETE /v2/teams/{teamId}/event-types/{id}; the result is the deleted id. A 404 on a retry counts
    // as deleted.
    CalcomReply<qint64>* deleteTeamEventType(qint64 teamId, qint64 eventTypeId);

    // --- user event types (cal-api-version 2024-06-14) ---------------------------------------------
    // GET /v2/event-types?username=&eventSlug= — how to find a MANAGED parent's child for a staff member
    // (children share the parent's slug). "No match" (200 [] or the older 404) is an empty list. Hidden
    // event types are invisible to other users: an empty answer while the parent lists the user as host
    // means "child exists but is not visible", not "no child".
    CalcomReply<QList<EventType>>* userEventTypes(const QString& username, const QString& eventSlug = {});

    // --- bookings (cal-api-version 2024-08-13) -------------------------------------------------------
    // POST /v2/bookings. Never re-sent: on any error query listBookings() for the metadata key first.
    CalcomReply<Booking>* createBooking(const BookingInput& input);
    // GET /v2/bookings — one page (query.take / query.skip).
    CalcomReply<BookingPage>* bookingsPage(const BookingQuery& query);
    // GET /v2/bookings — all pages from query.skip on, following "pagination".
    BookingListJob* listBookings(const BookingQuery& query);
    // GET /v2/bookings/{uid}
    CalcomReply<Booking>* booking(const QString& uid);
    // POST /v2/bookings/{uid}/cancel {cancellationReason?}. Not re-sent (a repeat answers 400 "cancelled
    // already"); check booking(uid) when unsure.
    CalcomReply<Booking>* cancelBooking(const QString& uid, const QString& cancellationReason = {});
    // POST /v2/bookings/{uid}/reschedule -> 201 with the NEW booking (new uid, rescheduledFromUid; the old
    // one becomes cancelled with rescheduledToUid). Not re-sent: after an error read booking(uid) - a
    // rescheduledToUid there means it happened. A busy slot fails like a create (slotUnavailable).
    CalcomReply<Booking>* rescheduleBooking(const QString& uid, const RescheduleInput& input);

    // --- slots (cal-api-version 2024-09-04) ------------------------------------------------------------
    // GET /v2/slots — the free slots of one event type between query.start and query.end. A slot list can
    // be stale by the time a booking arrives: the booking's own answer decides.
    CalcomReply<AvailableSlots>* availableSlots(const SlotQuery& query);

signals:
    // Any request ended in Category::Auth: the key is wrong, expired or lacks rights.
    void authenticationFailed(const salon::calcom::CalcomError& error);

private:
    friend class CalcomRequest;

    template <typename T>
    CalcomReply<T>* startRequest(QByteArray method, QString relativePath, QUrlQuery query,
        std::optional<QJsonObject> body, QString apiVersion, CalcomRequest::Resend resend,
        typename CalcomReply<T>::Parser parser);
    template <typename T>
    CalcomReply<T>* rejectInput(QByteArray method, QString relativePath, const QString& problem);

    CalcomSettings m_settings;
    QString m_apiKey;
    QNetworkAccessManager* m_nam;
    RateLimiter* m_ownLimiter;
    QPointer<RateLimiter> m_limiter;
    RetryPolicy m_retryPolicy;
};

} // namespace salon::calcom
