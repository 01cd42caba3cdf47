#include "SyncErrorAdvice.h"

#include "PhaseRecords.h"

#include "common/Clock.h"
#include "eventmaps/ResolvedEventType.h"

#include <QHash>
#include <QRegularExpression>

namespace salon::sync
{

using calcom::CalcomError;
using Category = calcom::CalcomError::Category;

QString SyncErrorAdvice::text() const
{
    if (nextStep.isEmpty())
        return message;
    return message + QLatin1Char(' ') + nextStep;
}

QString SyncErrorAdvice::readable(const QString& stored)
{
    const QString text = stored.trimmed();
    static const QRegularExpression raw(QStringLiteral("^HTTP (\\d{3}) ([A-Za-z_]+):?\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = raw.match(text); m.hasMatch()) {
        CalcomError error;
        error.httpStatus = m.captured(1).toInt();
        error.code = m.captured(2);
        error.category = CalcomError::categorize(error.httpStatus, error.code, m.captured(3));
        // userMessage() without Cal.com's message says it in the salon's words.
        const QString nextStep = forCalcomError(error, false).nextStep;
        const QString said = error.userMessage();
        return nextStep.isEmpty() ? said : said + QLatin1Char(' ') + nextStep;
    }
    // forCalcomError() quotes Cal.com's words: ("…") in English, („…“) in German.
    static const QRegularExpression quoted(QStringLiteral("\\s*\\((?:\"[^\"]*\"|\u201e[^\u201c]*\u201c)\\)"));
    return QString(text).remove(quoted);
}

SyncErrorAdvice SyncErrorAdvice::forCalcomError(const CalcomError& error, bool whilePosting)
{
    SyncErrorAdvice advice;
    advice.code = CalcomError::categoryName(error.category);
    advice.httpStatus = error.httpStatus;
    const QString calcomText = error.message.isEmpty() ? error.userMessage() : error.message;
    switch (error.category) {
    case Category::ManagedParent:
        advice.message
            = tr("Cal.com refused the booking: the event type is a managed parent (\"%1\").").arg(calcomText);
        advice.nextStep
            = tr("Run Verify event maps, or create bookable event types with the event type wizard, "
                 "then retry.");
        advice.tool = Tool::EventMapVerifier;
        break;
    case Category::SlotUnavailable:
        advice.message = tr("The host is busy at that time in Cal.com (\"%1\").").arg(calcomText);
        advice.nextStep
            = tr("Move the appointment to a free time (Move…) or free the host's calendar in Cal.com, then "
                 "retry.");
        advice.tool = Tool::MoveAppointment;
        break;
    case Category::Auth:
        advice.message = tr("Cal.com did not accept the API key (\"%1\").").arg(calcomText);
        advice.nextStep = tr("Check the API key in Settings.");
        advice.tool = Tool::Settings;
        // Every other phase would be refused the same way.
        advice.stopsRun = true;
        break;
    case Category::NotFound:
        advice.message = tr("Cal.com does not know the event type (\"%1\").").arg(calcomText);
        advice.nextStep = tr("Run Verify event maps to repair the event map, then retry.");
        advice.tool = Tool::EventMapVerifier;
        break;
    case Category::Validation:
        advice.message = tr("Cal.com rejected the booking: %1").arg(calcomText);
        advice.nextStep
            = tr("Move the appointment (Move…) or correct the event type as Cal.com says, then retry.");
        advice.tool = Tool::MoveAppointment;
        break;
    case Category::RateLimited:
        advice.message = tr("Cal.com's rate limit was reached (\"%1\").").arg(calcomText);
        advice.nextStep = tr("Retry later; the limit resets within a minute.");
        advice.retryable = true;
        break;
    case Category::Server:
        advice.message = tr("Cal.com answered with a server error (\"%1\").").arg(calcomText);
        advice.nextStep
            = tr("Retry later; Cal.com is checked for the booking first, so nothing is booked twice.");
        advice.retryable = true;
        advice.outcomeUnclear = whilePosting;
        break;
    case Category::Network:
        advice.message = error.timedOut ? tr("Cal.com did not answer in time (%1).").arg(calcomText)
                                        : tr("Cal.com could not be reached (%1).").arg(calcomText);
        advice.nextStep
            = tr("Check the internet connection and retry; Cal.com is checked for the booking first, so "
                 "nothing is booked twice.");
        advice.retryable = true;
        // A refused connection never reached Cal.com; anything else (reset, timeout) may have.
        advice.outcomeUnclear = whilePosting && error.networkError != QNetworkReply::ConnectionRefusedError
            && error.networkError != QNetworkReply::HostNotFoundError;
        break;
    case Category::Cancelled:
        advice.message = tr("The sync was cancelled.");
        advice.outcomeUnclear = whilePosting;
        break;
    }
    if (!error.requestId.isEmpty())
        advice.message += QLatin1Char(' ') + tr("(Cal.com request id %1)").arg(error.requestId);
    return advice;
}

SyncErrorAdvice SyncErrorAdvice::forResolveFailure(const eventmaps::ResolveFailure& failure)
{
    using Kind = eventmaps::ResolveFailure::Kind;
    if (failure.kind() == Kind::CalcomFailure)
        return forCalcomError(failure.as<eventmaps::CalcomFailure>()->error, false);

    SyncErrorAdvice advice;
    advice.code = failure.kindName();
    advice.message = failure.message();
    switch (failure.kind()) {
    case Kind::NoChildForHost:
        advice.nextStep
            = tr("Run Verify event maps and let the event type wizard create a bookable round-robin event "
                 "type for this staff member, then retry.");
        advice.tool = Tool::EventTypeWizard;
        break;
    case Kind::ChildNotVisible:
        advice.nextStep
            = tr("Use an API key of a team admin who can see the child, or store the child's id in the "
                 "event map (Verify event maps).");
        advice.tool = Tool::EventMapVerifier;
        break;
    case Kind::EventTypeMissing:
        advice.nextStep
            = tr("Run Verify event maps to point the event map at an existing event type, then retry.");
        advice.tool = Tool::EventMapVerifier;
        break;
    case Kind::StaffWithoutCalcomUser:
        advice.nextStep = tr("Enter the staff member's Cal.com user id and username, then retry.");
        advice.tool = Tool::EventMapVerifier;
        break;
    case Kind::CalcomFailure:
        break;
    }
    return advice;
}

SyncErrorAdvice SyncErrorAdvice::missingEventMap(
    qint64 serviceId, const QString& segmentKey, const QString& staffName)
{
    SyncErrorAdvice advice;
    advice.code = QStringLiteral("noEventMap");
    advice.message
        = tr("No event map row for service %1, segment %2 and %3.").arg(serviceId).arg(segmentKey, staffName);
    advice.nextStep = tr("Create the event type with the event type wizard, then retry.");
    advice.tool = Tool::EventTypeWizard;
    return advice;
}

SyncErrorAdvice SyncErrorAdvice::missingStaff()
{
    SyncErrorAdvice advice;
    advice.code = QStringLiteral("noStaff");
    advice.message = tr("The phase needs staff but has no staff member assigned.");
    advice.nextStep = tr("Assign a staff member to the appointment, then retry.");
    return advice;
}

std::optional<SyncErrorAdvice> SyncErrorAdvice::unbookable(const PhaseWork& work)
{
    if (work.phase.staffId.isEmpty() || !work.staff)
        return missingStaff();
    if (!work.mapEntry)
        return missingEventMap(work.serviceId, work.phase.segmentKey, work.staff->name);
    return std::nullopt;
}

SyncErrorAdvice SyncErrorAdvice::databaseError(const QString& message)
{
    SyncErrorAdvice advice;
    advice.code = QStringLiteral("database");
    advice.message = tr("The database could not be updated: %1").arg(message);
    advice.nextStep = tr("Check the database connection and retry.");
    advice.tool = Tool::Settings;
    return advice;
}

SyncErrorAdvice SyncErrorAdvice::databaseUnusable(const QString& message)
{
    SyncErrorAdvice advice = databaseError(message);
    advice.stopsRun = true;
    return advice;
}

namespace
{
int minutes(int seconds)
{
    return (qMax(0, seconds) + 59) / 60;
}
} // namespace

SyncErrorAdvice SyncErrorAdvice::bookingNotStored(
    qint64 bookingId, const QString& bookingUid, const QString& cause, int staleSeconds)
{
    SyncErrorAdvice advice;
    advice.code = QStringLiteral("database");
    advice.message = tr("Cal.com booked %1 (%2), but the database could not store it: %3.")
                         .arg(bookingId)
                         .arg(bookingUid, cause);
    advice.nextStep = staleSeconds < 0
        ? tr("The next sync finds this booking in Cal.com and stores it; nothing is booked twice.")
        : tr("The phase stays 'syncing' under this run's claim (attempt 'posting'). A later sync takes the "
             "claim over after %n minute(s) (the CLI at once with --take-over-after 0), finds this booking "
             "in Cal.com and stores it; nothing is booked twice.",
            nullptr, minutes(staleSeconds));
    advice.tool = Tool::Settings;
    // The booking exists; until it is stored, every run must find it before posting.
    advice.outcomeUnclear = true;
    return advice;
}

QString SyncErrorAdvice::heldElsewhere(const QDateTime& since, int staleSeconds)
{
    if (!since.isValid())
        return tr("Another console or cron job is syncing this phase right now.");
    const qint64 ago = qMax<qint64>(0, since.secsTo(Clock::instance().nowUtc()));
    return tr("Another console or cron job has held this phase since %1 (%2 s ago); a claim left untouched "
              "for %n minute(s) is taken over, with Cal.com asked first.",
        nullptr, minutes(staleSeconds))
        .arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
        .arg(ago);
}

QString SyncErrorAdvice::claimLeftHeld(int staleSeconds, const QString& cause)
{
    if (cause.isEmpty())
        return tr("The phase stays 'syncing' until a later sync takes the claim over after %n minute(s).",
            nullptr, minutes(staleSeconds));
    return tr("The failure could not be stored (%1); the phase stays 'syncing' until a later sync takes the "
              "claim over after %n minute(s).",
        nullptr, minutes(staleSeconds))
        .arg(cause);
}

QString SyncErrorAdvice::toolName(Tool tool)
{
    switch (tool) {
    case Tool::None:
        return QStringLiteral("none");
    case Tool::EventMapVerifier:
        return QStringLiteral("eventMapVerifier");
    case Tool::EventTypeWizard:
        return QStringLiteral("eventTypeWizard");
    case Tool::Settings:
        return QStringLiteral("settings");
    case Tool::MoveAppointment:
        return QStringLiteral("moveAppointment");
    }
    return {};
}

SyncErrorAdvice::Tool SyncErrorAdvice::toolForCode(const QString& code)
{
    static const QStringList verifier { QStringLiteral("managedParent"), QStringLiteral("notFound"),
        QStringLiteral("eventTypeMissing"), QStringLiteral("childNotVisible"),
        QStringLiteral("staffWithoutCalcomUser") };
    if (verifier.contains(code))
        return Tool::EventMapVerifier;
    if (code == QLatin1String("noChildForHost") || code == QLatin1String("noEventMap"))
        return Tool::EventTypeWizard;
    if (code == QLatin1String("auth") || code == QLatin1String("database"))
        return Tool::Settings;
    if (code == QLatin1String("slotUnavailable") || code == QLatin1String("validation"))
        return Tool::MoveAppointment;
    return Tool::None;
}

QString SyncErrorAdvice::toolLabel(Tool tool)
{
    switch (tool) {
    case Tool::None:
        return {};
    case Tool::EventMapVerifier:
        return tr("Verify event maps");
    case Tool::EventTypeWizard:
        return tr("Open the event type wizard");
    case Tool::Settings:
        return tr("Open settings");
    case Tool::MoveAppointment:
        return tr("Move the appointment…");
    }
    return {};
}

QString SyncErrorAdvice::outcomeLabel(const QString& outcome)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("posting"), QT_TR_NOOP("sent, no answer stored") },
        { QStringLiteral("reconciling"), QT_TR_NOOP("checking Cal.com") },
        { QStringLiteral("synced"), QT_TR_NOOP("booked") },
        { QStringLiteral("recovered"), QT_TR_NOOP("found booked in Cal.com") },
        { QStringLiteral("unclear"), QT_TR_NOOP("answer unclear, Cal.com is checked first") },
        { QStringLiteral("auth"), QT_TR_NOOP("API key refused") },
        { QStringLiteral("notFound"), QT_TR_NOOP("event type not found") },
        { QStringLiteral("managedParent"), QT_TR_NOOP("shared event type, not bookable") },
        { QStringLiteral("slotUnavailable"), QT_TR_NOOP("time not free") },
        { QStringLiteral("validation"), QT_TR_NOOP("booking refused") },
        { QStringLiteral("rateLimited"), QT_TR_NOOP("too many requests") },
        { QStringLiteral("server"), QT_TR_NOOP("Cal.com server error") },
        { QStringLiteral("network"), QT_TR_NOOP("no connection") },
        { QStringLiteral("cancelled"), QT_TR_NOOP("stopped") },
        { QStringLiteral("noEventMap"), QT_TR_NOOP("no event type for this staff member") },
        { QStringLiteral("noStaff"), QT_TR_NOOP("no staff member") },
        { QStringLiteral("database"), QT_TR_NOOP("database error") },
        { QStringLiteral("childNotVisible"), QT_TR_NOOP("staff member's event type not visible") },
        { QStringLiteral("eventTypeMissing"), QT_TR_NOOP("event type deleted in Cal.com") },
        { QStringLiteral("noChildForHost"), QT_TR_NOOP("staff member has no event type") },
        { QStringLiteral("staffWithoutCalcomUser"), QT_TR_NOOP("staff member not linked to Cal.com") },
    };
    const auto it = labels.constFind(outcome);
    return it == labels.constEnd() ? outcome : tr(it.value());
}

} // namespace salon::sync
