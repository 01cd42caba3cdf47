#include "PhaseResult.h"

namespace salon::sync {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("salon::sync::PhaseResult", text);
}
} // namespace

QString stageName(PhaseStage stage)
{
    switch (stage) {
    case PhaseStage::Queued: return QStringLiteral("queued");
    case PhaseStage::Claiming: return QStringLiteral("claiming");
    case PhaseStage::Reconciling: return QStringLiteral("reconciling");
    case PhaseStage::Resolving: return QStringLiteral("resolving");
    case PhaseStage::Booking: return QStringLiteral("booking");
    case PhaseStage::WaitingToRetry: return QStringLiteral("waitingToRetry");
    case PhaseStage::Synced: return QStringLiteral("synced");
    case PhaseStage::Skipped: return QStringLiteral("skipped");
    case PhaseStage::Failed: return QStringLiteral("failed");
    case PhaseStage::Busy: return QStringLiteral("busy");
    case PhaseStage::Archived: return QStringLiteral("archived");
    case PhaseStage::Cancelled: return QStringLiteral("cancelled");
    case PhaseStage::Planned: return QStringLiteral("planned");
    }
    return {};
}

QString stageLabel(PhaseStage stage)
{
    switch (stage) {
    case PhaseStage::Queued: return tr("queued");
    case PhaseStage::Claiming: return tr("claiming");
    case PhaseStage::Reconciling: return tr("checking Cal.com");
    case PhaseStage::Resolving: return tr("resolving event type");
    case PhaseStage::Booking: return tr("booking");
    case PhaseStage::WaitingToRetry: return tr("waiting to retry");
    case PhaseStage::Synced: return tr("synced");
    case PhaseStage::Skipped: return tr("skipped");
    case PhaseStage::Failed: return tr("failed");
    case PhaseStage::Busy: return tr("held by another sync");
    case PhaseStage::Archived: return tr("archived");
    case PhaseStage::Cancelled: return tr("cancelled");
    case PhaseStage::Planned: return tr("would be booked");
    }
    return {};
}

bool isFinalStage(PhaseStage stage)
{
    switch (stage) {
    case PhaseStage::Queued:
    case PhaseStage::Claiming:
    case PhaseStage::Reconciling:
    case PhaseStage::Resolving:
    case PhaseStage::Booking:
    case PhaseStage::WaitingToRetry:
        return false;
    default:
        return true;
    }
}

QJsonObject PhaseResult::toJson() const
{
    QJsonObject o{{QStringLiteral("phaseId"), phaseId},
                  {QStringLiteral("appointmentId"), appointmentId},
                  {QStringLiteral("segmentKey"), segmentKey},
                  {QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("status"), stageName(stage)},
                  {QStringLiteral("message"), message}};
    if (bookingId > 0)
        o.insert(QStringLiteral("calcomBookingId"), bookingId);
    if (!bookingUid.isEmpty())
        o.insert(QStringLiteral("calcomBookingUid"), bookingUid);
    if (eventTypeId > 0)
        o.insert(QStringLiteral("eventTypeId"), eventTypeId);
    if (recovered)
        o.insert(QStringLiteral("recovered"), true);
    if (alreadyDone)
        o.insert(QStringLiteral("alreadyDone"), true);
    o.insert(QStringLiteral("postAttempts"), postAttempts);
    if (advice) {
        o.insert(QStringLiteral("error"), advice->code);
        o.insert(QStringLiteral("nextStep"), advice->nextStep);
        if (advice->tool != SyncErrorAdvice::Tool::None)
            o.insert(QStringLiteral("tool"), SyncErrorAdvice::toolName(advice->tool));
        if (advice->httpStatus > 0)
            o.insert(QStringLiteral("httpStatus"), advice->httpStatus);
    }
    return o;
}

} // namespace salon::sync
