#pragma once

#include "core/lifecycle/LifecycleJob.h"
#include "core/lifecycle/LifecycleOptions.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace salon
{
class DatabaseWorker;
}

namespace salon::ui
{

// Builds the lifecycle jobs the desktop runs (cancel, move, re-staff, sick day) from the application's one
// DatabaseWorker and Cal.com client, with the salon's time zone and the actor the audit log names — the
// same jobs the CLI builds in LifecycleCli. Jobs are created unstarted, parented to this object (they
// outlive a dialog closed while they run) and delete themselves when finished.
class LifecycleJobBuilder : public QObject
{
    Q_OBJECT
public:
    explicit LifecycleJobBuilder(DatabaseWorker* worker, QObject* parent = nullptr);

    // The Cal.com connection (not owned); without it no job can be built.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setTimeZone(const QTimeZone& zone);
    void setActor(const QString& actor);

    bool isReady() const { return m_client && m_teamId > 0; }
    QTimeZone timeZone() const { return m_zone; }

    lifecycle::LifecycleJob* cancel(const QList<qint64>& appointmentIds, const QString& reason, bool dryRun);
    lifecycle::LifecycleJob* move(qint64 appointmentId, const QDateTime& newStart, bool dryRun);
    // phaseIds non-empty: those steps; else every staff step of the appointment.
    lifecycle::LifecycleJob* restaff(
        qint64 appointmentId, const QList<qint64>& phaseIds, const QString& newStaffId, bool dryRun);
    lifecycle::LifecycleJob* sickDay(
        const QString& fromStaffId, const QString& toStaffId, const QDate& day, bool dryRun);

signals:
    void readyChanged(bool ready);
    // A move built here (not a dry run) finished for this appointment: every step went from `from` to
    // `to` (the Day page offers to undo it).
    void appointmentMoved(qint64 appointmentId, const QDateTime& from, const QDateTime& to);

private:
    lifecycle::LifecycleOptions options(bool dryRun) const;

    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QTimeZone m_zone;
    QString m_actor;
};

} // namespace salon::ui
