#pragma once

#include "ChangeRecord.h"
#include "domain/SalonDataset.h"

#include <QList>

namespace salon::rehearsal
{

// What changed in the salon's database between two datasets (the real database and its rehearsal copy):
// staff, services (with segments and performers), event map rows (by service, segment and staff, so a row
// deleted and inserted again reads as a change), appointments and their phases (sync status, booking,
// staff, times, error). Each record names the staff member it concerns.
class DatasetDiff
{
    Q_DECLARE_TR_FUNCTIONS(salon::rehearsal::DatasetDiff)
public:
    static QList<ChangeRecord> compare(const SalonDataset& before, const SalonDataset& after);
};

} // namespace salon::rehearsal
