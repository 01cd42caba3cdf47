#include "BookingReconciler.h"

#include "BookingMetadata.h"
#include "calcom/BookingListJob.h"
#include "calcom/CalcomClient.h"
#include "common/Logging.h"
#include "common/WaitForSignal.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace salon::sync
{

using calcom::Booking;
using calcom::CalcomError;

BookingReconciler::BookingReconciler(QSqlDatabase db, calcom::CalcomClient* client, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(db), QStringLiteral("reconcile"))
    , m_client(client)
{
}

BookingReconciler::~BookingReconciler() = default;

void BookingReconciler::start(const QDateTime& from, const QDateTime& to)
{
    m_from = from.toUTC();
    m_to = to.toUTC();
    auto phases = m_repository.syncedPhases(m_from, m_to);
    if (!phases) {
        finish(phases.error());
        return;
    }
    m_phases = *phases;
    if (!m_client) {
        finish(tr("No Cal.com client is configured."));
        return;
    }
    calcom::BookingQuery query;
    query.afterStart = m_from.addSecs(-60);
    query.beforeEnd = m_to.addDays(1);
    auto* job = m_client->listBookings(query);
    m_request = job;
    connect(job, &calcom::CalcomJob::finished, this, [this, job] {
        m_request = nullptr;
        if (job->hasError()) {
            finish(tr("Cannot list Cal.com's bookings: %1").arg(job->error().userMessage()));
            return;
        }
        QHash<QString, Booking> byUid;
        for (const Booking& b : job->bookings())
            byUid.insert(b.uid, b);
        for (const SyncedPhase& phase : std::as_const(m_phases)) {
            const auto it = byUid.constFind(phase.bookingUid);
            if (it == byUid.constEnd() || phase.bookingUid.isEmpty()) {
                m_lookups.push_back(phase);
                continue;
            }
            compare(phase, *it);
            ++m_checked;
        }
        findStrays(job->bookings());
        emit progress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::lookUpNext()
{
    if (m_cancelled)
        return;
    if (m_lookups.empty()) {
        finish();
        return;
    }
    const SyncedPhase phase = m_lookups.front();
    m_lookups.pop_front();
    if (phase.bookingUid.isEmpty()) {
        add(BookingDrift::Kind::Missing, phase,
            tr("Phase %1 is marked synced but has no Cal.com booking uid.").arg(phase.phaseId));
        ++m_checked;
        lookUpNext();
        return;
    }
    auto* reply = m_client->booking(phase.bookingUid);
    m_request = reply;
    connect(reply, &calcom::CalcomJob::finished, this, [this, reply, phase] {
        m_request = nullptr;
        if (reply->hasError()) {
            if (reply->error().category != CalcomError::Category::NotFound) {
                finish(tr("Cannot read booking %1: %2").arg(phase.bookingUid, reply->error().userMessage()));
                return;
            }
            add(BookingDrift::Kind::Missing, phase,
                tr("Booking %1 of %2 (phase %3) no longer exists in Cal.com.")
                    .arg(phase.bookingUid, phase.customerName)
                    .arg(phase.phaseId));
        } else {
            compare(phase, reply->result());
        }
        ++m_checked;
        emit progress(m_checked, int(m_phases.size()));
        lookUpNext();
    });
}

void BookingReconciler::compare(const SyncedPhase& phase, const Booking& booking)
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

void BookingReconciler::findStrays(const QList<Booking>& bookings)
{
    QHash<qint64, const SyncedPhase*> phases;
    for (const SyncedPhase& p : std::as_const(m_phases))
        phases.insert(p.phaseId, &p);
    for (const Booking& b : bookings) {
        if (b.isCancelled())
            continue;
        const auto phaseId = BookingMetadata::phaseIdOf(b);
        if (!phaseId)
            continue;
        if (const SyncedPhase* phase = phases.value(*phaseId)) {
            if (b.uid != phase->bookingUid) {
                add(BookingDrift::Kind::Duplicate, *phase,
                    tr("Phase %1 of %2 has a second active booking %3 in Cal.com besides %4: the customer is "
                       "booked "
                       "twice.")
                        .arg(phase->phaseId)
                        .arg(phase->customerName, b.uid, phase->bookingUid));
                m_drift.last().otherBookingUid = b.uid;
            }
            continue;
        }
        if (b.start.isValid() && (b.start < m_from || b.start >= m_to))
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
    }
}

void BookingReconciler::add(BookingDrift::Kind kind, const SyncedPhase& phase, const QString& message)
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

void BookingReconciler::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (auto* job = qobject_cast<calcom::CalcomJob*>(m_request.data()))
        job->cancel();
    finish(tr("Cancelled."));
}

void BookingReconciler::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

QJsonObject BookingReconciler::toJson() const
{
    QJsonArray list;
    for (const BookingDrift& d : m_drift)
        list.append(d.toJson());
    QJsonObject o { { QStringLiteral("ok"), m_error.isEmpty() && m_drift.isEmpty() },
        { QStringLiteral("from"), m_from.toString(Qt::ISODate) },
        { QStringLiteral("to"), m_to.toString(Qt::ISODate) },
        { QStringLiteral("checkedPhases"), checkedPhases() }, { QStringLiteral("drift"), list } };
    if (!m_error.isEmpty())
        o.insert(QStringLiteral("error"), m_error);
    return o;
}

bool BookingReconciler::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    waitForSignal(this, &BookingReconciler::finished, timeoutMs);
    return m_finished;
}

} // namespace salon::sync
