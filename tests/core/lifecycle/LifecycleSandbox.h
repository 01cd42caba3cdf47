#pragma once

#include "SyncSandbox.h"
#include "db/DatabaseWorker.h"
#include "lifecycle/LifecycleJob.h"
#include "lifecycle/LifecycleOptions.h"

#include <QJsonObject>

#include <memory>

namespace salon::test
{

// The incident after its fix, ready for lifecycle tests on either backend: the salon's database and the
// sandbox (SyncSandbox), both staff members of service 440 on single-host ROUND_ROBIN event types (segment
// lengths), a DatabaseWorker on the database (the lifecycle jobs' only way to it) and helpers to book,
// block and inspect.
class LifecycleSandbox
{
public:
    static constexpr qint64 kAppointment = 763;
    static constexpr qint64 kA = 269, kGap = 270, kB = 271, kC = 272, kD = 273;
    static inline const QList<qint64> kStaffPhases = { 269, 271, 272, 273 };
    static inline const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c");
    static inline const QString kFabian = QStringLiteral("3c1e9b52-7a4d-4f0e-8b21-5d6f7a8b9c01");
    static inline const QString kLena = QStringLiteral("b7d2c4e6-1f3a-4c5b-9d8e-2a4b6c8d0e13");
    static constexpr qint64 kFabian2User = 1346408;
    static constexpr qint64 kFabianUser = 1346406;

    static std::unique_ptr<LifecycleSandbox> create(const QString& backend, QString* error);
    ~LifecycleSandbox();

    SyncSandbox& sync() { return *m_sync; }
    QSqlDatabase db() const { return m_sync->db(); }
    sandbox::SandboxServer& server() { return m_sync->server(); }
    calcom::CalcomClient* client() const { return m_sync->client(); }
    DatabaseWorker* worker() const { return m_worker.get(); }
    lifecycle::LifecycleOptions options() const;

    // Books every phase of the appointment through the sync engine; false unless all staff phases synced.
    bool book(qint64 appointmentId = kAppointment);
    // Starts the job, waits for it and keeps it (auto-delete off).
    template <typename J> std::unique_ptr<J> run(J* job)
    {
        job->setAutoDelete(false);
        job->start();
        job->waitForFinished(120000);
        return std::unique_ptr<J>(job);
    }

    QString status(qint64 phaseId) const { return m_sync->status(phaseId); }
    QVariant column(qint64 phaseId, const QString& name) const { return m_sync->column(phaseId, name); }
    QDateTime phaseStart(qint64 phaseId) const;
    QString appointmentStatus(qint64 appointmentId = kAppointment) const;
    QDateTime appointmentStart(qint64 appointmentId = kAppointment) const;
    // Live bookings in the sandbox carrying salonPhaseId == phaseId.
    QList<QJsonObject> live(qint64 phaseId) const { return m_sync->bookingsOf(phaseId); }
    QJsonObject booking(const QString& uid) const;
    // Requests in the sandbox log whose path the pattern finds (not anchored), e.g. ("POST", "/reschedule$").
    int requests(const QString& method, const QString& pathPattern) const;
    // Makes `userId` busy for [start, start + minutes) with a booking nobody in the salon knows about.
    QString block(qint64 userId, const QDateTime& start, int minutes);
    // The event type id a map row points at now.
    qint64 eventTypeOf(const QString& segment, const QString& staffId, qint64 serviceId = 440) const;
    int count(const QString& sql, const QVariantList& values = {}) const;

private:
    LifecycleSandbox() = default;
    bool repointFabian();

    std::unique_ptr<SyncSandbox> m_sync;
    std::unique_ptr<DatabaseWorker> m_worker;
};

// A claim token of this host whose process has ended (what a kill -9 leaves).
QString deadClaimToken();

} // namespace salon::test
