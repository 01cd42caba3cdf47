#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace salon
{

// One step of a composite service; a processing gap is a segment that needs no staff.
struct ServiceSegment {
    qint64 id = 0;
    QString key; // "A", "B", ...; unique within the service
    QString name;
    int position = 0;
    int durationMinutes = 0;
    bool staffRequired = true;

    bool operator==(const ServiceSegment&) const = default;
};

struct Service {
    qint64 id = 0;
    QString name;
    int durationMinutes = 0;
    bool isComposite = false;
    bool active = true;
    QList<ServiceSegment> segments; // ordered by position
    QStringList staffIds; // who performs it (service_staff)

    const ServiceSegment* segment(const QString& key) const
    {
        for (const ServiceSegment& s : segments) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
    bool operator==(const Service&) const = default;
};

} // namespace salon
