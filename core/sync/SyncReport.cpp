#include "SyncReport.h"

#include <QJsonArray>

#include <algorithm>

namespace salon::sync
{

int SyncReport::count(PhaseStage stage) const
{
    return int(std::count_if(
        phases.begin(), phases.end(), [stage](const PhaseResult& r) { return r.stage == stage; }));
}

bool SyncReport::allOk() const
{
    return !cancelled && runError.isEmpty()
        && std::all_of(phases.begin(), phases.end(), [](const PhaseResult& r) { return r.isOk(); });
}

bool SyncReport::anyFailed() const
{
    return std::any_of(phases.begin(), phases.end(), [](const PhaseResult& r) { return !r.isOk(); });
}

QDateTime SyncReport::oldestHeldSince() const
{
    QDateTime oldest;
    for (const PhaseResult& r : phases) {
        if (r.stage == PhaseStage::Busy && r.heldSince.isValid()
            && (!oldest.isValid() || r.heldSince < oldest))
            oldest = r.heldSince;
    }
    return oldest;
}

const PhaseResult* SyncReport::find(qint64 phaseId) const
{
    for (const PhaseResult& r : phases) {
        if (r.phaseId == phaseId)
            return &r;
    }
    return nullptr;
}

QString SyncReport::summary() const
{
    QString text = tr("%1 synced, %2 skipped, %3 failed")
                       .arg(count(PhaseStage::Synced))
                       .arg(count(PhaseStage::Skipped))
                       .arg(count(PhaseStage::Failed));
    if (const int busy = count(PhaseStage::Busy))
        text += tr(", %1 held by another sync").arg(busy);
    if (const int archived = count(PhaseStage::Archived))
        text += tr(", %1 archived").arg(archived);
    if (const int cancelledCount = count(PhaseStage::Cancelled))
        text += tr(", %1 cancelled").arg(cancelledCount);
    if (dryRun)
        text = tr("Dry run: %1 would be booked, %2 skipped, %3 cannot be booked")
                   .arg(count(PhaseStage::Planned))
                   .arg(count(PhaseStage::Skipped))
                   .arg(count(PhaseStage::Failed));
    return text;
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray list;
    for (const PhaseResult& r : phases)
        list.append(r.toJson());
    QJsonObject o { { QStringLiteral("ok"), allOk() }, { QStringLiteral("dryRun"), dryRun },
        { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("synced"), count(PhaseStage::Synced) },
        { QStringLiteral("skipped"), count(PhaseStage::Skipped) },
        { QStringLiteral("failed"), count(PhaseStage::Failed) },
        { QStringLiteral("busy"), count(PhaseStage::Busy) }, { QStringLiteral("summary"), summary() },
        { QStringLiteral("phases"), list } };
    if (!runError.isEmpty())
        o.insert(QStringLiteral("error"), runError);
    if (const QDateTime held = oldestHeldSince(); held.isValid())
        o.insert(QStringLiteral("heldSince"), held.toUTC().toString(Qt::ISODate));
    return o;
}

} // namespace salon::sync
