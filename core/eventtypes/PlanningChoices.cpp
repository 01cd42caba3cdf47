#include "PlanningChoices.h"

#include "EventTypeRepository.h"
#include "db/DatabaseWorker.h"

namespace salon::eventtypes
{

void PlanningChoices::load(
    DatabaseWorker* worker, QObject* context, std::function<void(Expected<PlanningChoices, QString>)> done)
{
    worker->post<Expected<PlanningChoices, QString>>(
        [](QSqlDatabase& db) -> Expected<PlanningChoices, QString> {
            EventTypeRepository repository(db);
            auto services = repository.services();
            if (!services)
                return Unexpected(services.error());
            auto staff = repository.staff();
            if (!staff)
                return Unexpected(staff.error());
            return PlanningChoices { services.value(), staff.value() };
        },
        context, std::move(done));
}

} // namespace salon::eventtypes
