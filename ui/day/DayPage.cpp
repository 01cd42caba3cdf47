#include "DayPage.h"

#include "DayExport.h"
#include "DayLegend.h"
#include "MoveUndo.h"
#include "core/db/ChangeSet.h"
#include "core/db/DatabaseSession.h"
#include "core/sync/SyncErrorAdvice.h"
#include "ui/DateTimeText.h"
#include "ui/lifecycle/CancelAppointmentDialog.h"
#include "ui/lifecycle/ChangeStaffDialog.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"
#include "ui/lifecycle/MoveAppointmentDialog.h"
#include "ui/pages/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace salon::ui
{

using day::DayAppointment;
using day::DayStep;
using day::StepState;

namespace
{
// The tables whose rows the day shows.
const QStringList kWatchedTables = { QStringLiteral("appointments"), QStringLiteral("appointment_phases"),
    QStringLiteral("staff"), QStringLiteral("services"), QStringLiteral("service_segments"),
    QStringLiteral("calcom_busy_bookings") };
} // namespace

DayPage::DayPage(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(session->worker())
    , m_date(QDate::currentDate())
    , m_dateEdit(new QDateEdit(this))
    , m_view(new DayView(this))
    , m_details(new QTextBrowser(this))
    , m_banner(new MessageBanner(this))
    , m_notice(new MessageBanner(this))
{
    setObjectName(QStringLiteral("dayPage"));
    auto* toolBar = new QToolBar(this);
    const auto addButton = [&](const QString& name, const QString& text, const QString& tip, auto slot) {
        QAction* action = toolBar->addAction(text, this, slot);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    addButton(QStringLiteral("previousDay"), tr("◀ Previous day"), tr("Show the day before"), [this] {
        setDate(m_date.addDays(-1));
    })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_dateEdit->setObjectName(QStringLiteral("date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_dateEdit->setAccessibleName(tr("Day shown"));
    m_dateEdit->setMinimumWidth(
        m_dateEdit->fontMetrics().horizontalAdvance(QStringLiteral("Wed. 2030-11-25")) + 40);
    toolBar->addWidget(m_dateEdit);
    addButton(QStringLiteral("nextDay"), tr("Next day ▶"), tr("Show the day after"), [this] {
        setDate(m_date.addDays(1));
    })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    addButton(
        QStringLiteral("today"), tr("Today"), tr("Show today"), [this] { setDate(QDate::currentDate()); });
    toolBar->addSeparator();
    addButton(QStringLiteral("exportPng"), tr("Export PNG…"), tr("Save the day as a picture"),
        &DayPage::exportPngInteractive);
    addButton(QStringLiteral("print"), tr("Print…"), tr("Print the day, for the salon's wall"),
        &DayPage::printInteractive);
    toolBar->addSeparator();
    m_undoAction = addButton(QStringLiteral("undoMove"), tr("Undo move"),
        tr("Move the last moved appointment back"), [this] { undoMove(); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setEnabled(false);
    addAction(m_undoAction); // Ctrl+Z wherever the focus is on the page

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(220);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->hide();
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->hide();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 900, 300 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(new DayLegend(this));

    m_dateEdit->setDate(m_date);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &DayPage::setDate);
    connect(m_view, &DayView::selectionChanged, this, &DayPage::showDetails);
    connect(m_view, &DayView::dropRequested, this, [this](const DayDrop& d) { drop(d); });
    connect(m_view, &DayView::contextMenuRequested, this, &DayPage::showMenu);
    connect(m_view, &DayView::openRequested, this, [this](qint64 id) {
        showDetails();
        emit openAppointmentRequested(id);
    });
    connect(session->changes(), &ChangeWatcher::changed, this, &DayPage::onChanges);
    showDetails();
    reload();
}

void DayPage::setLifecycle(LifecycleJobBuilder* jobs)
{
    m_jobs = jobs;
    delete m_undo;
    m_undo = jobs ? new MoveUndo(jobs, this) : nullptr;
    if (m_undo) {
        connect(m_undo, &MoveUndo::availableChanged, this, &DayPage::updateUndoAction);
        connect(m_undo, &MoveUndo::moved, this, [this](const MoveUndo::Move& move) {
            const QString text = tr("Appointment %1 moved to %2. Undo move (Ctrl+Z) puts it back.")
                                     .arg(move.appointmentId)
                                     .arg(DateTimeText::dateTime(move.to, m_zone));
            m_notice->showMessage(text, RowFinding::Severity::Info);
            m_notice->show();
        });
        connect(m_undo, &MoveUndo::undone, this, [this](bool ok, const QString& message) {
            m_notice->showMessage(message, ok ? RowFinding::Severity::Info : RowFinding::Severity::Warning);
            m_notice->show();
            emit statusMessage(message);
        });
    }
    updateUndoAction();
}

void DayPage::updateUndoAction()
{
    const bool can = m_undo && m_undo->canUndo();
    m_undoAction->setEnabled(can);
    m_undoAction->setToolTip(can ? tr("%1 (%2)").arg(m_undo->describe(),
                                 m_undoAction->shortcut().toString(QKeySequence::NativeText))
                                 : tr("Move the last moved appointment back"));
}

bool DayPage::undoMove()
{
    if (!m_undo || !m_undo->canUndo())
        return false;
    if (!m_jobs->isReady()) {
        emit statusMessage(tr("Connect Cal.com first (Settings): a move back is checked there."));
        return false;
    }
    if (!m_undo->undo())
        return false;
    m_notice->showMessage(
        tr("Moving appointment %1 back…").arg(m_undo->last()->appointmentId), RowFinding::Severity::Info);
    m_notice->show();
    return true;
}

QString DayPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DayPage::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    reload();
}

void DayPage::setDate(const QDate& date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    reload();
}

void DayPage::reload()
{
    // One read at a time; changes during a read ask for one more afterwards.
    if (m_reading) {
        m_reloadAgain = true;
        return;
    }
    m_reading = true;
    const int generation = ++m_generation;
    m_reader.load(m_date, m_zone, this, [this, generation](Expected<day::DaySchedule, QString> day) {
        m_reading = false;
        if (m_reloadAgain || generation != m_generation || (day && day->date != m_date)) {
            m_reloadAgain = false;
            reload();
            return;
        }
        if (!day) {
            m_banner->showMessage(day.error(), RowFinding::Severity::Error);
            m_banner->show();
            return;
        }
        m_banner->hide();
        m_view->setSchedule(*day);
        showDetails();
        m_loaded = true;
        emit dayLoaded();
    });
}

void DayPage::onChanges(const ChangeSet& changes)
{
    for (const QString& table : kWatchedTables)
        if (changes.touches(table)) {
            // A sync in the console changes phases all the time: a hidden day reads once, when shown.
            if (isVisible())
                reload();
            else
                m_stale = true;
            return;
        }
}

void DayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

QString DayPage::describe(const DayAppointment& a) const
{
    return tr("appointment %1 (%2, %3)")
        .arg(a.id)
        .arg(a.customerName, DateTimeText::dateTime(a.startsAt, m_zone));
}

LifecycleActionDialog* DayPage::present(LifecycleActionDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    emit dialogOpened(dialog);
    dialog->open();
    return dialog;
}

LifecycleActionDialog* DayPage::drop(const DayDrop& d)
{
    const DayAppointment* a = m_view->schedule().appointment(d.appointmentId);
    if (!a)
        return nullptr;
    if (!m_jobs || !m_jobs->isReady()) {
        emit statusMessage(
            tr("Connect Cal.com first (Settings): a move or a change of staff is checked there."));
        return nullptr;
    }
    if (d.staffId.isEmpty()) {
        auto* dialog = new MoveAppointmentDialog(m_jobs, a->id, describe(*a), a->startsAt, this);
        dialog->setNewStart(a->startsAt.addSecs(qint64(d.minutes) * 60));
        return present(dialog);
    }
    QList<ChangeStaffDialog::StepChoice> steps;
    for (const DayStep& s : a->steps) {
        if (!s.staffRequired)
            continue;
        const int column = m_view->schedule().staffIndex(s.staffId);
        const QString name = column >= 0 ? m_view->schedule().staff[column].name : QString();
        steps.append({ s.phaseId,
            tr("%1 · %2 · %3–%4").arg(s.segmentName, name, timeOf(s.startsAt), timeOf(s.endsAt)) });
    }
    QList<ChangeStaffDialog::StaffChoice> staff;
    for (const day::DayStaff& member : m_view->schedule().staff)
        if (member.active)
            staff.append({ member.id, member.name });
    const qint64 phase = d.wholeAppointment ? 0 : d.phaseId;
    auto* dialog = new ChangeStaffDialog(m_jobs, a->id, describe(*a), steps, staff, phase, this);
    dialog->select(phase, d.staffId);
    return present(dialog);
}

LifecycleActionDialog* DayPage::cancelAppointment(qint64 appointmentId)
{
    const DayAppointment* a = m_view->schedule().appointment(appointmentId);
    if (!a || !m_jobs || !m_jobs->isReady())
        return nullptr;
    return present(new CancelAppointmentDialog(m_jobs, a->id, describe(*a), this));
}

bool DayPage::retry(qint64 appointmentId)
{
    const DayAppointment* a = m_view->schedule().appointment(appointmentId);
    if (!a)
        return false;
    QList<qint64> failed;
    for (const DayStep& s : a->steps)
        if (s.syncStatus == SyncStatus::Failed)
            failed.append(s.phaseId);
    if (failed.isEmpty())
        return false;
    emit retryRequested(appointmentId, failed);
    return true;
}

QString DayPage::timeOf(const QDateTime& time) const
{
    return DateTimeText::time(time, m_zone);
}

QString DayPage::detailsOf(qint64 appointmentId) const
{
    const DayAppointment* a = m_view->schedule().appointment(appointmentId);
    if (!a)
        return {};
    QStringList lines { describe(*a), tr("Service: %1").arg(a->serviceName),
        tr("Status: %1").arg(a->status) };
    if (!a->owedKind.isEmpty())
        lines << tr("A change (%1) is still to finish: the next run of the lifecycle work finishes it.")
                     .arg(a->owedKind);
    for (const DayStep& s : a->steps) {
        const int column = m_view->schedule().staffIndex(s.staffId);
        const QString who
            = s.staffRequired && column >= 0 ? m_view->schedule().staff[column].name : tr("processing time");
        lines << tr("%1–%2 %3 (%4): %5")
                     .arg(timeOf(s.startsAt), timeOf(s.endsAt), s.segmentName, who, stateText(s));
        if (s.state == StepState::Failed && !s.syncError.isEmpty())
            lines << QStringLiteral("    ") + s.syncError;
    }
    return lines.join(QLatin1Char('\n'));
}

QString DayPage::stateText(const DayStep& step) const
{
    // A processing time has no booking of its own.
    if (!step.staffRequired)
        return step.state == StepState::Cancelled ? DayView::stateLabel(step.state) : tr("No booking needed");
    return DayView::stateLabel(step.state);
}

QString DayPage::detailsText() const
{
    return m_details->toPlainText();
}

void DayPage::showDetails()
{
    const auto [a, step] = m_view->schedule().step(m_view->selectedPhase());
    if (!a) {
        m_details->setHtml(tr("<p>Select a block to see its appointment. Drag it to another time to move the "
                              "appointment, or to another column to change the staff member (Ctrl: every "
                              "step). Right-click for more.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                       .arg(a->customerName.toHtmlEscaped(), a->serviceName.toHtmlEscaped(),
                           describe(*a).toHtmlEscaped());
    if (!a->owedKind.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr(
                        "A change (%1) is still to finish: the next run of the lifecycle work finishes it.")
                             .arg(a->owedKind)
                             .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=3>");
    for (const DayStep& s : a->steps) {
        const int column = m_view->schedule().staffIndex(s.staffId);
        const QString who
            = s.staffRequired && column >= 0 ? m_view->schedule().staff[column].name : tr("processing time");
        // Two columns: the state under the step, so a long state ("Buchung fehlgeschlagen") wraps between
        // words at the pane's narrowest.
        const QString row = QStringLiteral("<tr><td>%1–%2</td><td>%3<br><small>%4 · %5</small></td></tr>")
                                .arg(timeOf(s.startsAt), timeOf(s.endsAt), s.segmentName.toHtmlEscaped(),
                                    who.toHtmlEscaped(), stateText(s).toHtmlEscaped());
        html += s.phaseId == step->phaseId
            ? QString(row).replace(QLatin1String("<tr>"), QLatin1String("<tr style=\"font-weight:bold\">"))
            : row;
    }
    html += QStringLiteral("</table>");
    // The advice of the selected step (or the first failed one); the others' are in their tooltips.
    const DayStep* advised = step->state == StepState::Failed ? step : nullptr;
    int failed = 0;
    for (const DayStep& s : a->steps)
        if (s.state == StepState::Failed && !s.syncError.isEmpty()) {
            ++failed;
            if (!advised)
                advised = &s;
        }
    if (advised && !advised->syncError.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Step %1 failed:").arg(advised->segmentName).toHtmlEscaped(),
                        sync::SyncErrorAdvice::readable(advised->syncError).toHtmlEscaped());
        if (failed > 1)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("%n more step(s) failed; select one to read its advice.", nullptr, failed - 1)
                                 .toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void DayPage::showMenu(qint64 phaseId, const QPoint& globalPos)
{
    const auto [a, step] = m_view->schedule().step(phaseId);
    if (!a)
        return;
    const qint64 id = a->id;
    const bool ready = m_jobs && m_jobs->isReady();
    QMenu menu(this);
    QAction* cancel = menu.addAction(tr("Cancel appointment…"), this, [this, id] { cancelAppointment(id); });
    cancel->setEnabled(ready && a->overallState() != StepState::Cancelled);
    QAction* retryAction = menu.addAction(tr("Retry"), this, [this, id] { retry(id); });
    retryAction->setEnabled(std::any_of(a->steps.cbegin(), a->steps.cend(),
        [](const DayStep& s) { return s.syncStatus == SyncStatus::Failed; }));
    retryAction->setToolTip(tr("Books the failed steps again now (progress in the sync console)"));
    menu.addAction(tr("Show in console"), this, [this, id] { emit showInConsoleRequested(id); });
    menu.addAction(tr("Copy details"), this, [this, id] { copyDetails(id); });
    menu.exec(globalPos);
}

void DayPage::copyDetails(qint64 appointmentId) const
{
    QApplication::clipboard()->setText(detailsOf(appointmentId));
}

QString DayPage::exportPng(const QString& path) const
{
    return DayExport(m_view->schedule(), palette(), font()).savePng(path, 1600);
}

void DayPage::print(QPrinter* printer) const
{
    DayExport(m_view->schedule(), palette(), font()).print(printer);
}

void DayPage::exportPngInteractive()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(tr("salon-day-%1.png").arg(m_date.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the day as PNG"), suggested, tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = exportPng(path);
    emit statusMessage(
        error.isEmpty() ? tr("The day is saved as %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void DayPage::printInteractive()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the day"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer);
}

} // namespace salon::ui
