#include "StandardTables.h"

#include "common/Clock.h"
#include "db/SqlTime.h"
#include "sync/SyncErrorAdvice.h"

namespace salon::tables
{

namespace
{

using Rule = ColumnRule;
constexpr ColumnRules kInPlaceAndForm = Rule::InPlace | Rule::InForm;
constexpr ColumnRules kRequiredEverywhere = Rule::InPlace | Rule::InForm | Rule::Required;

ColumnSpec idColumn(const QString& title)
{
    return ColumnSpec::readOnly(title, QStringLiteral("t.id"), ColumnType::Integer);
}

Dependent dependent(
    std::function<QString(int)> describe, const QString& countSql, const QStringList& keys, bool blocks)
{
    Dependent result;
    result.describe = std::move(describe);
    result.countSql = countSql;
    result.keyColumns = keys;
    result.blocksDelete = blocks;
    return result;
}

} // namespace

TableSpec StandardTables::services()
{
    TableSpec spec;
    spec.id = QStringLiteral("services");
    spec.title = tr("Services");
    spec.baseTable = QStringLiteral("services");
    spec.fromSql = QStringLiteral("services t");
    spec.columns = {
        idColumn(tr("ID")),
        ColumnSpec::editable(tr("Name"), QStringLiteral("name"), ColumnType::Text, kRequiredEverywhere),
        ColumnSpec::editable(tr("Duration (min)"), QStringLiteral("duration_minutes"), ColumnType::Integer,
            kRequiredEverywhere),
        ColumnSpec::editable(
            tr("Composite"), QStringLiteral("is_composite"), ColumnType::Bool, kInPlaceAndForm),
        ColumnSpec::editable(tr("Active"), QStringLiteral("active"), ColumnType::Bool, kInPlaceAndForm),
        ColumnSpec::readOnly(tr("Segments"),
            QStringLiteral("(SELECT COUNT(*) FROM service_segments g WHERE g.service_id = t.id)"),
            ColumnType::Integer)
            .notSearchable(),
    };
    spec.alsoShows = { { QStringLiteral("service_segments"), true } };
    spec.quickFilters = {
        { tr("Active only"), QStringLiteral("t.active = ?"), { true } },
        { tr("Inactive only"), QStringLiteral("t.active = ?"), { false } },
        { tr("Composite only"), QStringLiteral("t.is_composite = ?"), { true } },
    };
    spec.dependents = {
        dependent([](int n) { return tr("%n segment(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM service_segments WHERE service_id = ?"),
            { QStringLiteral("id") }, false),
        dependent([](int n) { return tr("%n qualified staff member(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM service_staff WHERE service_id = ?"),
            { QStringLiteral("id") }, false),
        // Event-map rows are removed one by one (audited), never as a side effect.
        dependent([](int n) { return tr("%n event-map row(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE service_id = ?"),
            { QStringLiteral("id") }, true),
        dependent([](int n) { return tr("%n appointment(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM appointments WHERE service_id = ?"),
            { QStringLiteral("id") }, true),
    };
    spec.describeRow
        = [](const QVariantList& row) { return tr("service \"%1\"").arg(row.value(1).toString()); };
    return spec;
}

TableSpec StandardTables::segments()
{
    TableSpec spec;
    spec.id = QStringLiteral("segments");
    spec.title = tr("Segments");
    spec.baseTable = QStringLiteral("service_segments");
    spec.fromSql = QStringLiteral("service_segments t JOIN services s ON s.id = t.service_id");
    spec.alsoShows = { { QStringLiteral("services"), false } };
    spec.defaultOrder = QStringLiteral("s.name, t.position");
    const ColumnSpec position = ColumnSpec::editable(
        tr("Position"), QStringLiteral("position"), ColumnType::Integer, kRequiredEverywhere)
                                    .atLeast(0);
    spec.columns = {
        idColumn(tr("ID")),
        ColumnSpec::lookup(tr("Service"), QStringLiteral("service_id"), QStringLiteral("s.name"),
            QStringLiteral("SELECT id, name FROM services ORDER BY name")),
        ColumnSpec::editable(
            tr("Segment key"), QStringLiteral("segment_key"), ColumnType::Text, kRequiredEverywhere),
        ColumnSpec::editable(tr("Name"), QStringLiteral("name"), ColumnType::Text, kRequiredEverywhere),
        position,
        ColumnSpec::editable(tr("Duration (min)"), QStringLiteral("duration_minutes"), ColumnType::Integer,
            kRequiredEverywhere),
        ColumnSpec::editable(
            tr("Staff required"), QStringLiteral("staff_required"), ColumnType::Bool, kInPlaceAndForm),
    };
    spec.quickFilters = {
        { tr("Staff required"), QStringLiteral("t.staff_required = ?"), { true } },
        { tr("Processing time (no staff)"), QStringLiteral("t.staff_required = ?"), { false } },
    };
    spec.uniqueGroups = {
        { { QStringLiteral("service_id"), QStringLiteral("segment_key") },
            tr("The segment key \"%2\" is already used by another segment of service %1; segment keys must "
               "be unique "
               "within a service.") },
    };
    spec.dependents = {
        dependent([](int n) { return tr("%n event-map row(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE service_id = ? AND segment_key = ?"),
            { QStringLiteral("service_id"), QStringLiteral("segment_key") }, true),
    };
    spec.describeRow = [](const QVariantList& row) {
        return tr("segment \"%1\" of %2").arg(row.value(2).toString(), row.value(1).toString());
    };
    return spec;
}

TableSpec StandardTables::staff()
{
    TableSpec spec;
    spec.id = QStringLiteral("staff");
    spec.title = tr("Staff");
    spec.baseTable = QStringLiteral("staff");
    spec.fromSql = QStringLiteral("staff t");
    spec.textPrimaryKey = true;
    spec.defaultOrder = QStringLiteral("t.name");
    ColumnSpec id = ColumnSpec::editable(
        tr("ID (UUID)"), QStringLiteral("id"), ColumnType::Uuid, Rule::InForm | Rule::Required);
    ColumnSpec userId = ColumnSpec::editable(
        tr("Cal.com user ID"), QStringLiteral("calcom_user_id"), ColumnType::Integer, kInPlaceAndForm);
    spec.columns = {
        id,
        ColumnSpec::editable(tr("Name"), QStringLiteral("name"), ColumnType::Text, kRequiredEverywhere),
        ColumnSpec::editable(tr("Email"), QStringLiteral("email"), ColumnType::Text, kInPlaceAndForm),
        userId,
        ColumnSpec::editable(
            tr("Cal.com username"), QStringLiteral("calcom_username"), ColumnType::Text, kInPlaceAndForm),
        ColumnSpec::editable(tr("Active"), QStringLiteral("active"), ColumnType::Bool, kInPlaceAndForm),
    };
    spec.quickFilters = {
        { tr("Active only"), QStringLiteral("t.active = ?"), { true } },
        { tr("Without Cal.com user"), QStringLiteral("t.calcom_user_id IS NULL"), {} },
    };
    spec.dependents = {
        dependent([](int n) { return tr("%n qualified service(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM service_staff WHERE staff_id = ?"), { QStringLiteral("id") },
            false),
        dependent([](int n) { return tr("%n event-map row(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM calcom_event_map WHERE staff_id = ?"),
            { QStringLiteral("id") }, true),
        dependent([](int n) { return tr("%n appointment phase(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE staff_id = ?"),
            { QStringLiteral("id") }, true),
    };
    spec.describeRow
        = [](const QVariantList& row) { return tr("staff member \"%1\"").arg(row.value(1).toString()); };
    return spec;
}

TableSpec StandardTables::eventMap()
{
    TableSpec spec;
    spec.id = QStringLiteral("eventmap");
    spec.title = tr("Event map");
    spec.baseTable = QStringLiteral("calcom_event_map");
    spec.fromSql = QStringLiteral("calcom_event_map t JOIN services s ON s.id = t.service_id "
                                  "JOIN staff st ON st.id = t.staff_id");
    spec.alsoShows = { { QStringLiteral("services"), false }, { QStringLiteral("staff"), false } };
    spec.defaultOrder = QStringLiteral("s.name, t.segment_key, st.name");
    ColumnSpec child = ColumnSpec::editable(
        tr("Personal copy ID"), QStringLiteral("child_event_type_id"), ColumnType::Integer, kInPlaceAndForm);
    spec.columns = {
        idColumn(tr("ID")),
        ColumnSpec::lookup(tr("Service"), QStringLiteral("service_id"), QStringLiteral("s.name"),
            QStringLiteral("SELECT id, name FROM services ORDER BY name")),
        ColumnSpec::editable(tr("Segment key"), QStringLiteral("segment_key"), ColumnType::Text,
            Rule::InForm | Rule::Required),
        ColumnSpec::lookup(tr("Staff"), QStringLiteral("staff_id"), QStringLiteral("st.name"),
            QStringLiteral("SELECT id, name FROM staff ORDER BY name")),
        ColumnSpec::editable(
            tr("Event type ID"), QStringLiteral("event_type_id"), ColumnType::Integer, kRequiredEverywhere),
        child,
        ColumnSpec::readOnly(
            tr("Personal copy found at"), QStringLiteral("t.child_resolved_at"), ColumnType::DateTime),
        ColumnSpec::readOnly(tr("Updated at"), QStringLiteral("t.updated_at"), ColumnType::DateTime),
    };
    spec.quickFilters = {
        { tr("With a personal copy"), QStringLiteral("t.child_event_type_id IS NOT NULL"), {} },
        { tr("Without a personal copy"), QStringLiteral("t.child_event_type_id IS NULL"), {} },
    };
    spec.uniqueGroups = {
        { { QStringLiteral("service_id"), QStringLiteral("segment_key"), QStringLiteral("staff_id") },
            tr("Service %1, segment \"%2\" and staff member %3 already have an event type; edit that row "
               "instead.") },
    };
    spec.stampOnInsert = { QStringLiteral("created_at"), QStringLiteral("updated_at") };
    spec.touchOnUpdate = { QStringLiteral("updated_at") };
    spec.rowCheck = [](const QVariantMap& row) -> QString {
        const QVariant child = row.value(QStringLiteral("child_event_type_id"));
        if (!child.isNull() && child.toLongLong() == row.value(QStringLiteral("event_type_id")).toLongLong())
            return tr(
                "The personal copy's ID must differ from the event type ID: a shared (MANAGED) event type "
                "stored as its own personal copy cannot be booked. Leave the personal copy empty instead.");
        return {};
    };
    spec.describeRow = [](const QVariantList& row) {
        return tr("event-map row %1 (%2, %3, %4)")
            .arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                row.value(3).toString());
    };
    return spec;
}

QStringList StandardTables::appointmentStatuses()
{
    return { QStringLiteral("scheduled"), QStringLiteral("completed"), QStringLiteral("cancelled"),
        QStringLiteral("no_show") };
}

TableSpec StandardTables::appointments()
{
    TableSpec spec;
    spec.id = QStringLiteral("appointments");
    spec.title = tr("Appointments");
    spec.baseTable = QStringLiteral("appointments");
    spec.fromSql = QStringLiteral("appointments t JOIN services s ON s.id = t.service_id");
    ColumnSpec status = ColumnSpec::editable(
        tr("Status"), QStringLiteral("status"), ColumnType::Choice, Rule::InPlace | Rule::Required);
    status.choices = appointmentStatuses();
    status.valueLabels = { { QStringLiteral("scheduled"), tr("Scheduled") },
        { QStringLiteral("completed"), tr("Completed") }, { QStringLiteral("cancelled"), tr("Cancelled") },
        { QStringLiteral("no_show"), tr("No-show") } };
    // A per-row count: sorting would count every appointment's phases.
    const ColumnSpec phases = ColumnSpec::readOnly(tr("Phases"),
        QStringLiteral("(SELECT COUNT(*) FROM appointment_phases p WHERE p.appointment_id = t.id)"),
        ColumnType::Integer)
                                  .notSearchable()
                                  .notSortable();
    // New appointments come from their own dialog (the phases follow from the service).
    const ColumnSpec service = ColumnSpec::lookup(tr("Service"), QStringLiteral("service_id"),
        QStringLiteral("s.name"), QStringLiteral("SELECT id, name FROM services ORDER BY name"))
                                   .notInForm();
    spec.columns = {
        idColumn(tr("ID")),
        service,
        ColumnSpec::editable(tr("Customer"), QStringLiteral("customer_name"), ColumnType::Text,
            Rule::InPlace | Rule::Required),
        ColumnSpec::editable(
            tr("Customer email"), QStringLiteral("customer_email"), ColumnType::Text, Rule::InPlace),
        ColumnSpec::readOnly(tr("Starts at"), QStringLiteral("t.starts_at"), ColumnType::DateTime),
        status,
        phases,
        ColumnSpec::readOnly(tr("Created at"), QStringLiteral("t.created_at"), ColumnType::DateTime),
    };
    spec.alsoShows
        = { { QStringLiteral("appointment_phases"), true }, { QStringLiteral("services"), false } };
    spec.quickFilters = {
        { tr("Upcoming"), QStringLiteral("t.starts_at >= ?"), { toSqlTime(Clock::instance().nowUtc()) } },
        { tr("Scheduled"), QStringLiteral("t.status = ?"), { QStringLiteral("scheduled") } },
        { tr("Cancelled"), QStringLiteral("t.status = ?"), { QStringLiteral("cancelled") } },
        { tr("With failed phases"),
            QStringLiteral("EXISTS (SELECT 1 FROM appointment_phases p WHERE p.appointment_id = t.id "
                           "AND p.sync_status = ?)"),
            { QStringLiteral("failed") } },
    };
    spec.dependents = {
        dependent([](int n) { return tr("%n phase(s)", nullptr, n); },
            QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ?"),
            { QStringLiteral("id") }, false),
        dependent(
            [](int n) {
                return tr("%n phase(s) booked in Cal.com (deleting here does not cancel those bookings)",
                    nullptr, n);
            },
            // A cancelled phase keeps its uid, but nothing is live in Cal.com any more.
            QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ? "
                           "AND calcom_booking_id IS NOT NULL AND sync_status <> 'cancelled'"),
            { QStringLiteral("id") }, false),
    };
    spec.describeRow = [](const QVariantList& row) {
        return tr("appointment %1 (%2, %3)")
            .arg(row.value(0).toString(), row.value(2).toString(), row.value(4).toString());
    };
    return spec;
}

TableSpec StandardTables::phases()
{
    TableSpec spec;
    spec.id = QStringLiteral("phases");
    spec.title = tr("Phases");
    spec.baseTable = QStringLiteral("appointment_phases");
    spec.fromSql = QStringLiteral("appointment_phases t LEFT JOIN staff st ON st.id = t.staff_id");
    spec.alsoShows = { { QStringLiteral("staff"), false } };
    spec.allowInsert = false;
    spec.allowDelete = false; // phases come and go with their appointment
    ColumnSpec status
        = ColumnSpec::readOnly(tr("Sync status"), QStringLiteral("t.sync_status"), ColumnType::Text);
    const ColumnSpec staffColumn
        = ColumnSpec::readOnly(tr("Staff"), QStringLiteral("t.staff_id"), ColumnType::Text)
              .shownAs(QStringLiteral("st.name"));
    spec.columns = {
        idColumn(tr("ID")),
        ColumnSpec::readOnly(tr("Appointment"), QStringLiteral("t.appointment_id"), ColumnType::Integer),
        ColumnSpec::readOnly(tr("Segment key"), QStringLiteral("t.segment_key"), ColumnType::Text),
        staffColumn,
        ColumnSpec::readOnly(tr("Staff required"), QStringLiteral("t.staff_required"), ColumnType::Bool),
        ColumnSpec::readOnly(tr("Starts at"), QStringLiteral("t.starts_at"), ColumnType::DateTime),
        ColumnSpec::readOnly(tr("Ends at"), QStringLiteral("t.ends_at"), ColumnType::DateTime),
        status,
        ColumnSpec::readOnly(
            tr("Cal.com booking"), QStringLiteral("t.calcom_booking_id"), ColumnType::Integer),
        ColumnSpec::readOnly(tr("Attempts"), QStringLiteral("t.sync_attempts"), ColumnType::Integer),
        ColumnSpec::readOnly(tr("Sync error"), QStringLiteral("t.sync_error"), ColumnType::Text)
            .readAs(&sync::SyncErrorAdvice::readable),
    };
    const QStringList statuses
        = { QStringLiteral("pending"), QStringLiteral("syncing"), QStringLiteral("synced"),
              QStringLiteral("failed"), QStringLiteral("skipped"), QStringLiteral("cancelled") };
    const QStringList titles
        = { tr("Pending"), tr("Syncing"), tr("Synced"), tr("Failed"), tr("Skipped"), tr("Cancelled") };
    for (int i = 0; i < statuses.size(); ++i) {
        spec.quickFilters.append({ titles.at(i), QStringLiteral("t.sync_status = ?"), { statuses.at(i) } });
        for (ColumnSpec& column : spec.columns)
            if (column.selectExpr == status.selectExpr)
                column.valueLabels.insert(statuses.at(i), titles.at(i));
    }
    spec.describeRow = [](const QVariantList& row) { return tr("phase %1").arg(row.value(0).toString()); };
    return spec;
}

QuickFilter StandardTables::phasesOfAppointment(const QVariant& appointmentId)
{
    return { tr("Phases of the appointment"), QStringLiteral("t.appointment_id = ?"),
        { appointmentId.isValid() ? appointmentId : QVariant(-1) } };
}

} // namespace salon::tables
