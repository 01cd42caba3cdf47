#pragma once

#include "TableSpec.h"

#include <QCoreApplication>

namespace salon::ui
{

// The tables the main window shows, described once: columns, rules, filters and what depends on a row.
class StandardTables
{
    Q_DECLARE_TR_FUNCTIONS(StandardTables)
public:
    static TableSpec services();
    static TableSpec segments();
    static TableSpec staff();
    static TableSpec eventMap();
    static TableSpec appointments();
    static TableSpec phases();
    // The status values an appointment can have.
    static QStringList appointmentStatuses();
};

} // namespace salon::ui
