#pragma once

#include "domain/EventMapEntry.h"
#include "domain/Service.h"
#include "domain/StaffMember.h"

#include <QList>

namespace salon::eventmaps
{

// What the integrity checks look at: the map rows (possibly of one service), the services they belong to
// (with segments and who performs them) and all staff. Loaded by EventMapRepository; a value, so checks
// can run on hand-made states in tests.
struct EventMapData {
    QList<EventMapEntry> maps;
    QList<Service> services;
    QList<StaffMember> staff;

    const Service* service(qint64 id) const
    {
        for (const Service& s : services) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
    const StaffMember* staffMember(const QString& id) const
    {
        for (const StaffMember& s : staff) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};

} // namespace salon::eventmaps
