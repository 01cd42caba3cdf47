#pragma once

#include "common/Expected.h"
#include "domain/Service.h"
#include "domain/StaffMember.h"

#include <QList>
#include <QObject>

#include <functional>

namespace salon
{
class DatabaseWorker;
}

namespace salon::eventtypes
{

// What the event-type wizard offers to pick from: every service with its segments and performers, and
// every staff member (EventTypeRepository), read in the application's database worker.
struct PlanningChoices {
    QList<Service> services;
    QList<StaffMember> staff;

    static void load(DatabaseWorker* worker, QObject* context,
        std::function<void(Expected<PlanningChoices, QString>)> done);
};

} // namespace salon::eventtypes
