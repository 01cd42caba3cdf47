#include "StandardTables.h"

#include "common/Clock.h"
#include "db/SqlTime.h"

namespace salon::ui
{

namespace
{

ColumnSpec idColumn(const QString& title)
{
    ColumnSpec column;
    column.title = title;
    column.selectExpr = QStringLiteral("t.id");
    column.type = ColumnType::Integer;
    return column;
}

ColumnSpec column(
    const QString& title, const QString& name, ColumnType type, bool inPlace, bool inForm, bool required)
{
    ColumnSpec spec;
    spec.title = title;
    spec.selectExpr = QStringLiteral("t.") + name;
    spec.writeColumn = name;
    spec.type = type;
    spec.editableInPlace = inPlace;
    spec.inForm = inForm;
    spec.required = required;
    spec.searchable = type != ColumnType::Bool;
    return spec;
}

ColumnSpec readOnly(const QString& title, const QString& expr, ColumnType type)
{
    ColumnSpec spec;
    spec.title = title;
    spec.selectExpr = expr;
    spec.type = type;
    spec.searchable = type != ColumnType::Bool;
    return spec;
}

ColumnSpec lookup(
    const QString& title, const QString& name, const QString& displayExpr, const QString& lookupSql)
{
    ColumnSpec spec = column(title, name, ColumnType::Lookup, false, true, true);
    spec.displayExpr = displayExpr;
    spec.lookupSql = lookupSql;
    return spec;
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
        column(tr("Name"), QStringLiteral("name"), ColumnType::Text, true, true, true),
        column(
            tr("Duration (min)"), QStringLiteral("duration_minutes"), ColumnType::Integer, true, true, true),
        column(tr("Composite"), QStringLiteral("is_composite"), ColumnType::Bool, true, true, false),
        column(tr("Active"), QStringLiteral("active"), ColumnType::Bool, true, true, false),
        readOnly(tr("Segments"),
            QStringLiteral("(SELECT COUNT(*) FROM service_segments g WHERE g.service_id = t.id)"),
            ColumnType::Integer),
    };
    spec.columns[5].searchable = false;
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
    spec.defaultOrder = QStringLiteral("s.name, t.position");
    ColumnSpec position
        = column(tr("Position"), QStringLiteral("position"), ColumnType::Integer, true, true, true);
    position.minimum = 0;
    spec.columns = {
        idColumn(tr("ID")),
        lookup(tr("Service"), QStringLiteral("service_id"), QStringLiteral("s.name"),
            QStringLiteral("SELECT id, name FROM services ORDER BY name")),
        column(tr("Segment key"), QStringLiteral("segment_key"), ColumnType::Text, true, true, true),
        column(tr("Name"), QStringLiteral("name"), ColumnType::Text, true, true, true),
        position,
        column(
            tr("Duration (min)"), QStringLiteral("duration_minutes"), ColumnType::Integer, true, true, true),
        column(tr("Staff required"), QStringLiteral("staff_required"), ColumnType::Bool, true, true, false),
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
    ColumnSpec id = column(tr("ID (UUID)"), QStringLiteral("id"), ColumnType::Uuid, false, true, true);
    ColumnSpec userId = column(
        tr("Cal.com user ID"), QStringLiteral("calcom_user_id"), ColumnType::Integer, true, true, false);
    spec.columns = {
        id,
        column(tr("Name"), QStringLiteral("name"), ColumnType::Text, true, true, true),
        column(tr("Email"), QStringLiteral("email"), ColumnType::Text, true, true, false),
        userId,
        column(
            tr("Cal.com username"), QStringLiteral("calcom_username"), ColumnType::Text, true, true, false),
        column(tr("Active"), QStringLiteral("active"), ColumnType::Bool, true, true, false),
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
    spec.defaultOrder = QStringLiteral("s.name, t.segment_key, st.name");
    ColumnSpec child = column(tr("Child event type ID"), QStringLiteral("child_event_type_id"),
        ColumnType::Integer, true, true, false);
    spec.columns = {
        idColumn(tr("ID")),
        lookup(tr("Service"), QStringLiteral("service_id"), QStringLiteral("s.name"),
            QStringLiteral("SELECT id, name FROM services ORDER BY name")),
        column(tr("Segment key"), QStringLiteral("segment_key"), ColumnType::Text, false, true, true),
        lookup(tr("Staff"), QStringLiteral("staff_id"), QStringLiteral("st.name"),
            QStringLiteral("SELECT id, name FROM staff ORDER BY name")),
        column(tr("Event type ID"), QStringLiteral("event_type_id"), ColumnType::Integer, true, true, true),
        child,
        readOnly(tr("Child resolved at"), QStringLiteral("t.child_resolved_at"), ColumnType::DateTime),
        readOnly(tr("Updated at"), QStringLiteral("t.updated_at"), ColumnType::DateTime),
    };
    spec.quickFilters = {
        { tr("With a child event type"), QStringLiteral("t.child_event_type_id IS NOT NULL"), {} },
        { tr("Without a child event type"), QStringLiteral("t.child_event_type_id IS NULL"), {} },
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
                "The child event type ID must differ from the event type ID: a parent MANAGED event type "
                "stored as its own child cannot be booked. Leave the child empty instead.");
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
    ColumnSpec status = column(tr("Status"), QStringLiteral("status"), ColumnType::Choice, true, false, true);
    status.choices = appointmentStatuses();
    ColumnSpec phases = readOnly(tr("Phases"),
        QStringLiteral("(SELECT COUNT(*) FROM appointment_phases p WHERE p.appointment_id = t.id)"),
        ColumnType::Integer);
    phases.searchable = false;
    phases.sortable = false; // a per-row count: sorting would count every appointment's phases
    spec.columns = {
        idColumn(tr("ID")),
        lookup(tr("Service"), QStringLiteral("service_id"), QStringLiteral("s.name"),
            QStringLiteral("SELECT id, name FROM services ORDER BY name")),
        column(tr("Customer"), QStringLiteral("customer_name"), ColumnType::Text, true, false, true),
        column(tr("Customer email"), QStringLiteral("customer_email"), ColumnType::Text, true, false, false),
        readOnly(tr("Starts at"), QStringLiteral("t.starts_at"), ColumnType::DateTime),
        status,
        phases,
        readOnly(tr("Created at"), QStringLiteral("t.created_at"), ColumnType::DateTime),
    };
    spec.columns[1].inForm = false;
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
            QStringLiteral("SELECT COUNT(*) FROM appointment_phases WHERE appointment_id = ? "
                           "AND calcom_booking_id IS NOT NULL"),
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
    spec.allowInsert = false;
    spec.allowDelete = false; // phases come and go with their appointment
    ColumnSpec status = readOnly(tr("Sync status"), QStringLiteral("t.sync_status"), ColumnType::Text);
    ColumnSpec staffColumn = readOnly(tr("Staff"), QStringLiteral("t.staff_id"), ColumnType::Text);
    staffColumn.displayExpr = QStringLiteral("st.name");
    spec.columns = {
        idColumn(tr("ID")),
        readOnly(tr("Appointment"), QStringLiteral("t.appointment_id"), ColumnType::Integer),
        readOnly(tr("Segment key"), QStringLiteral("t.segment_key"), ColumnType::Text),
        staffColumn,
        readOnly(tr("Staff required"), QStringLiteral("t.staff_required"), ColumnType::Bool),
        readOnly(tr("Starts at"), QStringLiteral("t.starts_at"), ColumnType::DateTime),
        readOnly(tr("Ends at"), QStringLiteral("t.ends_at"), ColumnType::DateTime),
        status,
        readOnly(tr("Cal.com booking"), QStringLiteral("t.calcom_booking_id"), ColumnType::Integer),
        readOnly(tr("Attempts"), QStringLiteral("t.sync_attempts"), ColumnType::Integer),
        readOnly(tr("Sync error"), QStringLiteral("t.sync_error"), ColumnType::Text),
    };
    const QStringList statuses = { QStringLiteral("pending"), QStringLiteral("syncing"),
        QStringLiteral("synced"), QStringLiteral("failed"), QStringLiteral("skipped") };
    const QStringList titles = { tr("Pending"), tr("Syncing"), tr("Synced"), tr("Failed"), tr("Skipped") };
    for (int i = 0; i < statuses.size(); ++i)
        spec.quickFilters.append({ titles.at(i), QStringLiteral("t.sync_status = ?"), { statuses.at(i) } });
    spec.describeRow = [](const QVariantList& row) { return tr("phase %1").arg(row.value(0).toString()); };
    return spec;
}

} // namespace salon::ui
