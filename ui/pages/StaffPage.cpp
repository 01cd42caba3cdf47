#include "StaffPage.h"

#include "core/common/Clock.h"
#include "core/db/DatabaseSession.h"
#include "core/tables/StandardTables.h"
#include "ui/lifecycle/LifecycleJobBuilder.h"
#include "ui/lifecycle/SickDayDialog.h"

#include <QAction>
#include <QPointer>
#include <QToolBar>

namespace salon::ui
{

namespace
{
constexpr int kNameColumn = 1; // StandardTables::staff()
}

StaffPage::StaffPage(DatabaseSession* session, QWidget* parent)
    : TablePage(tables::StandardTables::staff(), session, parent)
    , m_staffChoices(session->worker())
    , m_sickDay(new QAction(tr("Off on a day…"), this))
{
    m_sickDay->setObjectName(QStringLiteral("sickDayAction"));
    m_sickDay->setToolTip(tr("Hand every step of the selected staff member on one day to someone else"));
    m_sickDay->setVisible(false);
    addAction(m_sickDay);
    toolBar()->addSeparator();
    toolBar()->addAction(m_sickDay);
    connect(m_sickDay, &QAction::triggered, this, &StaffPage::openSickDay);
    connect(this, &TablePage::currentKeyChanged, this, &StaffPage::updateSickDayAction);
}

void StaffPage::setLifecycle(LifecycleJobBuilder* jobs)
{
    m_jobs = jobs;
    m_sickDay->setVisible(true);
    connect(jobs, &LifecycleJobBuilder::readyChanged, this, &StaffPage::updateSickDayAction);
    updateSickDayAction();
}

void StaffPage::updateSickDayAction()
{
    m_sickDay->setEnabled(m_jobs && m_jobs->isReady() && currentKey().isValid());
}

void StaffPage::openSickDay()
{
    const int row = currentRow();
    if (!m_jobs || !m_jobs->isReady() || row < 0 || !model()->isRowLoaded(row))
        return;
    const QString fromId = model()->keyOf(row).toString();
    const QString fromName = model()->data(model()->index(row, kNameColumn)).toString();
    // Who can take over: the active staff who do the salon's services (read in the worker).
    m_staffChoices.loadServiceChoices(
        this, [this, fromId, fromName](Expected<QList<ServiceChoice>, QString> services) {
            QList<SickDayDialog::StaffChoice> staff;
            if (!services) {
                showMessage(services.error(), RowFinding::Severity::Error);
                return;
            }
            for (const ServiceChoice& s : *services)
                for (const auto& member : s.staff)
                    if (!staff.contains(member))
                        staff.append(member);
            if (std::none_of(staff.cbegin(), staff.cend(), [&](const auto& m) { return m.first == fromId; }))
                staff.prepend({ fromId, fromName });
            std::sort(staff.begin(), staff.end(), [](const auto& a, const auto& b) {
                return QString::localeAwareCompare(a.second, b.second) < 0;
            });
            const QDate today = Clock::instance().nowUtc().toTimeZone(m_jobs->timeZone()).date();
            auto* dialog = new SickDayDialog(m_jobs, staff, fromId, today, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            emit sickDayOpened(dialog);
            dialog->open();
        });
}

} // namespace salon::ui
