#pragma once

#include "calcom/CalcomSettings.h"
#include "db/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace salon
{
class DatabaseWorker;
}

namespace salon::calcom
{
class CalcomClient;
class DatabaseRateBudget;
} // namespace salon::calcom

namespace salon::ui
{

// The GUI's one Cal.com client and how it gets ready: the API key (given, CALCOM_API_KEY, or the
// keychain), then the team (configured, or the key user's only team), then the user for the status bar.
// Everything is asynchronous; pages that need Cal.com wait for ready().
class CalcomConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { NotConfigured, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit CalcomConnection(const calcom::CalcomSettings& settings, QObject* parent = nullptr);
    ~CalcomConnection() override;

    calcom::CalcomClient* client() const { return m_client; }
    // 0 until the team is known.
    qint64 teamId() const { return m_teamId; }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Connected; }

    // Paces this client within one request budget with every other process on the same key that uses
    // this database (the CLI, a second window): DatabaseRateBudget, in a worker thread of its own so a
    // long database job never delays a request. Call before connectToCalcom().
    void shareRateBudget(const DatabaseUrl& database);

    // An empty key means: CALCOM_API_KEY, else the keychain entry for the base URL.
    void connectToCalcom(const QString& apiKey = {});

signals:
    void stateChanged(salon::ui::CalcomConnection::State state, const QString& detail);
    void teamChanged(qint64 teamId, const QString& name);
    void userChanged(const QString& user);
    void ready();

private:
    void setState(State state, const QString& detail = {});
    void resolveTeam();
    void readMe();
    void useKey(const QString& apiKey);

    calcom::CalcomClient* m_client;
    std::optional<DatabaseUrl> m_budgetDatabase;
    std::unique_ptr<DatabaseWorker> m_budgetWorker;
    std::unique_ptr<calcom::DatabaseRateBudget> m_budget;
    qint64 m_teamId = 0;
    State m_state = State::NotConfigured;
};

} // namespace salon::ui
