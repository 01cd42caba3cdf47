#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace salon::ui
{

// A finding about one row (the event-map verifier's output, later others), shown as a colour, an icon
// and a tooltip on that row.
struct RowFinding {
    enum class Severity { Info, Warning, Error };
    QVariant rowId; // the row's primary key
    Severity severity = Severity::Warning;
    QString message;
};

} // namespace salon::ui
