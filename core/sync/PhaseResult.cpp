#include "PhaseResult.h"

namespace salon::sync
{

namespace
{
// tr() through one declared context, so that lupdate files every string where run time looks for it.
struct PhaseResultText {
    Q_DECLARE_TR_FUNCTIONS(salon::sync::PhaseResult)
};
} // namespace

QString stageName(PhaseStage stage)
{
    switch (stage) {
    case PhaseStage::Queued:
        return QStringLiteral("queued");
    case PhaseStage::Claiming:
        return QStringLiteral("claiming");
    case PhaseStage::Reconciling:
        return QStringLiteral("reconciling");
    case PhaseStage::Resolving:
        return QStringLiteral("resolving");
    case PhaseStage::Booking:
        return QStringLiteral("booking");
    case PhaseStage::WaitingToRetry:
        return QStringLiteral("waitingToRetry");
    case PhaseStage::Synced:
        return QStringLiteral("synced");
    case PhaseStage::Skipped:
        return QStringLiteral("skipped");
    case PhaseStage::Failed:
        return QStringLiteral("failed");
    case PhaseStage::Busy:
        return QStringLiteral("busy");
    case PhaseStage::Archived:
        return QStringLiteral("archived");
    case PhaseStage::Cancelled:
        return QStringLiteral("cancelled");
    case PhaseStage::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

QString stageLabel(PhaseStage stage)
{
    switch (stage) {
    case PhaseStage::Queued:
        return PhaseResultText::tr("queued");
    case PhaseStage::Claiming:
        return PhaseResultText::tr("claiming");
    case PhaseStage::Reconciling:
        return PhaseResultText::tr("checking Cal.com");
    case PhaseStage::Resolving:
        return PhaseResultText::tr("resolving event type");
    case PhaseStage::Booking:
        return PhaseResultText::tr("booking");
    case PhaseStage::WaitingToRetry:
        return PhaseResultText::tr("waiting to retry");
    case PhaseStage::Synced:
        return PhaseResultText::tr("synced");
    case PhaseStage::Skipped:
        return PhaseResultText::tr("skipped");
    case PhaseStage::Failed:
        return PhaseResultText::tr("failed");
    case PhaseStage::Busy:
        return PhaseResultText::tr("held by another sync");
    case PhaseStage::Archived:
        return PhaseResultText::tr("archived");
    case PhaseStage::Cancelled:
        return PhaseResultText::tr("cancelled");
    case PhaseStage::Planned:
        return PhaseResultText::tr("would be booked");
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
    QJsonObject o { { QStringLiteral("phaseId"), phaseId },
        { QStringLiteral("appointmentId"), appointmentId }, { QStringLiteral("segmentKey"), segmentKey },
        { QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("status"), stageName(stage) }, { QStringLiteral("message"), message } };
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
    if (heldSince.isValid())
        o.insert(QStringLiteral("heldSince"), heldSince.toUTC().toString(Qt::ISODate));
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
