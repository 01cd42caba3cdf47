#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <sys/socket.h>

namespace salon::sandbox
{

namespace
{

const QString kBookingsVersion = QStringLiteral("2024-08-13");
const QString kEventTypesVersion = QStringLiteral("2024-06-14");
const QString kSlotsVersion = QStringLiteral("2024-09-04");

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

SandboxReply unauthorized(const QString& message)
{
    return SandboxReply::error(401, QStringLiteral("UnauthorizedException"), message);
}

const QByteArray kHtml502
    = QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                        "Bad Gateway</h1></center>\r\n"
                        "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n");

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : SandboxServer(SandboxState(), SandboxOptions(), parent)
{
}

SandboxServer::SandboxServer(const SandboxState& state, const SandboxOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_options(options)
    , m_accounts(m_state)
    , m_eventTypes(m_state, m_options)
    , m_bookings(m_state, m_options, m_clock)
    , m_bookingChanges(m_state, m_options, m_clock)
    , m_slots(m_state, m_options, m_clock)
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const QHostAddress& address, quint16 port)
{
    m_address = address;
    m_port = listen(address, port);
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v2"));
    return url;
}

void SandboxServer::addRoute(const QString& method, const QString& pattern, const QString& version, Auth auth,
    std::function<SandboxReply(const SandboxRequest&)> handler)
{
    m_routes.append(Route { method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), version,
        auth, std::move(handler) });
}

void SandboxServer::addRoutes()
{
    using R = const SandboxRequest&;
    const QString any;
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/me"), any, Auth::Required,
        [this](R r) { return m_accounts.me(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/teams"), any, Auth::Required,
        [this](R r) { return m_accounts.teams(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/teams/(\\d+)/memberships"), any, Auth::Required,
        [this](R r) { return m_accounts.memberships(r); });
    // Team event-type controllers are registered for every API version (API-FACTS §1).
    addRoute(QStringLiteral("POST"), QStringLiteral("/v2/teams/(\\d+)/event-types"), any, Auth::Required,
        [this](R r) { return m_eventTypes.createTeamEventType(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/teams/(\\d+)/event-types"), any, Auth::Public,
        [this](R r) { return m_eventTypes.listTeamEventTypes(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/teams/(\\d+)/event-types/(\\d+)"), any,
        Auth::Required, [this](R r) { return m_eventTypes.getTeamEventType(r); });
    addRoute(QStringLiteral("PATCH"), QStringLiteral("/v2/teams/(\\d+)/event-types/(\\d+)"), any,
        Auth::Required, [this](R r) { return m_eventTypes.updateTeamEventType(r); });
    addRoute(QStringLiteral("DELETE"), QStringLiteral("/v2/teams/(\\d+)/event-types/(\\d+)"), any,
        Auth::Required, [this](R r) { return m_eventTypes.deleteTeamEventType(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/teams/(\\d+)/bookings"), any, Auth::Required,
        [this](R r) { return m_bookings.listForTeam(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/event-types"), kEventTypesVersion, Auth::Public,
        [this](R r) { return m_eventTypes.listUserEventTypes(r); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/v2/event-types"), kEventTypesVersion, Auth::Required,
        [this](R r) { return m_eventTypes.createUserEventType(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/slots"), kSlotsVersion, Auth::Public,
        [this](R r) { return m_slots.availableSlots(r); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/v2/bookings"), kBookingsVersion, Auth::Public,
        [this](R r) { return m_bookings.create(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/bookings"), kBookingsVersion, Auth::Required,
        [this](R r) { return m_bookings.list(r); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/v2/bookings/([^/]+)"), kBookingsVersion, Auth::Public,
        [this](R r) { return m_bookings.get(r); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/v2/bookings/([^/]+)/cancel"), kBookingsVersion,
        Auth::Public, [this](R r) { return m_bookingChanges.cancel(r); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/v2/bookings/([^/]+)/reschedule"), kBookingsVersion,
        Auth::Public, [this](R r) { return m_bookingChanges.reschedule(r); });
}

std::optional<SandboxReply> SandboxServer::authenticate(SandboxRequest& request, Auth auth) const
{
    const QString prefix = m_options.prefixedAuthMessages ? QStringLiteral("ApiAuthStrategy - ") : QString();
    const QString keyPrefix
        = m_options.prefixedAuthMessages ? QStringLiteral("ApiAuthStrategy - api key - ") : QString();
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        if (auth == Auth::Public)
            return std::nullopt;
        return unauthorized(prefix
            + QStringLiteral("No authentication method provided. Either pass an API key as 'Bearer' "
                             "header or OAuth client credentials as 'x-cal-secret-key' and "
                             "'x-cal-client-id' headers"));
    }
    const QString token
        = QString::fromUtf8(authorization.startsWith("Bearer ") ? authorization.mid(7) : authorization);
    if (!token.startsWith(u"cal_"))
        return unauthorized(QStringLiteral("Invalid Access Token."));
    const SandboxApiKey* key = m_state.apiKey(token);
    if (!key)
        return unauthorized(keyPrefix + QStringLiteral("Your api key is not valid"));
    if (key->expiresAt.isValid() && key->expiresAt < m_clock.now())
        return unauthorized(keyPrefix + QStringLiteral("Your api key is expired"));
    if (!m_state.user(key->userId))
        return unauthorized(keyPrefix + QStringLiteral("No user tied to this apiKey"));
    request.authUserId = key->userId;
    return std::nullopt;
}

SandboxReply SandboxServer::process(
    SandboxRequest& request, QList<QPair<QByteArray, QByteArray>>* rateHeaders)
{
    // Nest resolves the route (and version) before any guard runs: unmatched requests get its plain 404.
    const Route* route = nullptr;
    for (const Route& r : m_routes) {
        if (r.method != request.method)
            continue;
        const QRegularExpressionMatch match = r.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (!r.version.isEmpty() && QString::fromUtf8(request.header("cal-api-version")) != r.version)
            continue;
        route = &r;
        request.params = match.capturedTexts().mid(1);
        break;
    }
    if (!route)
        return SandboxReply::error(404, QStringLiteral("NotFoundException"),
            QStringLiteral("Cannot %1 %2").arg(request.method, request.pathAndQuery));

    // The throttler guard runs first and counts per key (or per address without one), even for bad keys.
    const QByteArray authorization = request.header("authorization");
    const QString tracker = authorization.isEmpty() ? QStringLiteral("ip:") + request.remoteAddress
                                                    : QString::fromUtf8(authorization);
    const Throttler::Decision decision = m_throttler.hit(
        tracker, m_clock.nowMs(), m_options.rateLimit, m_options.rateWindowMs, m_options.rateBlockMs);
    rateHeaders->append({ "X-RateLimit-Limit-Default", QByteArray::number(decision.limit) });
    rateHeaders->append({ "X-RateLimit-Remaining-Default", QByteArray::number(decision.remaining) });
    rateHeaders->append({ "X-RateLimit-Reset-Default", QByteArray::number(decision.resetSeconds) });
    if (!decision.allowed)
        return SandboxReply::error(429, QStringLiteral("ThrottlerException"),
            QStringLiteral("Too many requests. Please try again later."));

    if (auto denied = authenticate(request, route->auth))
        return *denied;
    return route->handler(request);
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.pathAndQuery
        = url.path() + (url.hasQuery() ? QStringLiteral("?") + url.query(QUrl::FullyEncoded) : QString());
    for (const auto& [name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.remoteAddress = httpRequest.remoteAddress().toString();
    request.body = httpRequest.body();

    LoggedRequest entry;
    entry.sequence = m_log.nextSequence();
    entry.receivedAt = m_clock.now();
    entry.method = request.method;
    entry.path = request.path;
    entry.query = url.query(QUrl::FullyEncoded);
    for (const auto& [name, value] : httpRequest.headers())
        entry.headers.append(
            { name.toLower(), name.toLower() == "authorization" ? QByteArray("<redacted>") : value });
    entry.body = request.body;
    m_log.append(entry);

    const bool closeAfter = request.header("connection").toLower() == "close";
    const FaultDecision fault = m_faults.decide(request.method, request.path);
    const int delayMs = m_options.latencyMs + fault.extraLatencyMs;
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    const QString faultName = FaultPlan::kindName(fault.kind);

    if (fault.kind == FaultKind::Reset) {
        m_log.setAnswer(entry.sequence, 0, faultName, QString(), QByteArray());
        reset(socket, delayMs, entry.sequence);
        return true;
    }

    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    SandboxReply reply;
    switch (fault.kind) {
    case FaultKind::Html502:
        reply = SandboxReply::raw(502, kHtml502, QByteArrayLiteral("text/html"));
        break;
    case FaultKind::Error500:
        reply = SandboxReply::error(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
            QStringLiteral("There was an error, please try again later."));
        break;
    case FaultKind::Bare500:
        reply = SandboxReply::bareInternalError();
        break;
    default:
        reply = process(request, &rateHeaders);
        break;
    }
    if (fault.kind == FaultKind::Created500 && reply.status < 300) {
        // Persisted, but answered 500 (Cal.com issue #19796).
        reply = SandboxReply::error(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
            QStringLiteral("There was an error, please try again later."));
    }
    reply.renderEnvelope(request.pathAndQuery, m_clock.now(), m_options.errorDetails);
    if (fault.kind == FaultKind::Malformed)
        reply.body.chop(std::max<qsizetype>(1, reply.body.size() / 2));
    reply.headers.append(rateHeaders);

    m_log.setAnswer(entry.sequence, reply.status, faultName, QString::fromUtf8(requestId), reply.body,
        request.authUserId);
    send(socket, reply, requestId, closeAfter, delayMs, entry.sequence);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Not reached: handleRequest answers everything. Kept as Nest's 404 for completeness.
    SandboxReply reply = SandboxReply::error(404, QStringLiteral("NotFoundException"),
        QStringLiteral("Cannot %1 %2").arg(methodName(request.method()), request.url().path()));
    reply.renderEnvelope(request.url().path(), m_clock.now(), m_options.errorDetails);
    send(socket, reply, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), false, 0, 0);
}

void SandboxServer::send(QTcpSocket* socket, const SandboxReply& reply, const QByteArray& requestId,
    bool closeAfter, int delayMs, qint64 sequence)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + SandboxReply::statusText(reply.status).toUtf8() + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "X-Request-Id: " + requestId + "\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n" + reply.body;

    QPointer<QTcpSocket> guarded(socket);
    auto write = [this, guarded, out, closeAfter, sequence]() {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState) {
            guarded->write(out);
            if (closeAfter)
                guarded->disconnectFromHost();
        }
        for (const LoggedRequest& e : m_log.entries())
            if (e.sequence == sequence) {
                emit requestAnswered(e);
                break;
            }
    };
    // Latency without blocking: the answer is written from a timer while the event loop keeps serving.
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}

void SandboxServer::reset(QTcpSocket* socket, int delayMs, qint64 sequence)
{
    QPointer<QTcpSocket> guarded(socket);
    auto abortConnection = [this, guarded, sequence]() {
        if (guarded) {
            // SO_LINGER with zero timeout turns the close into a TCP RST, which clients see as a reset.
            const linger hard { 1, 0 };
            ::setsockopt(int(guarded->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            guarded->abort();
        }
        for (const LoggedRequest& e : m_log.entries())
            if (e.sequence == sequence) {
                emit requestAnswered(e);
                break;
            }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, abortConnection);
    else
        abortConnection();
}

} // namespace salon::sandbox
