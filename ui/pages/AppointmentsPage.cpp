#include "AppointmentsPage.h"

#include "core/db/DatabaseSession.h"
#include "core/tables/StandardTables.h"

#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace salon::ui
{

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
    });
    connect(m_phases, &TablePage::statusMessage, this, &TablePage::statusMessage);
}

void AppointmentsPage::setTimeZone(const QTimeZone& zone)
{
    TablePage::setTimeZone(zone);
    m_phases->setTimeZone(zone);
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
        QPointer<NewAppointmentDialog> guard(dialog);
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
