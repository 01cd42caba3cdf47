#pragma once

#include <QCoreApplication>
#include <QString>

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
};

} // namespace salon::ui
