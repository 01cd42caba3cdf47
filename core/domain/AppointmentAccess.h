#pragma once

#include "AppointmentPhasePlanner.h"
#include "AppointmentStore.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

namespace salon
{

class DatabaseWorker;

// A bookable service with its segments and the staff who may do it.
struct ServiceChoice {
    qint64 id = 0;
    QString name;
    QList<SegmentTemplate> segments;
    QList<QPair<QString, QString>> staff; // id, name
};

// What the new-appointment form needs from the database and writes to it: the active services with their
// segments (rows::readServices) and who may do them — the qualified active staff, or every active staff
// member while nobody is qualified yet — and the appointment with its phases (AppointmentStore). The GUI
// calls it through the worker; read() and create() are the same for the CLI.
class AppointmentAccess
{
    Q_DECLARE_TR_FUNCTIONS(salon::AppointmentAccess)
public:
    explicit AppointmentAccess(DatabaseWorker* worker);

    // By name; the staff of each by name.
    static Expected<QList<ServiceChoice>, QString> readServiceChoices(const QSqlDatabase& db);

    void loadServiceChoices(
        QObject* context, std::function<void(Expected<QList<ServiceChoice>, QString>)> done);
    // Where the appointment starts by default for the chosen staff (NextFreeTime), in `zone`.
    void findNextFreeTime(const QList<SegmentTemplate>& segments,
        const QHash<QString, QString>& staffBySegment, const QDateTime& from, const QTimeZone& zone,
        QObject* context, std::function<void(Expected<QDateTime, QString>)> done);
    // The new appointment's id.
    void create(const NewAppointment& appointment, const QString& actor, QObject* context,
        std::function<void(Expected<qint64, QString>)> done);

private:
    DatabaseWorker* m_worker;
};

} // namespace salon
