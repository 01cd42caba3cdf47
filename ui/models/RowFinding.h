#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace salon::ui
{

// A finding about one row (the event-map verifier's output, later others), shown as a colour, an icon
// and a tooltip on that row.
struct RowFinding {
    enum class Severity { Info, Warning, Error };
    QVariant rowId; // the row's primary key; invalid for a finding about no row of the table
    Severity severity = Severity::Warning;
    QString message;
    // The rows the finding describes, as (table, key): when one of them changes, or a row of that table is
    // added or removed under the key (its parent key), the finding may no longer hold and is dropped. The
    // row itself counts without being listed.
    QList<QPair<QString, QString>> describes;
};

} // namespace salon::ui
