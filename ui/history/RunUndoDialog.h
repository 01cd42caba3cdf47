#pragma once

#include "core/history/RunUndoPlan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace salon
{
class DatabaseWorker;
}
namespace salon::calcom
{
class CalcomClient;
}
namespace salon::history
{
class RunUndoJob;
class RunUndoPlanner;
} // namespace salon::history

namespace salon::ui
{

// "Undo this run…": first the dry run (RunUndoPlanner) — every item of the run with what undo would do,
// or why it cannot — and only then, on the admin's click, the undo itself (RunUndoJob) with progress,
// cancel and the result per item. Nothing is changed before the click. The parts have object names for
// tests ("summary", "planView", "details", "progress", "undoButton", "cancelButton", "closeButton").
class RunUndoDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Planning, Planned, Undoing, Finished, Failed };

    RunUndoDialog(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId, QString runId,
        QString runTitle, QString actor, QWidget* parent = nullptr);

    // Starts the dry run (once).
    void startPlanning();
    // Carries out the planned items (after the dry run, when there are some).
    void startUndo();

    Stage stage() const { return m_stage; }
    const history::RunUndoPlan& plan() const { return m_plan; }
    QString undoRunId() const { return m_undoRunId; }
    QString summaryText() const;

    // A state for people: "will be undone", "cannot be undone", "undone", ...
    static QString stateText(const history::UndoItem& item, bool dryRun);
    // Planned items that put a row back on a MANAGED parent (which cannot be booked).
    int managedParentCount() const;

signals:
    void planned();
    void undoFinished();

protected:
    void reject() override;

private:
    void showPlan();
    void showItem(int index);
    void setStage(Stage stage);
    void updateSummary();
    void showDetails();

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId;
    QString m_runId;
    QString m_runTitle;
    QString m_actor;
    history::RunUndoPlan m_plan;
    QString m_undoRunId;
    QString m_error;
    Stage m_stage = Stage::Planning;
    QPointer<history::RunUndoPlanner> m_planner;
    QPointer<history::RunUndoJob> m_job;
    QHash<int, QTreeWidgetItem*> m_rows; // by the item's index in the plan

    QLabel* m_summary;
    QLabel* m_details;
    QTreeWidget* m_view;
    QProgressBar* m_progress;
    QPushButton* m_undoButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};

} // namespace salon::ui
