#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace salon::history
{
struct AuditEntry;
}

namespace salon::ui
{

// The audit log's tokens in words a salon admin reads: actions ("event-type.create") and subjects
// ("calcom_event_map:7"). A token this does not know stays as it is (still exact; the CSV export and the
// tooltips keep every token).
struct AuditEntryText {
    Q_DECLARE_TR_FUNCTIONS(salon::ui::AuditEntryText)
public:
    static QString action(const QString& action);
    static QString subject(const QString& table, const QString& key);
    // What an entry changed, field by field in the salon's words ("Customer: Nora Neu; Start: 02.12.2026
    // 10:30"; an import's counts as "Appointments: 3 new, 1 changed, 0 unchanged"); the raw JSON stays in
    // the tooltip and the CSV export.
    static QString change(const history::AuditEntry& entry, const QTimeZone& zone);

private:
    static QString field(const QString& key);
    static QString value(const QString& key, const QJsonValue& value, const QTimeZone& zone);
};

} // namespace salon::ui
