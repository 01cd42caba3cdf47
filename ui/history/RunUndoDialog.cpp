#include "RunUndoDialog.h"

#include "core/calcom/CalcomClient.h"
#include "core/history/RunUndoJob.h"
#include "core/history/RunUndoPlanner.h"
#include "ui/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace salon::ui
{

using history::RunUndoJob;
using history::RunUndoPlanner;
using history::UndoItem;

namespace
{
enum ItemColumn { WhatColumn, StateColumn, ReasonColumn };
} // namespace

RunUndoDialog::RunUndoDialog(DatabaseWorker* worker, calcom::CalcomClient* client, qint64 teamId,
    QString runId, QString runTitle, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_client(client)
    , m_teamId(teamId)
    , m_runId(std::move(runId))
    , m_runTitle(std::move(runTitle))
    , m_actor(std::move(actor))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_view(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_undoButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(tr("Stop after this item"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("RunUndoDialog"));
    setWindowTitle(tr("Undo run %1").arg(m_runId));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    // The reasons are sentences: the selected item's are shown in full below the list.
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &RunUndoDialog::showDetails);
    m_view->setHeaderLabels({ tr("What"), tr("Result"), tr("Why") });
    m_view->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(WhatColumn, 560);
    m_view->setColumnWidth(StateColumn, 220);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setIcon(Icons::remove());
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_undoButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    // The buttons do their own thing: accepting must not close the dialog before the undo ran.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_undoButton, &QPushButton::clicked, this, &RunUndoDialog::startUndo);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancelButton->setEnabled(false);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &RunUndoDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1180, 620);
    setStage(Stage::Planning);
}

void RunUndoDialog::startPlanning()
{
    if (m_planner || m_stage != Stage::Planning)
        return;
    if (!m_client) {
        m_error = tr("Cal.com is not connected, so nothing can be checked or undone.");
        return setStage(Stage::Failed);
    }
    m_planner = new RunUndoPlanner(m_worker, m_client, m_teamId, m_runId, this);
    connect(m_planner, &Job::finished, this, [this, planner = m_planner.data()] {
        if (planner->hasError()) {
            m_error = planner->errorString();
            setStage(Stage::Failed);
        } else {
            m_plan = planner->plan();
            showPlan();
            setStage(Stage::Planned);
        }
        emit planned();
    });
    m_planner->start();
}

void RunUndoDialog::startUndo()
{
    if (m_stage != Stage::Planned || m_plan.plannedCount() == 0 || !m_client)
        return;
    m_job = new RunUndoJob(m_worker, m_client, m_plan, m_actor, this);
    m_undoRunId = m_job->undoRunId();
    connect(m_job, &RunUndoJob::itemChanged, this, [this, job = m_job.data()](int index) {
        m_plan = job->plan();
        showItem(index);
        updateSummary();
    });
    connect(m_job, &Job::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 items").arg(done).arg(total));
    });
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        m_plan = job->plan();
        m_undoRunId = job->undoRunId();
        if (job->hasError())
            m_error = job->errorString();
        for (int i = 0; i < m_plan.items.size(); ++i)
            showItem(i);
        setStage(Stage::Finished);
        emit undoFinished();
    });
    setStage(Stage::Undoing);
    m_job->start();
}

void RunUndoDialog::reject()
{
    // Closing while the undo runs would hide what happened to the item under way: stop after it instead.
    if (m_stage == Stage::Undoing) {
        if (m_job)
            m_job->cancel();
        m_cancelButton->setEnabled(false);
        return;
    }
    if (m_planner)
        m_planner->cancel();
    QDialog::reject();
}

QString RunUndoDialog::stateText(const UndoItem& item, bool dryRun)
{
    switch (item.state) {
    case UndoItem::State::Planned:
        return dryRun ? tr("will be undone") : tr("waiting");
    case UndoItem::State::NothingToDo:
        return tr("already undone");
    case UndoItem::State::Refused:
        if (item.action == UndoItem::Action::NotRestorable)
            return tr("cannot be undone");
        if (item.action == UndoItem::Action::NotUndoable)
            return tr("not undoable");
        return tr("will not be undone");
    case UndoItem::State::Done:
        return tr("undone");
    case UndoItem::State::Failed:
        return tr("failed");
    }
    return {};
}

int RunUndoDialog::managedParentCount() const
{
    return int(std::count_if(m_plan.items.cbegin(), m_plan.items.cend(), [](const UndoItem& item) {
        return item.state == UndoItem::State::Planned && item.revertMap && item.previousWasManagedParent;
    }));
}

void RunUndoDialog::showPlan()
{
    // What cannot be undone first: that is what the admin has to read before deciding.
    auto rank = [](const UndoItem& item) {
        switch (item.state) {
        case UndoItem::State::Failed:
        case UndoItem::State::Refused:
            return 0;
        case UndoItem::State::Planned:
            return 1;
        default:
            return 2;
        }
    };
    QList<int> order;
    for (int i = 0; i < m_plan.items.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return rank(m_plan.items.at(a)) < rank(m_plan.items.at(b)); });
    m_view->clear();
    m_rows.clear();
    for (int i : std::as_const(order)) {
        auto* row = new QTreeWidgetItem(m_view);
        row->setData(WhatColumn, Qt::UserRole, i);
        m_rows.insert(i, row);
        showItem(i);
    }
    if (m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
}

void RunUndoDialog::showDetails()
{
    const QTreeWidgetItem* row = m_view->currentItem();
    const int index = row ? row->data(WhatColumn, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_plan.items.size())
        return m_details->clear();
    const UndoItem& item = m_plan.items.at(index);
    QString text = item.describe() + QLatin1Char('\n') + row->text(StateColumn);
    if (!item.reason.isEmpty())
        text += QStringLiteral(": ") + item.reason;
    m_details->setText(text);
}

void RunUndoDialog::showItem(int index)
{
    QTreeWidgetItem* row = m_rows.value(index);
    if (!row || index < 0 || index >= m_plan.items.size())
        return;
    const UndoItem& item = m_plan.items.at(index);
    const bool dryRun = m_stage == Stage::Planning || m_stage == Stage::Planned;
    row->setText(WhatColumn, item.describe());
    row->setToolTip(WhatColumn, item.describe());
    row->setText(StateColumn, stateText(item, dryRun));
    row->setText(ReasonColumn, item.reason);
    row->setToolTip(ReasonColumn, item.reason);
    const bool problem = item.state == UndoItem::State::Refused || item.state == UndoItem::State::Failed
        || (item.state == UndoItem::State::Planned && item.previousWasManagedParent);
    if (row == m_view->currentItem())
        showDetails();
    row->setIcon(StateColumn,
        item.state == UndoItem::State::Failed ? Icons::error()
            : problem                         ? Icons::warning()
                                              : Icons::info());
}

void RunUndoDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_progress->setVisible(stage == Stage::Planning || stage == Stage::Undoing);
    if (stage == Stage::Planning) {
        m_progress->setRange(0, 0); // busy until Cal.com answered
        m_progress->setFormat(QString());
    } else if (stage == Stage::Undoing) {
        m_progress->setRange(0, qMax(1, m_plan.plannedCount()));
        m_progress->setValue(0);
        m_progress->setFormat(tr("%1 of %2 items").arg(0).arg(m_plan.plannedCount()));
        m_progress->setTextVisible(true);
    }
    const int planned = m_plan.plannedCount();
    m_undoButton->setText(planned > 0 ? tr("Undo %n item(s)", nullptr, planned) : tr("Nothing to undo"));
    m_undoButton->setVisible(stage == Stage::Planned || stage == Stage::Planning);
    m_undoButton->setEnabled(stage == Stage::Planned && planned > 0);
    m_cancelButton->setVisible(stage == Stage::Undoing);
    m_cancelButton->setEnabled(stage == Stage::Undoing);
    m_closeButton->setEnabled(stage != Stage::Undoing);
    m_closeButton->setDefault(stage != Stage::Planned || planned == 0);
    updateSummary();
}

void RunUndoDialog::updateSummary()
{
    m_summary->setText(summaryText());
}

QString RunUndoDialog::summaryText() const
{
    const int refused = m_plan.count(UndoItem::State::Refused);
    const int already = m_plan.count(UndoItem::State::NothingToDo);
    switch (m_stage) {
    case Stage::Planning:
        return tr("Checking what undoing %1 would do (the database and Cal.com are only read)…")
            .arg(m_runTitle);
    case Stage::Failed:
        return tr("Cannot plan the undo of %1: %2").arg(m_runTitle, m_error);
    case Stage::Planned: {
        QString text = tr("Undoing %1 would undo %2 of %3 item(s); %4 cannot be undone (the reason is given "
                          "for each); %5 already undone. Nothing has been changed yet.")
                           .arg(m_runTitle)
                           .arg(m_plan.plannedCount())
                           .arg(m_plan.items.size())
                           .arg(refused)
                           .arg(already);
        if (const int managed = managedParentCount(); managed > 0)
            text += QLatin1Char('\n')
                + tr(
                    "Careful: %n map row(s) would point at MANAGED parents again, which Cal.com cannot book. "
                    "Their appointments fail to sync until the event-type wizard runs again.",
                    nullptr, managed);
        return text;
    }
    case Stage::Undoing:
        return tr("Undoing %1: %2 of %3 item(s) done…")
            .arg(m_runTitle)
            .arg(m_plan.count(UndoItem::State::Done) + m_plan.count(UndoItem::State::Failed))
            .arg(m_plan.items.size() - refused - already);
    case Stage::Finished: {
        QString text = tr("Undo of %1 finished: %2 undone, %3 not undone, %4 failed.")
                           .arg(m_runTitle)
                           .arg(m_plan.count(UndoItem::State::Done))
                           .arg(refused + m_plan.plannedCount())
                           .arg(m_plan.count(UndoItem::State::Failed));
        if (!m_undoRunId.isEmpty())
            text += QLatin1Char(' ') + tr("The undo is listed in the history as run %1.").arg(m_undoRunId);
        if (!m_error.isEmpty())
            text += QLatin1Char(' ') + m_error;
        return text;
    }
    }
    return {};
}

} // namespace salon::ui
