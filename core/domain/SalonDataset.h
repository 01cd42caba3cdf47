#pragma once

#include "Appointment.h"
#include "EventMapEntry.h"
#include "Service.h"
#include "StaffMember.h"

#include <QList>

namespace salon
{

// The whole salon as import and export move it (docs/import-format.md).
struct SalonDataset {
    QList<StaffMember> staff;
    QList<Service> services;
    QList<EventMapEntry> eventMaps;
    QList<Appointment> appointments;

    bool operator==(const SalonDataset&) const = default;
};

} // namespace salon
