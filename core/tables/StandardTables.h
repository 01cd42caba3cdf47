#pragma once

#include "TableSpec.h"

#include <QCoreApplication>

namespace salon::tables
{

// The tables the main window shows, described once: columns, rules, filters, what depends on a row and
// which other tables' changes alter what a table shows.
class StandardTables
{
    Q_DECLARE_TR_FUNCTIONS(salon::tables::StandardTables)
public:
    static TableSpec services();
    static TableSpec segments();
    static TableSpec staff();
    static TableSpec eventMap();
    static TableSpec appointments();
    static TableSpec phases();
    // The phases() of one appointment (an invalid id: none).
    static QuickFilter phasesOfAppointment(const QVariant& appointmentId);
    // The status values an appointment can have.
    static QStringList appointmentStatuses();
};

} // namespace salon::tables
