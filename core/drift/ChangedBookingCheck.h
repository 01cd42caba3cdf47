#pragma once

#include "DriftItem.h"
#include "calcom/Booking.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace salon::drift
{

// The bookings a look saw (or the ones kept for unsettled changes), compared with their phases as the
// reconcile pass does (sync::DriftFinder) and classified (DriftClassifier). Reads only; the worker's thread.
class ChangedBookingCheck
{
    Q_DECLARE_TR_FUNCTIONS(salon::drift::ChangedBookingCheck)
public:
    static Expected<QList<DriftItem>, QString> run(QSqlDatabase& db, const QList<calcom::Booking>& bookings);
};

} // namespace salon::drift
