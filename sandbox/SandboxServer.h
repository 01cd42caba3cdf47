#pragma once

#include "AccountRoutes.h"
#include "BookingChangeRoutes.h"
#include "BookingRoutes.h"
#include "EventTypeRoutes.h"
#include "FaultPlan.h"
#include "RequestLog.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "SlotRoutes.h"
#include "Throttler.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace salon::sandbox
{

// A local Cal.com API v2 for tests and demos (API-FACTS §8). Runs in the caller's thread on its event loop.
//
//   SandboxServer server(*SandboxState::fromScenario("incident"));
//   server.start();                          // 127.0.0.1, free port
//   QUrl base = server.baseUrl();            // http://127.0.0.1:PORT/v2
//   server.faults().scriptNext(FaultKind::Created500, 1, "/v2/bookings", "POST");
//   ... requests ...
//   server.log().count("POST", "/v2/bookings");  server.state().bookings;
//
// Built on QAbstractHttpServer rather than QHttpServer's router: Qt 6.4's router has no catch-all for
// Nest's "Cannot GET /x" 404, and faults need the raw socket (connection resets, deferred answers).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    explicit SandboxServer(
        const SandboxState& state, const SandboxOptions& options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on address:port (port 0 = a free one). Returns false if it cannot listen.
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    // "http://HOST:PORT/v2"
    QUrl baseUrl() const;

    SandboxState& state() { return m_state; }
    const SandboxState& state() const { return m_state; }
    void setState(const SandboxState& state) { m_state = state; }
    SandboxOptions& options() { return m_options; }
    void setOptions(const SandboxOptions& options) { m_options = options; }
    SandboxClock& clock() { return m_clock; }
    FaultPlan& faults() { return m_faults; }
    void setFaults(const FaultPlan& faults) { m_faults = faults; }
    RequestLog& log() { return m_log; }
    Throttler& throttler() { return m_throttler; }

    // Registers an API key for a user (e.g. the state's team admin).
    void addApiKey(const QString& key, qint64 userId) { m_state.addApiKey(key, userId); }

signals:
    // Emitted once a request has been answered (or reset); the entry is final.
    void requestAnswered(const salon::sandbox::LoggedRequest& entry);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    enum class Auth { Public, Required };
    struct Route {
        QString method;
        QRegularExpression pattern;
        QString version; // required cal-api-version, empty = any
        Auth auth;
        std::function<SandboxReply(const SandboxRequest&)> handler;
    };
    void addRoutes();
    void addRoute(const QString& method, const QString& pattern, const QString& version, Auth auth,
        std::function<SandboxReply(const SandboxRequest&)> handler);
    SandboxReply process(SandboxRequest& request, QList<QPair<QByteArray, QByteArray>>* rateHeaders);
    std::optional<SandboxReply> authenticate(SandboxRequest& request, Auth auth) const;
    void send(QTcpSocket* socket, const SandboxReply& reply, const QByteArray& requestId, bool closeAfter,
        int delayMs, qint64 sequence);
    void reset(QTcpSocket* socket, int delayMs, qint64 sequence);

    SandboxState m_state;
    SandboxOptions m_options;
    SandboxClock m_clock;
    FaultPlan m_faults;
    RequestLog m_log;
    Throttler m_throttler;
    AccountRoutes m_accounts;
    EventTypeRoutes m_eventTypes;
    BookingRoutes m_bookings;
    BookingChangeRoutes m_bookingChanges;
    SlotRoutes m_slots;
    QList<Route> m_routes;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace salon::sandbox
