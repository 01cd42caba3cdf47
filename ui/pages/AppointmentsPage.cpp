#include "AppointmentsPage.h"

#include "core/common/Clock.h"
#include "core/db/DatabaseSession.h"
#include "core/lifecycle/LifecycleJob.h"
#include "core/tables/StandardTables.h"
#include "ui/DateTimeText.h"
#include "ui/day/DayTimelinePreview.h"
#include "ui/lifecycle/AppointmentLifecycleActions.h"
#include "ui/lifecycle/AppointmentStatusDelegate.h"
#include "ui/lifecycle/CancelAppointmentDialog.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace salon::ui
{

namespace
{
// Columns of StandardTables::appointments() and ::phases().
constexpr int kServiceColumn = 1;
constexpr int kStartColumn = 4;
constexpr int kStatusColumn = 5;
constexpr int kPhaseSegmentColumn = 2;
constexpr int kPhaseStaffColumn = 3;
constexpr int kPhaseStaffRequiredColumn = 4;
constexpr int kPhaseStartColumn = 5;
constexpr int kPhaseEndColumn = 6;
} // namespace

AppointmentsPage::AppointmentsPage(DatabaseSession* session, QWidget* parent)
    : TablePage(tables::StandardTables::appointments(), session, parent)
    , m_phases(new TablePage(tables::StandardTables::phases(), session, this))
    , m_appointments(session->worker())
{
    m_phases->setObjectName(QStringLiteral("appointmentPhasesPanel"));
    m_phases->setAccessibleName(tr("Phases of the selected appointment"));
    m_phases->model()->setFixedFilter(tables::StandardTables::phasesOfAppointment(QVariant()));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    const int at = pageLayout()->indexOf(view());
    pageLayout()->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(m_phases);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    pageLayout()->insertWidget(at, splitter, 1);

    connect(this, &TablePage::currentKeyChanged, this, [this](const QVariant& key) {
        m_phases->model()->setFixedFilter(tables::StandardTables::phasesOfAppointment(key));
        if (m_lifecycle)
            m_lifecycle->updateEnabled();
    });
    connect(m_phases, &TablePage::statusMessage, this, &TablePage::statusMessage);
}

void AppointmentsPage::setTimeZone(const QTimeZone& zone)
{
    TablePage::setTimeZone(zone);
    m_phases->setTimeZone(zone);
}

void AppointmentsPage::setLifecycle(LifecycleJobBuilder* jobs)
{
    if (m_lifecycle)
        return;
    m_jobs = jobs;
    m_lifecycle = new AppointmentLifecycleActions(jobs, session()->worker(), this);
    toolBar()->addSeparator();
    for (QAction* action : m_lifecycle->actions()) {
        addAction(action);
        toolBar()->addAction(action);
    }
    m_lifecycle->setSelection([this] { return selectedAppointment(); });
    // "cancelled" typed into the status cell cancels through the service, bookings included.
    view()->setItemDelegateForColumn(kStatusColumn,
        new AppointmentStatusDelegate(
            model()->spec(),
            [this](int row) {
                view()->selectRow(row);
                m_lifecycle->cancelSelected();
            },
            view()));
    connect(
        m_lifecycle, &AppointmentLifecycleActions::dialogOpened, this, [this](LifecycleActionDialog* dialog) {
            connect(dialog, &LifecycleActionDialog::changeFinished, this, [this, dialog](bool ok) {
                showMessage(dialog->windowTitle() + QStringLiteral(": ")
                        + (ok ? tr("done.") : tr("finished with problems; the dialog lists them.")),
                    ok ? RowFinding::Severity::Info : RowFinding::Severity::Warning);
            });
        });
}

std::optional<SelectedAppointment> AppointmentsPage::selectedAppointment() const
{
    const int row = currentRow();
    if (row < 0 || !model()->isRowLoaded(row))
        return std::nullopt;
    SelectedAppointment a;
    a.id = model()->keyOf(row).toLongLong();
    a.description = model()->describeRow(row);
    a.start = model()->data(model()->index(row, kStartColumn), Qt::EditRole).toDateTime();
    a.serviceId
        = model()->data(model()->index(row, kServiceColumn), LazyTableModel::StoredValueRole).toLongLong();
    // The steps as the phases panel shows them (it follows the selection).
    const LazyTableModel* phases = m_phases->model();
    for (int r = 0; r < phases->rowCount(); ++r) {
        if (!phases->isRowLoaded(r)
            || !phases->data(phases->index(r, kPhaseStaffRequiredColumn), LazyTableModel::StoredValueRole)
                    .toBool())
            continue;
        const auto text = [&](int column) { return phases->data(phases->index(r, column)).toString(); };
        const auto time = [&](int column) {
            return DateTimeText::time(
                phases->data(phases->index(r, column), Qt::EditRole).toDateTime(), timeZone());
        };
        a.staffSteps.append({ phases->keyOf(r).toLongLong(),
            tr("%1 · %2 · %3–%4")
                .arg(text(kPhaseSegmentColumn), text(kPhaseStaffColumn), time(kPhaseStartColumn),
                    time(kPhaseEndColumn)) });
    }
    a.selectedPhase = m_phases->currentKey().toLongLong();
    return a;
}

void AppointmentsPage::deleteCurrentRow()
{
    const int row = currentRow();
    if (row < 0 || !m_jobs || !m_jobs->isReady() || !model()->isRowLoaded(row)) {
        TablePage::deleteCurrentRow();
        return;
    }
    const qint64 id = model()->keyOf(row).toLongLong();
    const QString what = model()->describeRow(row);
    // Which bookings are live in Cal.com: the cancel's own check (nothing changes).
    lifecycle::LifecycleJob* check = m_jobs->cancel({ id }, QString(), true);
    connect(check, &Job::finished, this, [this, check, id, what] {
        int bookings = 0;
        if (!check->hasError())
            for (const lifecycle::ChangePlan& plan : check->plans())
                bookings += plan.calcomChanges();
        if (currentKey().toLongLong() != id)
            return; // the admin moved on
        if (bookings == 0)
            TablePage::deleteCurrentRow();
        else
            offerCancelBeforeDelete(id, what, bookings);
    });
    check->start();
}

void AppointmentsPage::offerCancelBeforeDelete(qint64 id, const QString& what, int bookings)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete appointment"),
        tr("%1 has %n live booking(s) in Cal.com. Deleting it only here would leave them there: the staff "
           "member stays blocked and the customer keeps the confirmation.",
            nullptr, bookings)
            .arg(what),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelBeforeDeleteQuestion"));
    box->setInformativeText(tr("Cancel the bookings first, then delete the appointment?"));
    QPushButton* cancelFirst = box->addButton(tr("Cancel bookings, then delete…"), QMessageBox::AcceptRole);
    cancelFirst->setObjectName(QStringLiteral("cancelThenDeleteButton"));
    QPushButton* deleteOnly = box->addButton(tr("Delete here only"), QMessageBox::DestructiveRole);
    deleteOnly->setObjectName(QStringLiteral("deleteOnlyButton"));
    box->addButton(tr("Keep appointment"), QMessageBox::RejectRole);
    box->setDefaultButton(cancelFirst);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
        [this, cancelFirst, deleteOnly, id, what](QAbstractButton* b) {
            if (b == deleteOnly) {
                TablePage::deleteCurrentRow();
                return;
            }
            if (b != cancelFirst)
                return;
            auto* dialog = new CancelAppointmentDialog(m_jobs, id, what, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &LifecycleActionDialog::changeFinished, this, [this, id, what](bool ok) {
                if (!ok) {
                    showMessage(tr("%1 was not deleted: not every booking could be cancelled.").arg(what),
                        RowFinding::Severity::Error);
                    return;
                }
                model()->deleteRecord(id, [this, what](const tables::WriteResult& result) {
                    if (result.error.isEmpty())
                        showMessage(tr("Cancelled the bookings of %1 and deleted it.").arg(what));
                });
            });
            if (m_lifecycle)
                emit m_lifecycle->dialogOpened(dialog);
            dialog->open();
        });
    box->open();
}

void AppointmentsPage::createAppointment(
    const NewAppointment& appointment, std::function<void(const tables::WriteResult&)> done)
{
    m_appointments.create(appointment, model()->actor(), this, [this, done](Expected<qint64, QString> id) {
        const tables::WriteResult result = id ? tables::WriteResult { QString(), id.value(), {} }
                                              : tables::WriteResult { id.error(), {}, {} };
        model()->finishWrite(result, done, true);
    });
}

void AppointmentsPage::openAddForm()
{
    m_appointments.loadServiceChoices(this, [this](Expected<QList<ServiceChoice>, QString> services) {
        if (!services) {
            showMessage(services.error(), RowFinding::Severity::Error);
            return;
        }
        auto* dialog = new NewAppointmentDialog(services.value(), timeZone(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->timeline()->setWorker(session()->worker());
        QPointer<NewAppointmentDialog> guard(dialog);
        dialog->setFreeTimeFinder(
            [this, dialog](const QList<SegmentTemplate>& segments, const QHash<QString, QString>& staff,
                std::function<void(const QDateTime&)> found) {
                m_appointments.findNextFreeTime(segments, staff, Clock::instance().nowUtc(), timeZone(),
                    dialog, [found](Expected<QDateTime, QString> time) {
                        if (time)
                            found(time.value());
                    });
            });
        // The dialog stays open until the write succeeds, so a refusal keeps what was typed.
        dialog->setSubmit([this, guard](const NewAppointment& appointment) {
            createAppointment(appointment, [this, guard](const tables::WriteResult& result) {
                if (guard)
                    guard->finishSubmit(result.error);
                if (result.ok())
                    showMessage(tr("Created appointment %1.").arg(result.key.toString()));
            });
        });
        dialog->open();
    });
}

} // namespace salon::ui
