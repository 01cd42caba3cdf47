#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// salon-admin-cli cancel-appointment ID... [--reason TEXT] [--dry-run]: cancels the appointments and every
// booking of their steps in Cal.com (core/lifecycle/CancelAppointmentsJob). A cancel Cal.com cannot take
// now stays owed and is finished by the next run. Exit 0 done, 1 some work owed or refused, 2 could not run.
class CancelAppointmentCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CancelAppointmentCommand)
public:
    QString name() const override { return QStringLiteral("cancel-appointment"); }
    QString summary() const override { return tr("Cancel appointments and their bookings in Cal.com."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
