#pragma once

#include "core/lifecycle/LifecycleReport.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace salon::lifecycle
{
class LifecycleJob;
}

namespace salon::ui
{

class LifecycleJobBuilder;
class MessageBanner;
class StepProgressModel;

// What every lifecycle dialog does (cancel, move, change staff, a sick day): the admin fills in the form,
// the change is checked first — a dry run of the same job, nothing changes — and its plan shown step by
// step with each step's availability; the confirm button says what it does and is enabled only when the
// plan can run. Confirming runs the job: each step's progress and result live in the table, the outcome
// with its next step in the banner. Closing while it runs stops it (a move or re-staff puts done steps
// back). Parts have object names for tests: "banner", "stepView", "progress", "confirmButton",
// "closeButton".
class LifecycleActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Editing, Checking, Checked, Running, Finished };

    ~LifecycleActionDialog() override;

    Stage stage() const { return m_stage; }
    StepProgressModel* steps() const { return m_steps; }
    QPushButton* confirmButton() const { return m_confirm; }
    // The plans of the last check, and the report of the run (after changeFinished).
    const QList<lifecycle::ChangePlan>& checkedPlans() const { return m_plans; }
    const lifecycle::LifecycleReport& report() const { return m_report; }
    // How many checks have ended (tests wait for the next one).
    int checksFinished() const { return m_checksFinished; }

    void reject() override;

signals:
    // A check ended (canConfirm: the confirm button is enabled).
    void checkFinished(bool canConfirm);
    // The change ran; ok when every appointment is done (or had nothing to do).
    void changeFinished(bool ok);

protected:
    LifecycleActionDialog(LifecycleJobBuilder* jobs, QWidget* parent);

    LifecycleJobBuilder* jobs() const { return m_jobs; }
    QFormLayout* form() const { return m_form; }
    QTimeZone timeZone() const;
    void setIntro(const QString& text);
    void setConfirmText(const QString& text) { m_confirmText = text; }
    void setCloseText(const QString& text);
    // StepProgressModel::Column: the appointment column shows for several appointments, availability only
    // where something is checked.
    void setColumnShown(int column, bool shown);

    // The form changed: check again after a short pause (typing, spinning through times).
    void checkSoon();
    void checkNow();

    // A new, unstarted job for the form's values; nullptr with *why when the form is not complete.
    virtual lifecycle::LifecycleJob* makeJob(bool dryRun, QString* why) = 0;
    // What the checked plans will do, for the banner, and whether they may run.
    virtual QString describePlans(const QList<lifecycle::ChangePlan>& plans, bool* canConfirm) const;
    // The outcome for the banner (the default lists every problem with its next step).
    virtual QString describeReport(const lifecycle::LifecycleReport& report) const;
    // The plans' blockers, refusals and notes, one line each.
    QStringList problemLines(const QList<lifecycle::ChangePlan>& plans) const;
    QString whenText(const QDateTime& time) const;

private:
    void setStage(Stage stage);
    void onCheckDone(lifecycle::LifecycleJob* job);
    void run();
    void onRunDone(lifecycle::LifecycleJob* job);
    void follow(lifecycle::LifecycleJob* job);

    LifecycleJobBuilder* m_jobs;
    StepProgressModel* m_steps;
    QLabel* m_intro;
    QFormLayout* m_form;
    MessageBanner* m_banner;
    QTableView* m_view;
    QProgressBar* m_progress;
    QPushButton* m_confirm;
    QPushButton* m_close;
    QTimer* m_checkDelay;
    QString m_confirmText;
    QString m_closeText;
    Stage m_stage = Stage::Editing;
    QPointer<lifecycle::LifecycleJob> m_job;
    QList<lifecycle::ChangePlan> m_plans;
    lifecycle::LifecycleReport m_report;
    bool m_closeWhenStopped = false;
    int m_checksFinished = 0;
};

} // namespace salon::ui
