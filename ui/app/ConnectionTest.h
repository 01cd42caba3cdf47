#pragma once

#include "core/common/Job.h"

#include <QUrl>

namespace salon::ui
{

class CalcomConnection;

// The settings dialog's "Test connection": connects with the typed (or stored) API key to the typed base
// URL and team, then lists the team's event types once. Success or the reason is errorString() / message().
class ConnectionTest : public Job
{
    Q_OBJECT
public:
    ConnectionTest(QUrl baseUrl, qint64 teamId, QString typedApiKey, QObject* parent = nullptr);

    // What to tell the admin on success ("Connected to team 42: 7 event types.").
    QString message() const { return m_message; }

protected:
    void doStart() override;

private:
    void listEventTypes();

    QUrl m_baseUrl;
    qint64 m_teamId;
    QString m_apiKey;
    CalcomConnection* m_probe = nullptr;
    QString m_message;
};

} // namespace salon::ui
