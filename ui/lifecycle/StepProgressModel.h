#pragma once

#include "core/lifecycle/ChangePlan.h"
#include "core/lifecycle/LifecycleReport.h"
#include "core/lifecycle/StepProgress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QTimeZone>

namespace salon::ui
{

// The steps of a lifecycle change as the dialog shows them: one row per phase of every planned
// appointment, before (staff, time) and after, the availability the check found, and then, live, the
// stage the step is in (StepProgress) with its message and next step. An appointment's outcome marks the
// steps that never ran (nothing changed, put back).
class StepProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AppointmentColumn,
        StepColumn,
        BeforeColumn,
        AfterColumn,
        AvailabilityColumn,
        StatusColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role {
        AvailabilityRole = Qt::UserRole + 1, // lifecycle::Availability as int
        StageRole, // the last StepProgress::phase ("done", "failed", ...), empty before the run
        PhaseIdRole,
    };

    explicit StepProgressModel(QObject* parent = nullptr);

    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    void clear();
    // Shows the plan's steps (replacing the appointment's rows if it was planned before).
    void setPlan(const lifecycle::ChangePlan& plan);
    void applyProgress(const lifecycle::StepProgress& progress);
    void applyOutcome(const lifecycle::AppointmentOutcome& outcome);

    int rowOf(qint64 appointmentId, qint64 phaseId) const
    {
        return m_rowOf.value({ appointmentId, phaseId }, -1);
    }
    int appointmentCount() const { return int(m_appointments.size()); }

    // For the Availability and Status columns (also the CLI's words for the same states).
    static QString availabilityText(lifecycle::Availability availability);
    static QString stageText(const QString& stage, bool undo);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 appointmentId = 0;
        QString appointmentLabel;
        lifecycle::PlannedStep step;
        QString stage;
        bool undo = false;
        bool final = false;
        QString message;
        QString nextStep;
    };
    QString timeRange(const QDateTime& start, const QDateTime& end) const;
    QString details(const Row& row) const;
    int severityOf(const Row& row) const; // RowFinding::Severity, or -1 for none
    void changed(int row);
    void reindex();

    QList<Row> m_rows;
    QHash<QPair<qint64, qint64>, int> m_rowOf;
    QList<qint64> m_appointments;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace salon::ui
