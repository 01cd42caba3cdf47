#pragma once

#include "CalcomJob.h"
#include "RateLimiter.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkReply;

namespace salon::calcom
{

class CalcomClient;

// One HTTP request to Cal.com, paced by the client's RateLimiter, with the client's RetryPolicy applied to
// safe methods, a transfer timeout and cancel(). Use the typed CalcomReply<T> that CalcomClient returns;
// this class carries what all of them share.
class CalcomRequest : public CalcomJob
{
    Q_OBJECT
public:
    // How the request may be repeated.
    enum class Resend {
        IfSafe, // GET/DELETE/PATCH per RetryPolicy
        Never, // POST /v2/bookings, event-type creation, cancel: the caller reconciles first
    };

    // Deleting a request that has not finished withdraws it from the limiter and aborts it.
    ~CalcomRequest() override;

    QByteArray method() const { return m_method; }
    // The path with the base URL's prefix and the query, e.g. "/v2/bookings?take=100&skip=0".
    QString path() const;
    QString apiVersion() const { return m_apiVersion; }
    // Attempts sent so far (1 after the first send).
    int attempts() const { return m_attempts; }
    // Of the last answer; 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    // The last response body as JSON (for fields the typed result does not model).
    QJsonObject responseObject() const { return m_response; }

signals:
    // The request goes out (attempt is 1-based).
    void sent(int attempt);
    // Attempt `attempt` failed with `cause`; the next one follows after delayMs (plus any rate-limit wait).
    void retrying(int attempt, int delayMs, const salon::calcom::CalcomError& cause);

protected:
    void doCancel() override;
    CalcomRequest(CalcomClient* client, QByteArray method, QString relativePath, QUrlQuery query,
        std::optional<QJsonObject> body, QString apiVersion, Resend resend);
    // Reads a 2xx body into the typed result; returns an empty string or why the body does not fit.
    virtual QString parseResponse(const QJsonObject& root) = 0;

private:
    friend class CalcomClient;
    // Answers 404 with an empty list (GET /v2/event-types?username=&eventSlug= on older builds).
    void setNotFoundMeansEmpty(bool on) { m_notFoundMeansEmpty = on; }
    // A DELETE whose earlier attempt may have succeeded: a 404 on a later attempt means done.
    void setNotFoundAfterRetryMeansDone(bool on) { m_notFoundAfterRetryMeansDone = on; }
    void start();
    // Fails without sending, e.g. for an incomplete input (Category::Validation).
    void failBeforeSending(const QString& problem);
    void send();
    void onReplyFinished();
    void handleFailure(const CalcomError& error);
    void succeed(const QJsonObject& root, const QByteArray& body);

    QPointer<CalcomClient> m_client;
    QPointer<RateLimiter> m_limiter;
    QByteArray m_method;
    QString m_relativePath;
    QUrlQuery m_query;
    std::optional<QJsonObject> m_body;
    QString m_apiVersion;
    Resend m_resend;
    bool m_notFoundMeansEmpty = false;
    bool m_notFoundAfterRetryMeansDone = false;

    QPointer<QNetworkReply> m_reply;
    RateLimiter::Ticket m_ticket = 0;
    bool m_queued = false;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QString m_requestId;
    QJsonObject m_response;
};

// The typed request: result() holds the parsed value once finished() without error.
template <typename T> class CalcomReply : public CalcomRequest
{
public:
    using Parser = std::function<Expected<T, QString>(const QJsonObject& root)>;

    const T& result() const { return m_result; }

    // Used by CalcomClient; other code obtains replies from the client.
    CalcomReply(CalcomClient* client, QByteArray method, QString relativePath, QUrlQuery query,
        std::optional<QJsonObject> body, QString apiVersion, Resend resend, Parser parser)
        : CalcomRequest(client, std::move(method), std::move(relativePath), std::move(query), std::move(body),
            std::move(apiVersion), resend)
        , m_parser(std::move(parser))
    {
    }

protected:
    QString parseResponse(const QJsonObject& root) override
    {
        auto parsed = m_parser(root);
        if (!parsed)
            return parsed.error();
        m_result = std::move(parsed).value();
        return {};
    }

private:
    Parser m_parser;
    T m_result {};
};

} // namespace salon::calcom
