#pragma once

#include "calcom/CalcomSettings.h"

#include <QObject>
#include <QPointer>

namespace salon::calcom
{
class CalcomClient;
}

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

    calcom::CalcomClient* m_client;
    qint64 m_teamId = 0;
    State m_state = State::NotConfigured;
};

} // namespace salon::ui
