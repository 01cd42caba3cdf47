#include "CalcomClient.h"

#include "BookingListJob.h"
#include "TeamResolver.h"
#include "common/Logging.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace salon::calcom
{

namespace
{

QJsonValue dataOf(const QJsonObject& root)
{
    return root.value(QLatin1String("data"));
}

QString encodedSegment(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

CalcomClient::CalcomClient(const CalcomSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(new QNetworkAccessManager(this))
    , m_ownLimiter(new RateLimiter(settings.requestsPerMinute, this))
    , m_limiter(m_ownLimiter)
{
    // Cal.com answers quickly or not at all; no automatic redirects to another host with our key.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

CalcomClient::~CalcomClient() = default;

void CalcomClient::setSettings(const CalcomSettings& settings)
{
    m_settings = settings;
    if (m_limiter)
        m_limiter->setLimit(settings.requestsPerMinute);
}

void CalcomClient::setRateLimiter(RateLimiter* limiter)
{
    m_limiter = limiter ? limiter : m_ownLimiter;
}

template <typename T>
CalcomReply<T>* CalcomClient::startRequest(QByteArray method, QString relativePath, QUrlQuery query,
    std::optional<QJsonObject> body, QString apiVersion, CalcomRequest::Resend resend,
    typename CalcomReply<T>::Parser parser)
{
    auto* reply = new CalcomReply<T>(this, std::move(method), std::move(relativePath), std::move(query),
        std::move(body), std::move(apiVersion), resend, std::move(parser));
    connect(reply, &CalcomJob::finished, this, [this, reply] {
        if (reply->hasError() && reply->error().category == CalcomError::Category::Auth)
            emit authenticationFailed(reply->error());
    });
    reply->start();
    return reply;
}

template <typename T>
CalcomReply<T>* CalcomClient::rejectInput(QByteArray method, QString relativePath, const QString& problem)
{
    auto* reply = new CalcomReply<T>(this, std::move(method), std::move(relativePath), {}, std::nullopt, {},
        CalcomRequest::Resend::Never, [](const QJsonObject&) -> Expected<T, QString> { return T {}; });
    reply->failBeforeSending(problem);
    return reply;
}

CalcomReply<Me>* CalcomClient::me()
{
    return startRequest<Me>("GET", QStringLiteral("/me"), {}, std::nullopt, {}, CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return Me::fromJson(dataOf(root)); });
}

CalcomReply<QList<Team>>* CalcomClient::teams()
{
    return startRequest<QList<Team>>("GET", QStringLiteral("/teams"), {}, std::nullopt, {},
        CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return Team::listFromJson(dataOf(root)); });
}

TeamResolver* CalcomClient::resolveTeam()
{
    auto* resolver = new TeamResolver(this);
    resolver->start();
    return resolver;
}

CalcomReply<QList<Membership>>* CalcomClient::teamMemberships(qint64 teamId, int take, int skip)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("take"), QString::number(take));
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    return startRequest<QList<Membership>>("GET", QStringLiteral("/teams/%1/memberships").arg(teamId), query,
        std::nullopt, {}, CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return Membership::listFromJson(dataOf(root)); });
}

CalcomReply<QList<EventType>>* CalcomClient::teamEventTypes(qint64 teamId, const QString& eventSlug)
{
    QUrlQuery query;
    if (!eventSlug.isEmpty())
        query.addQueryItem(QStringLiteral("eventSlug"), encodedSegment(eventSlug));
    return startRequest<QList<EventType>>("GET", QStringLiteral("/teams/%1/event-types").arg(teamId), query,
        std::nullopt, {}, CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return EventType::listFromJson(dataOf(root)); });
}

CalcomReply<EventType>* CalcomClient::teamEventType(qint64 teamId, qint64 eventTypeId)
{
    return startRequest<EventType>("GET",
        QStringLiteral("/teams/%1/event-types/%2").arg(teamId).arg(eventTypeId), {}, std::nullopt, {},
        CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return EventType::fromJson(dataOf(root)); });
}

CalcomReply<SavedEventType>* CalcomClient::createTeamEventType(qint64 teamId, const TeamEventTypeInput& input)
{
    const QString path = QStringLiteral("/teams/%1/event-types").arg(teamId);
    const QString problem = input.problem();
    if (!problem.isEmpty())
        return rejectInput<SavedEventType>("POST", path, tr("The event type is incomplete: %1").arg(problem));
    return startRequest<SavedEventType>("POST", path, {}, input.toJson(), {}, CalcomRequest::Resend::Never,
        [](const QJsonObject& root) { return SavedEventType::fromData(dataOf(root)); });
}

CalcomReply<SavedEventType>* CalcomClient::updateTeamEventType(
    qint64 teamId, qint64 eventTypeId, TeamEventTypePatch patch, const std::optional<EventType>& current)
{
    const QString path = QStringLiteral("/teams/%1/event-types/%2").arg(teamId).arg(eventTypeId);
    if (current)
        patch.dropUnchanged(*current);
    const QString problem = patch.problem();
    if (!problem.isEmpty())
        return rejectInput<SavedEventType>(
            "PATCH", path, tr("The event type change is not possible: %1").arg(problem));
    return startRequest<SavedEventType>("PATCH", path, {}, patch.toJson(), {}, CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return SavedEventType::fromData(dataOf(root)); });
}

CalcomReply<qint64>* CalcomClient::deleteTeamEventType(qint64 teamId, qint64 eventTypeId)
{
    auto* reply = startRequest<qint64>("DELETE",
        QStringLiteral("/teams/%1/event-types/%2").arg(teamId).arg(eventTypeId), {}, std::nullopt, {},
        CalcomRequest::Resend::IfSafe, [eventTypeId](const QJsonObject& root) -> Expected<qint64, QString> {
            const QJsonValue id = dataOf(root).toObject().value(QLatin1String("id"));
            return id.isDouble() ? id.toInteger() : eventTypeId;
        });
    reply->setNotFoundAfterRetryMeansDone(true);
    return reply;
}

CalcomReply<QList<EventType>>* CalcomClient::userEventTypes(const QString& username, const QString& eventSlug)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("username"), encodedSegment(username));
    if (!eventSlug.isEmpty())
        query.addQueryItem(QStringLiteral("eventSlug"), encodedSegment(eventSlug));
    auto* reply = startRequest<QList<EventType>>("GET", QStringLiteral("/event-types"), query, std::nullopt,
        QString::fromLatin1(kEventTypesApiVersion), CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) -> Expected<QList<EventType>, QString> {
            const QJsonValue data = dataOf(root);
            if (data.isObject()) // one build answered a single object for username + eventSlug
                return EventType::listFromJson(QJsonArray { data });
            return EventType::listFromJson(data);
        });
    reply->setNotFoundMeansEmpty(true);
    return reply;
}

CalcomReply<Booking>* CalcomClient::createBooking(const BookingInput& input)
{
    const QString problem = input.problem();
    if (!problem.isEmpty())
        return rejectInput<Booking>(
            "POST", QStringLiteral("/bookings"), tr("The booking is incomplete: %1").arg(problem));
    return startRequest<Booking>("POST", QStringLiteral("/bookings"), {}, input.toJson(),
        QString::fromLatin1(kBookingsApiVersion), CalcomRequest::Resend::Never,
        [](const QJsonObject& root) -> Expected<Booking, QString> {
            auto list = Booking::listFromJson(dataOf(root));
            if (!list)
                return Unexpected(list.error());
            if (list->isEmpty())
                return Unexpected(QStringLiteral("no booking in the answer"));
            return list->first();
        });
}

CalcomReply<BookingPage>* CalcomClient::bookingsPage(const BookingQuery& query)
{
    return startRequest<BookingPage>("GET", QStringLiteral("/bookings"), query.toUrlQuery(), std::nullopt,
        QString::fromLatin1(kBookingsApiVersion), CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return BookingPage::fromResponse(root); });
}

BookingListJob* CalcomClient::listBookings(const BookingQuery& query)
{
    auto* job = new BookingListJob(this, query);
    job->start();
    return job;
}

CalcomReply<Booking>* CalcomClient::booking(const QString& uid)
{
    return startRequest<Booking>("GET", QStringLiteral("/bookings/%1").arg(encodedSegment(uid)), {},
        std::nullopt, QString::fromLatin1(kBookingsApiVersion), CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) -> Expected<Booking, QString> {
            auto list = Booking::listFromJson(dataOf(root));
            if (!list)
                return Unexpected(list.error());
            if (list->isEmpty())
                return Unexpected(QStringLiteral("no booking in the answer"));
            return list->first();
        });
}

CalcomReply<Booking>* CalcomClient::cancelBooking(const QString& uid, const QString& cancellationReason)
{
    QJsonObject body;
    if (!cancellationReason.isEmpty())
        body.insert(QStringLiteral("cancellationReason"), cancellationReason);
    return startRequest<Booking>("POST", QStringLiteral("/bookings/%1/cancel").arg(encodedSegment(uid)), {},
        body, QString::fromLatin1(kBookingsApiVersion), CalcomRequest::Resend::Never,
        [](const QJsonObject& root) -> Expected<Booking, QString> {
            auto list = Booking::listFromJson(dataOf(root));
            if (!list)
                return Unexpected(list.error());
            if (list->isEmpty())
                return Unexpected(QStringLiteral("no booking in the answer"));
            return list->first();
        });
}

CalcomReply<Booking>* CalcomClient::rescheduleBooking(const QString& uid, const RescheduleInput& input)
{
    const QString path = QStringLiteral("/bookings/%1/reschedule").arg(encodedSegment(uid));
    const QString problem = input.problem();
    if (!problem.isEmpty())
        return rejectInput<Booking>("POST", path, tr("The new time is incomplete: %1").arg(problem));
    return startRequest<Booking>("POST", QStringLiteral("/bookings/%1/reschedule").arg(encodedSegment(uid)),
        {}, input.toJson(), QString::fromLatin1(kBookingsApiVersion), CalcomRequest::Resend::Never,
        [](const QJsonObject& root) -> Expected<Booking, QString> {
            auto list = Booking::listFromJson(dataOf(root));
            if (!list)
                return Unexpected(list.error());
            if (list->isEmpty())
                return Unexpected(QStringLiteral("no booking in the answer"));
            return list->first();
        });
}

CalcomReply<AvailableSlots>* CalcomClient::availableSlots(const SlotQuery& query)
{
    const QString problem = query.problem();
    if (!problem.isEmpty())
        return rejectInput<AvailableSlots>(
            "GET", QStringLiteral("/slots"), tr("The slot query is incomplete: %1").arg(problem));
    return startRequest<AvailableSlots>("GET", QStringLiteral("/slots"), query.toUrlQuery(), std::nullopt,
        QString::fromLatin1(kSlotsApiVersion), CalcomRequest::Resend::IfSafe,
        [](const QJsonObject& root) { return AvailableSlots::fromData(dataOf(root)); });
}

} // namespace salon::calcom
