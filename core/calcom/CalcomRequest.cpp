#include "CalcomRequest.h"

#include "OneShotBody.h"

#include "CalcomClient.h"
#include "common/Logging.h"
#include "secrets/Redaction.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace salon::calcom
{

namespace
{

// Errors below 200 are transport failures (refused, reset, DNS, TLS, timeout, proxy); from 200 on Qt
// only mirrors the HTTP status, which we read ourselves.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

} // namespace

CalcomRequest::CalcomRequest(CalcomClient* client, QByteArray method, QString relativePath, QUrlQuery query,
    std::optional<QJsonObject> body, QString apiVersion, Resend resend)
    : CalcomJob(client)
    , m_client(client)
    , m_limiter(client->rateLimiter())
    , m_method(std::move(method))
    , m_relativePath(std::move(relativePath))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_apiVersion(std::move(apiVersion))
    , m_resend(resend)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CalcomRequest::start);
}

CalcomRequest::~CalcomRequest()
{
    if (m_queued && m_limiter)
        m_limiter->cancel(m_ticket);
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        if (m_limiter)
            m_limiter->noteNoResponse();
    }
}

QString CalcomRequest::path() const
{
    QString p = m_client ? m_client->settings().urlFor(m_relativePath).path() : m_relativePath;
    const QString q = m_query.toString(QUrl::FullyEncoded);
    if (!q.isEmpty())
        p += QLatin1Char('?') + q;
    return p;
}

void CalcomRequest::start()
{
    if (isDone())
        return;
    if (!m_client || !m_limiter) {
        finishWithError(CalcomError::fromNetwork(QNetworkReply::OperationCanceledError,
            QStringLiteral("client was destroyed"), false, QString::fromLatin1(m_method), m_relativePath));
        return;
    }
    const QString settingsProblem = m_client->settings().validationError();
    if (!settingsProblem.isEmpty()) {
        failBeforeSending(settingsProblem);
        return;
    }
    m_queued = true;
    m_ticket = m_limiter->acquire([self = QPointer<CalcomRequest>(this), limiter = m_limiter] {
        if (!self) { // deleted while queued (the destructor withdraws the ticket; this is the backstop)
            if (limiter)
                limiter->noteNoResponse();
            return;
        }
        self->m_queued = false;
        self->send();
    });
}

void CalcomRequest::failBeforeSending(const QString& problem)
{
    CalcomError error = CalcomError::invalidSettings(problem);
    error.method = QString::fromLatin1(m_method);
    error.path = path();
    finishWithError(error);
}

void CalcomRequest::send()
{
    if (isDone() || !m_client) {
        if (m_limiter)
            m_limiter->noteNoResponse();
        return;
    }
    const CalcomSettings& settings = m_client->settings();
    QUrl url = settings.urlFor(m_relativePath);
    url.setQuery(m_query);

    QNetworkRequest request(url);
    request.setTransferTimeout(settings.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "SalonAdmin");
    if (!m_client->m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_client->m_apiKey.toUtf8());
    if (!m_apiVersion.isEmpty())
        request.setRawHeader("cal-api-version", m_apiVersion.toLatin1());

    QByteArray payload;
    if (m_body) {
        payload = QJsonDocument(*m_body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }

    ++m_attempts;
    m_httpStatus = 0;
    m_requestId.clear();
    m_elapsed.start();
    qCDebug(lcCalcom).noquote() << m_method << path() << "attempt" << m_attempts;

    QNetworkAccessManager* nam = m_client->networkAccessManager();
    if (m_method == "GET")
        m_reply = nam->get(request);
    else if (m_method == "DELETE" && !m_body)
        m_reply = nam->deleteResource(request);
    else if (m_method == "POST" && m_resend == Resend::Never) {
        // Never re-sent, not even by Qt's own reconnect logic (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(payload);
        m_reply = nam->post(request, body);
        body->setParent(m_reply);
    } else if (m_method == "POST")
        m_reply = nam->post(request, payload);
    else
        m_reply = nam->sendCustomRequest(request, m_method, payload);

    connect(m_reply, &QNetworkReply::finished, this, &CalcomRequest::onReplyFinished);
    emit sent(m_attempts);
}

void CalcomRequest::doCancel()
{
    if (isDone())
        return;
    m_retryTimer.stop();
    if (m_queued && m_limiter)
        m_limiter->cancel(m_ticket);
    m_queued = false;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        if (m_limiter)
            m_limiter->noteNoResponse();
    }
    qCDebug(lcCalcom).noquote() << m_method << path() << "cancelled";
    finishWithError(CalcomError::cancelled(QString::fromLatin1(m_method), path()));
}

void CalcomRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (isDone())
        return;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    m_requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QNetworkReply::NetworkError netError = reply->error();
    const QString methodText = QString::fromLatin1(m_method);
    const QString key = m_client ? m_client->m_apiKey : QString();

    if (m_limiter) {
        if (m_httpStatus > 0)
            m_limiter->noteResponse(m_httpStatus, reply->rawHeader("X-RateLimit-Remaining-Default"),
                reply->rawHeader("X-RateLimit-Reset-Default"), reply->rawHeader("X-RateLimit-Limit-Default"),
                m_ticket);
        else
            m_limiter->noteNoResponse();
    }

    if (m_httpStatus == 0 || isTransportError(netError)) {
        // We did not abort it ourselves (cancel() disconnects first), so a cancel here is the transfer
        // timeout.
        const bool timedOut
            = netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError;
        CalcomError error = CalcomError::fromNetwork(timedOut ? QNetworkReply::TimeoutError : netError,
            redactSecrets(timedOut ? QStringLiteral("no answer within %1 ms")
                                         .arg(m_client ? m_client->settings().timeoutMs : 0)
                                   : reply->errorString(),
                { key }),
            timedOut, methodText, path());
        error.httpStatus = m_httpStatus;
        error.requestId = m_requestId;
        handleFailure(error);
        return;
    }

    const QByteArray body = reply->readAll();
    qCDebug(lcCalcom).noquote() << m_method << path() << "->" << m_httpStatus << "in" << m_elapsed.elapsed()
                                << "ms";

    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString reason = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON: %1").arg(parseError.errorString())
                : QStringLiteral("expected a JSON object");
            handleFailure(CalcomError::unreadableResponse(m_httpStatus,
                redactSecrets(QString::fromUtf8(body), { key }).toUtf8(), reason, methodText, path(),
                m_requestId));
            return;
        }
        succeed(doc.object(), body);
        return;
    }

    CalcomError error = CalcomError::fromHttpResponse(m_httpStatus, body, methodText, path(), m_requestId);
    error.message = redactSecrets(error.message, { key });
    error.bodyStart = redactSecrets(error.bodyStart, { key });
    if (error.category == CalcomError::Category::NotFound) {
        if (m_notFoundMeansEmpty) {
            succeed(QJsonObject { { QStringLiteral("status"), QStringLiteral("success") },
                        { QStringLiteral("data"), QJsonArray() } },
                body);
            return;
        }
        if (m_notFoundAfterRetryMeansDone && m_attempts > 1) {
            qCInfo(lcCalcom).noquote() << m_method << path() << "answered 404 after a retry: already done";
            succeed(QJsonObject { { QStringLiteral("status"), QStringLiteral("success") },
                        { QStringLiteral("data"), QJsonObject() } },
                body);
            return;
        }
    }
    handleFailure(error);
}

void CalcomRequest::succeed(const QJsonObject& root, const QByteArray& body)
{
    m_response = root;
    const QString problem = parseResponse(root);
    if (!problem.isEmpty()) {
        const QString key = m_client ? m_client->m_apiKey : QString();
        handleFailure(CalcomError::unreadableResponse(m_httpStatus,
            redactSecrets(QString::fromUtf8(body), { key }).toUtf8(),
            QStringLiteral("unexpected answer: %1").arg(problem), QString::fromLatin1(m_method), path(),
            m_requestId));
        return;
    }
    finishOk();
}

void CalcomRequest::handleFailure(const CalcomError& error)
{
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy {};
    if (m_resend == Resend::IfSafe && policy.shouldRetry(m_method, error.category, m_attempts)) {
        // After a 429 the limiter holds the queue until the block ends; no extra backoff needed.
        const int delay
            = error.category == CalcomError::Category::RateLimited ? 0 : policy.delayMs(m_attempts);
        qCInfo(lcCalcom).noquote() << "retrying" << m_method << path() << "in" << delay << "ms after"
                                   << CalcomError::categoryName(error.category);
        emit retrying(m_attempts, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    finishWithError(error);
}

} // namespace salon::calcom
