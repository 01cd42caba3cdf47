#include "ConnectionTest.h"

#include "core/calcom/CalcomClient.h"
#include "core/secrets/ApiKeyFormat.h"
#include "ui/CalcomConnection.h"

namespace salon::ui
{

ConnectionTest::ConnectionTest(QUrl baseUrl, qint64 teamId, QString typedApiKey, QObject* parent)
    : Job(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_teamId(teamId)
    , m_apiKey(std::move(typedApiKey))
{
}

void ConnectionTest::doStart()
{
    // A key typed into the settings goes into a header: check its form first (storing checks it too).
    if (!m_apiKey.isEmpty()) {
        if (const QString problem = ApiKeyFormat::problem(m_apiKey.trimmed(), tr("entered in the settings"));
            !problem.isEmpty())
            return finishWithError(problem);
    }
    calcom::CalcomSettings settings;
    settings.baseUrl = m_baseUrl;
    if (m_teamId > 0)
        settings.teamId = m_teamId;
    m_probe = new CalcomConnection(settings, this);
    connect(m_probe, &CalcomConnection::stateChanged, this,
        [this](CalcomConnection::State state, const QString& detail) {
            if (state == CalcomConnection::State::Connecting)
                return;
            if (state != CalcomConnection::State::Connected)
                return finishWithError(detail);
            listEventTypes();
        });
    m_probe->connectToCalcom(m_apiKey);
}

void ConnectionTest::listEventTypes()
{
    auto* list = m_probe->client()->teamEventTypes(m_probe->teamId());
    connect(list, &calcom::CalcomJob::finished, this, [this, list] {
        if (list->hasError())
            return finishWithError(list->error().userMessage());
        m_message = tr("Connected to team %1: %n event type(s).", nullptr, int(list->result().size()))
                        .arg(m_probe->teamId());
        finishOk();
    });
}

} // namespace salon::ui
