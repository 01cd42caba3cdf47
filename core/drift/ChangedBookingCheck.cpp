#include "ChangedBookingCheck.h"

#include "DriftClassifier.h"
#include "DriftRepository.h"
#include "sync/BookingMetadata.h"
#include "sync/DriftFinder.h"

#include <QHash>

namespace salon::drift
{

using calcom::Booking;

Expected<QList<DriftItem>, QString> ChangedBookingCheck::run(QSqlDatabase& db, const QList<Booking>& bookings)
{
    QList<qint64> phaseIds;
    for (const Booking& b : bookings)
        if (const auto id = sync::BookingMetadata::phaseIdOf(b); id && !phaseIds.contains(*id))
            phaseIds.append(*id);
    if (phaseIds.isEmpty())
        return QList<DriftItem> {};
    DriftRepository repository(db, {}, {});
    auto phases = repository.syncedPhases(phaseIds);
    if (!phases)
        return Unexpected(phases.error());
    QHash<QString, const Booking*> byUid;
    for (const Booking& b : bookings)
        byUid.insert(b.uid, &b);
    sync::DriftFinder finder;
    for (const sync::SyncedPhase& phase : std::as_const(*phases))
        if (const Booking* own = byUid.value(phase.bookingUid))
            finder.compare(phase, *own);
    finder.findStrays(bookings, *phases, {}, {});

    DriftFacts facts;
    facts.addBookings(bookings);
    QList<qint64> involved;
    for (const sync::BookingDrift& d : finder.drift())
        involved.append(d.phaseId);
    if (auto loaded = repository.loadFacts(involved, facts); !loaded)
        return Unexpected(loaded.error());
    return DriftClassifier::classify(finder.drift(), facts);
}

} // namespace salon::drift
