#pragma once

#include "ChangePlan.h"
#include "StepProgress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace salon::lifecycle
{

// How one appointment's change ended.
struct AppointmentOutcome {
    enum class Result {
        Done, // every step done
        NothingToDo, // already as asked
        Planned, // dry run: the plan, nothing changed
        Refused, // nothing changed: a step is busy, has no event type, or the change cannot run now
        RolledBack, // a step failed half way; the done steps were put back
        Owed, // some work could not be done now; the next run finishes it
        Failed, // could not be put back completely, or the database refused
    };
    qint64 appointmentId = 0;
    qint64 operationId = 0;
    Result result = Result::Refused;
    QString message;
    QString nextStep;
    ChangePlan plan;
    QList<StepProgress> steps; // the final state of every step that ran

    bool isOk() const
    {
        return result == Result::Done || result == Result::NothingToDo || result == Result::Planned;
    }
    static QString resultName(Result result);
    QJsonObject toJson() const;
};

// The outcome of a lifecycle job, appointment by appointment in the order they finished.
struct LifecycleReport {
    Q_DECLARE_TR_FUNCTIONS(LifecycleReport)
public:
    QList<AppointmentOutcome> appointments;
    // Unfinished changes of earlier runs that this job finished (or rolled back) before its own work.
    QList<AppointmentOutcome> resumed;
    bool dryRun = false;
    bool cancelled = false;

    int count(AppointmentOutcome::Result result) const;
    bool allOk() const;
    // "3 done, 1 refused (busy), 0 owed".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace salon::lifecycle

Q_DECLARE_METATYPE(salon::lifecycle::AppointmentOutcome)
