#include "AppointmentsPage.h"

#include "db/DatabaseWorker.h"
#include "db/SqlStatement.h"
#include "models/StandardTables.h"

#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace salon::ui
{

namespace
{
// No appointment selected: a filter that matches no phase.
const QString kPhaseFilter = QStringLiteral("t.appointment_id = ?");
} // namespace

AppointmentsPage::AppointmentsPage(const DatabaseUrl& url, QWidget* parent)
    : TablePage(StandardTables::appointments(), url, parent)
    , m_phases(new TablePage(StandardTables::phases(), url, this))
{
    m_phases->setObjectName(QStringLiteral("appointmentPhasesPanel"));
    m_phases->setAccessibleName(tr("Phases of the selected appointment"));
    m_phases->model()->setFixedFilter(kPhaseFilter, { -1 });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    const int at = pageLayout()->indexOf(view());
    pageLayout()->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(m_phases);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    pageLayout()->insertWidget(at, splitter, 1);

    connect(this, &TablePage::currentKeyChanged, this, [this](const QVariant& key) {
        m_phases->model()->setFixedFilter(kPhaseFilter, { key.isValid() ? key : QVariant(-1) });
    });
    connect(m_phases, &TablePage::statusMessage, this, &TablePage::statusMessage);
}

void AppointmentsPage::setTimeZone(const QTimeZone& zone)
{
    TablePage::setTimeZone(zone);
    m_phases->setTimeZone(zone);
}

void AppointmentsPage::loadServiceChoices(std::function<void(QList<ServiceChoice>, QString error)> done)
{
    using Result = std::pair<QList<ServiceChoice>, QString>;
    model()->worker()->post<Result>(
        [](QSqlDatabase& db) -> Result {
            QList<ServiceChoice> services;
            auto q = runSql(
                db, QStringLiteral("SELECT id, name FROM services WHERE active = ? ORDER BY name"), { true });
            if (!q)
                return { {}, q.error() };
            QHash<qint64, int> indexById;
            while (q->next()) {
                indexById.insert(q->value(0).toLongLong(), int(services.size()));
                services.append({ q->value(0).toLongLong(), q->value(1).toString(), {}, {} });
            }
            auto segments = runSql(db,
                QStringLiteral("SELECT service_id, segment_key, name, position, "
                               "duration_minutes, staff_required FROM service_segments "
                               "ORDER BY service_id, position"));
            if (!segments)
                return { {}, segments.error() };
            while (segments->next()) {
                const int index = indexById.value(segments->value(0).toLongLong(), -1);
                if (index >= 0)
                    services[index].segments.append({ segments->value(1).toString(),
                        segments->value(2).toString(), segments->value(3).toInt(), segments->value(4).toInt(),
                        segments->value(5).toBool() });
            }
            auto qualified = runSql(db,
                QStringLiteral("SELECT ss.service_id, st.id, st.name FROM service_staff ss "
                               "JOIN staff st ON st.id = ss.staff_id WHERE st.active = ? "
                               "ORDER BY st.name"),
                { true });
            if (!qualified)
                return { {}, qualified.error() };
            while (qualified->next()) {
                const int index = indexById.value(qualified->value(0).toLongLong(), -1);
                if (index >= 0)
                    services[index].staff.append(
                        { qualified->value(1).toString(), qualified->value(2).toString() });
            }
            // A service nobody is qualified for yet may be done by any active staff member.
            auto everyone = runSql(
                db, QStringLiteral("SELECT id, name FROM staff WHERE active = ? ORDER BY name"), { true });
            if (!everyone)
                return { {}, everyone.error() };
            QList<QPair<QString, QString>> all;
            while (everyone->next())
                all.append({ everyone->value(0).toString(), everyone->value(1).toString() });
            for (ServiceChoice& service : services)
                if (service.staff.isEmpty())
                    service.staff = all;
            return { services, QString() };
        },
        this, [done](Result result) { done(result.first, result.second); });
}

void AppointmentsPage::createAppointment(
    const NewAppointment& appointment, std::function<void(const LazySqlTableModel::WriteResult&)> done)
{
    const QString actor = model()->actor();
    model()->runWrite(
        [appointment, actor](QSqlDatabase& db) -> LazySqlTableModel::WriteResult {
            auto id = AppointmentStore::insert(db, appointment, actor);
            if (!id)
                return { id.error(), {}, {} };
            return { QString(), id.value(), {} };
        },
        std::move(done));
}

void AppointmentsPage::openAddForm()
{
    loadServiceChoices([this](QList<ServiceChoice> services, QString error) {
        if (!error.isEmpty()) {
            showMessage(error, RowFinding::Severity::Error);
            return;
        }
        auto* dialog = new NewAppointmentDialog(services, timeZone(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<NewAppointmentDialog> guard(dialog);
        // The dialog stays open until the write succeeds, so a refusal keeps what was typed.
        dialog->setSubmit([this, guard](const NewAppointment& appointment) {
            createAppointment(appointment, [this, guard](const LazySqlTableModel::WriteResult& result) {
                if (guard)
                    guard->finishSubmit(result.error);
                if (result.error.isEmpty())
                    showMessage(tr("Created appointment %1.").arg(result.key.toString()));
            });
        });
        dialog->open();
    });
}

} // namespace salon::ui
