#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli move-appointment ID --to DATETIME [--dry-run]: moves the appointment and every step by
// the same offset (core/lifecycle/MoveAppointmentsJob). Every staff step is checked at its new time first;
// one busy -> nothing changes (exit 1, naming step, staff member and time). DATETIME is ISO 8601 with an
// offset or Z. Exit 0 done, 1 nothing changed (busy) or put back, 2 could not run.
class MoveAppointmentCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAppointmentCommand)
public:
    QString name() const override { return QStringLiteral("move-appointment"); }
    QString summary() const override { return tr("Move an appointment (all its steps) to a new start."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
