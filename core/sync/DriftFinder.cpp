#include "DriftFinder.h"

#include "BookingMetadata.h"
#include "calcom/Booking.h"
#include "common/Logging.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace salon::sync
{

using calcom::Booking;

void DriftFinder::compare(const SyncedPhase& phase, const Booking& booking)
{
    const QString when
        = QLocale().toString(phase.startsAt.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
    if (booking.isCancelled()) {
        if (!booking.rescheduledToUid.isEmpty()) {
            add(BookingDrift::Kind::Rescheduled, phase,
                tr("Booking %1 of %2 on %3 was rescheduled in Cal.com (new booking %4).")
                    .arg(booking.uid, phase.customerName, when, booking.rescheduledToUid));
            m_drift.last().otherBookingUid = booking.rescheduledToUid;
        } else {
            add(BookingDrift::Kind::Cancelled, phase,
                tr("Booking %1 of %2 on %3 was cancelled in Cal.com%4.")
                    .arg(booking.uid, phase.customerName, when,
                        booking.cancellationReason.isEmpty()
                            ? QString()
                            : QStringLiteral(" (\"%1\")").arg(booking.cancellationReason)));
        }
        m_drift.last().bookingId = booking.id;
        return;
    }
    if (booking.start.isValid() && booking.start.toUTC() != phase.startsAt.toUTC()) {
        add(BookingDrift::Kind::TimeChanged, phase,
            tr("Booking %1 of %2 starts at %3 in Cal.com, but the phase starts at %4.")
                .arg(booking.uid, phase.customerName, booking.start.toUTC().toString(Qt::ISODate),
                    phase.startsAt.toUTC().toString(Qt::ISODate)));
        m_drift.last().actualStart = booking.start.toUTC();
        m_drift.last().bookingId = booking.id;
    }
    if (phase.calcomUserId && !booking.hosts.isEmpty()) {
        bool hostMatches = false;
        QStringList hosts;
        for (const Booking::Host& host : booking.hosts) {
            hostMatches = hostMatches || host.id == *phase.calcomUserId;
            hosts.append(host.name.isEmpty() ? QString::number(host.id) : host.name);
        }
        if (!hostMatches) {
            add(BookingDrift::Kind::HostChanged, phase,
                tr("Booking %1 of %2 is hosted by %3 in Cal.com, but the phase is %4's.")
                    .arg(booking.uid, phase.customerName, hosts.join(QStringLiteral(", ")), phase.staffName));
            m_drift.last().actualHost = hosts.join(QStringLiteral(", "));
            m_drift.last().bookingId = booking.id;
        }
    }
}

void DriftFinder::missing(const SyncedPhase& phase)
{
    if (phase.bookingUid.isEmpty()) {
        add(BookingDrift::Kind::Missing, phase,
            tr("Phase %1 is marked synced but has no Cal.com booking uid.").arg(phase.phaseId));
        return;
    }
    add(BookingDrift::Kind::Missing, phase,
        tr("Booking %1 of %2 (phase %3) no longer exists in Cal.com.")
            .arg(phase.bookingUid, phase.customerName)
            .arg(phase.phaseId));
}

void DriftFinder::findStrays(const QList<Booking>& bookings, const QList<SyncedPhase>& phases,
    const QDateTime& from, const QDateTime& to)
{
    QHash<qint64, const SyncedPhase*> byPhase;
    for (const SyncedPhase& p : phases)
        byPhase.insert(p.phaseId, &p);
    QHash<QString, QString> successorOf;
    for (const Booking& b : bookings)
        if (!b.rescheduledToUid.isEmpty())
            successorOf.insert(b.uid, b.rescheduledToUid);
    // A reschedule in Cal.com leaves the phase's booking cancelled and a new one with our metadata: that
    // one is the phase's booking moved, not a second one (§12.1).
    auto isOwnChain = [&successorOf](const SyncedPhase& phase, const QString& uid) {
        QString at = phase.bookingUid;
        for (int hops = 0; hops < 32 && successorOf.contains(at); ++hops) {
            at = successorOf.value(at);
            if (at == uid)
                return true;
        }
        return false;
    };
    for (const Booking& b : bookings) {
        if (b.isCancelled())
            continue;
        const auto phaseId = BookingMetadata::phaseIdOf(b);
        if (!phaseId)
            continue;
        if (const SyncedPhase* phase = byPhase.value(*phaseId)) {
            if (b.uid != phase->bookingUid && !isOwnChain(*phase, b.uid)) {
                add(BookingDrift::Kind::Duplicate, *phase,
                    tr("Phase %1 of %2 has a second active booking %3 in Cal.com besides %4: the customer is "
                       "booked "
                       "twice.")
                        .arg(phase->phaseId)
                        .arg(phase->customerName, b.uid, phase->bookingUid));
                m_drift.last().otherBookingUid = b.uid;
                m_drift.last().actualStart = b.start.toUTC();
            }
            continue;
        }
        if (from.isValid() && to.isValid() && b.start.isValid() && (b.start < from || b.start >= to))
            continue; // its phase may simply lie outside the period
        SyncedPhase unknown;
        unknown.phaseId = *phaseId;
        unknown.appointmentId = b.metadata.value(BookingMetadata::kAppointmentKey).toString().toLongLong();
        unknown.bookingUid = b.uid;
        unknown.bookingId = b.id;
        unknown.startsAt = b.start;
        add(BookingDrift::Kind::Untracked, unknown,
            tr("Cal.com has an active booking %1 for phase %2, which is not marked synced here; a new sync "
               "of that "
               "phase checks Cal.com first and adopts it.")
                .arg(b.uid)
                .arg(*phaseId));
        m_drift.last().actualStart = b.start.toUTC();
    }
}

void DriftFinder::add(BookingDrift::Kind kind, const SyncedPhase& phase, const QString& message)
{
    BookingDrift d;
    d.kind = kind;
    d.phaseId = phase.phaseId;
    d.appointmentId = phase.appointmentId;
    d.segmentKey = phase.segmentKey;
    d.customerName = phase.customerName;
    d.bookingId = phase.bookingId;
    d.bookingUid = phase.bookingUid;
    d.expectedStart = phase.startsAt;
    d.expectedHost = phase.staffName;
    d.message = message;
    m_drift.append(d);
    qCInfo(lcSync) << "drift:" << BookingDrift::kindName(kind) << message;
}

} // namespace salon::sync
