#pragma once

#include "lifecycle/LifecycleJob.h"
#include "lifecycle/LifecycleOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace salon::cli
{

class CliContext;

// What cancel-appointment, move-appointment and reassign share: the database (migrated) with a
// DatabaseWorker on it, the Cal.com connection, one line per step as it finishes (and per appointment),
// the plan for --dry-run, --json at the end, and the exit code: 0 done, 1 done with problems or nothing
// changed because something was busy, 2 could not run.
class LifecycleCli
{
    Q_DECLARE_TR_FUNCTIONS(salon::cli::LifecycleCli)
public:
    using MakeJob = std::function<lifecycle::LifecycleJob*(DatabaseWorker* worker,
        calcom::CalcomClient* client, qint64 teamId, const lifecycle::LifecycleOptions& options)>;

    static int run(CliContext& context, bool dryRun, const MakeJob& make);

    // Positive ids from text, or the first bad one in *bad.
    static QList<qint64> ids(const QStringList& texts, QString* bad);
};

} // namespace salon::cli
