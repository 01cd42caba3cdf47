#include "DriftWording.h"

#include <QLocale>

namespace salon::ui
{

using sync::BookingDrift;

DriftGroup DriftWording::groupOf(BookingDrift::Kind kind)
{
    switch (kind) {
    case BookingDrift::Kind::Missing:
    case BookingDrift::Kind::Cancelled:
        return DriftGroup::Cancelled;
    case BookingDrift::Kind::Rescheduled:
        return DriftGroup::Rescheduled;
    case BookingDrift::Kind::TimeChanged:
    case BookingDrift::Kind::HostChanged:
        return DriftGroup::Changed;
    case BookingDrift::Kind::Untracked:
        return DriftGroup::Untracked;
    case BookingDrift::Kind::Duplicate:
        return DriftGroup::Duplicate;
    }
    return DriftGroup::Changed;
}

QString DriftWording::groupLabel(DriftGroup group)
{
    switch (group) {
    case DriftGroup::Cancelled:
        return tr("Cancelled in Cal.com");
    case DriftGroup::Rescheduled:
        return tr("Rescheduled in Cal.com");
    case DriftGroup::Changed:
        return tr("Time or staff changed");
    case DriftGroup::Untracked:
        return tr("Booked in Cal.com, not stored here");
    case DriftGroup::Duplicate:
        return tr("Booked twice");
    }
    return {};
}

QString DriftWording::when(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return tr("an unknown time");
    const QDateTime local = at.toTimeZone(zone);
    return QLocale().toString(local.date(), QStringLiteral("ddd dd.MM.")) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString DriftWording::title(const drift::DriftItem& item, const QTimeZone& zone)
{
    const BookingDrift& d = item.finding;
    const QString customer
        = d.customerName.isEmpty() ? tr("appointment %1").arg(d.appointmentId) : d.customerName;
    return tr("%1 — %2, step %3, %4")
        .arg(groupLabel(groupOf(d.kind)), customer, d.segmentKey, when(d.expectedStart, zone));
}

QString DriftWording::whatChanged(const drift::DriftItem& item, const QTimeZone& zone)
{
    const BookingDrift& d = item.finding;
    const QString customer
        = d.customerName.isEmpty() ? tr("appointment %1").arg(d.appointmentId) : d.customerName;
    const QDateTime now = item.liveStart.isValid() ? item.liveStart : d.actualStart;
    QString text;
    switch (d.kind) {
    case BookingDrift::Kind::Cancelled:
        text = tr("Step %1 of %2 on %3 was cancelled in Cal.com (by the customer or in Cal.com's own pages).")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone));
        break;
    case BookingDrift::Kind::Missing:
        text = tr("Cal.com no longer knows the booking of step %1 of %2 on %3.")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone));
        break;
    case BookingDrift::Kind::Rescheduled:
        text = tr("Step %1 of %2 was moved in Cal.com from %3 to %4.")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone), when(now, zone));
        break;
    case BookingDrift::Kind::TimeChanged:
        text = tr("Step %1 of %2 starts at %4 in Cal.com, here at %3.")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone), when(now, zone));
        break;
    case BookingDrift::Kind::HostChanged:
        text = tr("Step %1 of %2 on %3 is with %4 in Cal.com, here with %5.")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone), d.actualHost, d.expectedHost);
        break;
    case BookingDrift::Kind::Untracked:
        text = tr("Cal.com has a booking for step %1 of %2 on %3 that is not stored here yet.")
                   .arg(d.segmentKey, customer, when(now.isValid() ? now : d.expectedStart, zone));
        break;
    case BookingDrift::Kind::Duplicate:
        text = tr("Step %1 of %2 on %3 is booked twice in Cal.com.")
                   .arg(d.segmentKey, customer, when(d.expectedStart, zone));
        break;
    }
    if (!item.chainProblem.isEmpty())
        text += QLatin1Char(' ') + item.chainProblem;
    return text;
}

QString DriftWording::proposal(const drift::DriftItem& item)
{
    if (!item.proposal.canApply())
        return item.proposal.reason.isEmpty() ? tr("Nothing to apply: Cal.com's change is only shown.")
                                              : item.proposal.reason;
    QString text = tr("Proposal: %1.").arg(choiceText(item.proposal.recommended()));
    if (!item.proposal.reason.isEmpty())
        text = item.proposal.reason + QLatin1Char(' ') + text;
    return text;
}

QString DriftWording::choiceText(drift::DriftChoice choice)
{
    QString label = drift::DriftChoices::label(choice);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace salon::ui
