#pragma once

#include <QSqlDatabase>
#include <QString>

namespace salon::test
{

// The incident's salon side (resources/scenarios/incident-salon.json: services 440/442/444, staff, the 24
// map rows on MANAGED parents, appointments 763-765) imported into `db` like `salon-admin-cli import`.
// Returns an empty string on success, else what went wrong. The Cal.com side is the sandbox's
// "incident" scenario.
QString importIncidentSalon(const QSqlDatabase& db);

} // namespace salon::test
