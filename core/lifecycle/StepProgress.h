#pragma once

#include "LifecycleRecords.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace salon::lifecycle
{

// What happened to one step, as it happens: the console shows it per step, the CLI prints one line when a
// step ends. `phase` names the stage ("checking", "cancelling", "rescheduling", "booking", "undoing",
// "done", "failed", "owed", ...); a failure carries the next step for the admin.
struct StepProgress {
    qint64 appointmentId = 0;
    qint64 operationId = 0;
    qint64 stepId = 0;
    qint64 phaseId = 0;
    QString segmentKey;
    StepAction action = StepAction::Update;
    bool undo = false;
    QString phase;
    QString message;
    QString nextStep;
    qint64 bookingId = 0;
    QString bookingUid;
    bool final = false; // the step ended (done, failed, owed or skipped)

    QJsonObject toJson() const
    {
        QJsonObject o { { QStringLiteral("appointmentId"), appointmentId },
            { QStringLiteral("operationId"), operationId }, { QStringLiteral("stepId"), stepId },
            { QStringLiteral("phaseId"), phaseId }, { QStringLiteral("segment"), segmentKey },
            { QStringLiteral("action"), toString(action) }, { QStringLiteral("undo"), undo },
            { QStringLiteral("phase"), phase }, { QStringLiteral("message"), message } };
        if (!nextStep.isEmpty())
            o.insert(QStringLiteral("nextStep"), nextStep);
        if (!bookingUid.isEmpty()) {
            o.insert(QStringLiteral("bookingId"), bookingId);
            o.insert(QStringLiteral("bookingUid"), bookingUid);
        }
        return o;
    }
};

} // namespace salon::lifecycle

Q_DECLARE_METATYPE(salon::lifecycle::StepProgress)
