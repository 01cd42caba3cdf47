#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace salon::cli
{

// Stores the resolved child of each MANAGED parent per staff member (child_event_type_id and
// child_resolved_at). Where no child exists the row stays NULL with a warning — never child = parent.
class PopulateEventMapsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PopulateEventMapsCommand)
public:
    QString name() const override { return QStringLiteral("populate-event-maps"); }
    QString summary() const override
    {
        return tr("Store the staff members' child event type ids of MANAGED event types.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& options) override;
};

} // namespace salon::cli
