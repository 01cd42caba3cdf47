#pragma once

#include "PhaseRecords.h"
#include "PhaseRepository.h"
#include "SyncOptions.h"
#include "common/Expected.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace salon::sync
{

// The database side of a phase sync's first step, run as one DatabaseWorker job: read the phase, then
// mark it skipped (no staff needed) or claim it for the job's token, as the phase needs. A dry run and a
// phase already synced read only.
struct PhaseClaimStep {
    Expected<PhaseWork, QString> work = Unexpected(QString());
    // Set when the read failed: whether the row exists at all (a deleted phase is not the database's fault).
    std::optional<Expected<bool, QString>> exists;
    // Set when a phase without staff was marked skipped.
    std::optional<Expected<bool, QString>> skipped;
    // Set when the phase was claimed (or the claim was refused).
    std::optional<Expected<PhaseRepository::Claim, QString>> claim;

    static PhaseClaimStep run(PhaseRepository& repository, qint64 phaseId, const QString& token,
        const QDateTime& staleBefore, const SyncOptions& options);
};

} // namespace salon::sync
