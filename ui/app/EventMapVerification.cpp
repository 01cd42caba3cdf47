#include "EventMapVerification.h"

#include "core/db/DatabaseSession.h"
#include "core/eventmaps/EventMapVerifier.h"
#include "core/eventmaps/TeamEventTypeCache.h"
#include "ui/CalcomConnection.h"
#include "ui/pages/EventMapPage.h"

namespace salon::ui
{

EventMapVerification::EventMapVerification(DatabaseSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

RowFinding EventMapVerification::rowFinding(const eventmaps::Finding& finding)
{
    RowFinding row;
    row.rowId = finding.mapId ? QVariant(*finding.mapId) : QVariant();
    row.severity = finding.severity == eventmaps::Finding::Severity::Error ? RowFinding::Severity::Error
                                                                           : RowFinding::Severity::Warning;
    row.message
        = finding.fixText.isEmpty() ? finding.message : finding.message + QLatin1Char('\n') + finding.fixText;
    if (!finding.staffId.isEmpty())
        row.describes.append({ QStringLiteral("staff"), finding.staffId });
    if (finding.serviceId > 0) {
        const QString service = QString::number(finding.serviceId);
        row.describes.append({ QStringLiteral("services"), service });
        // A map row or segment added or removed for the service (their parent key) may settle it too.
        row.describes.append({ QStringLiteral("calcom_event_map"), service });
        row.describes.append({ QStringLiteral("service_segments"), service });
    }
    return row;
}

QString EventMapVerification::summary(const FindingsProxyModel::Counts& counts)
{
    if (counts.total() == 0)
        return tr("Event maps verified: no problems found.");
    return tr("Event maps verified: %1, %2.")
        .arg(tr("%n error(s)", nullptr, counts.errors), tr("%n warning(s)", nullptr, counts.warnings));
}

void EventMapVerification::run(EventMapPage* page, CalcomConnection* calcom)
{
    if (m_running || !page)
        return;
    m_running = true;
    auto* verifier = new eventmaps::EventMapVerifier(this);
    verifier->setDatabase(m_session->worker());
    if (calcom && calcom->isReady())
        verifier->setCache(new eventmaps::TeamEventTypeCache(calcom->client(), calcom->teamId(), verifier));
    QPointer<EventMapPage> target(page);
    connect(verifier, &Job::finished, this, [this, verifier, target] {
        m_running = false;
        if (verifier->hasError())
            return emit finished(tr("Cannot verify the event maps: %1").arg(verifier->errorString()));
        QList<RowFinding> rows;
        for (const eventmaps::Finding& finding : verifier->findings())
            rows.append(rowFinding(finding));
        if (!target)
            return;
        target->setVerifierFindings(rows);
        QString text = summary(target->findings()->counts());
        if (!verifier->checksRemote())
            text += QLatin1Char(' ') + tr("Only local checks ran: Cal.com is not connected.");
        else if (verifier->hasRemoteError())
            text += QLatin1Char(' ')
                + tr("Cal.com could not be checked: %1").arg(verifier->remoteError().userMessage());
        emit finished(text);
    });
    verifier->start();
}

} // namespace salon::ui
