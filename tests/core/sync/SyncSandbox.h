#pragma once

#include "SandboxServer.h"
#include "TestDatabase.h"
#include "calcom/CalcomClient.h"
#include "db/DatabaseWorker.h"
#include "sync/SyncBatch.h"
#include "sync/SyncOptions.h"

#include <QStringList>

#include <memory>

namespace salon::test
{

// The incident, ready to sync: a migrated database (either backend) with the incident's salon data
// imported, the sandbox playing Cal.com with the incident's state (MANAGED parents without children), and
// a client for team 12345 with fast retries.
class SyncSandbox
{
public:
    static constexpr qint64 kTeamId = 12345;
    static constexpr qint64 kAppointment = 763;
    static constexpr qint64 kFabian2User = 1346408;
    static inline const QString kFabian2 = QStringLiteral("9f47fda1-2b1c-4d7e-9a55-0c1e2f3a4b5c");
    static inline const QString kApiKey = QStringLiteral("cal_sandbox_demo_key");
    // Phases of appointment 763: A, P (gap), B, C, D.
    static inline const QList<qint64> kStaffPhases = { 269, 271, 272, 273 };
    static constexpr qint64 kGapPhase = 270;

    // nullptr (and *error) when the database, the import or the sandbox cannot be set up.
    static std::unique_ptr<SyncSandbox> create(const QString& backend, QString* error);
    ~SyncSandbox();

    QSqlDatabase db() const { return m_database->db(); }
    // The worker the engine runs its statements on (its own connection to this database), made on first use.
    DatabaseWorker* worker();
    TestDatabase& database() { return *m_database; }
    sandbox::SandboxServer& server() { return *m_server; }
    calcom::CalcomClient* client() const { return m_client.get(); }
    // Another client on the same sandbox (a second console or a cron job has its own).
    std::unique_ptr<calcom::CalcomClient> newClient(const QString& apiKey = kApiKey) const;

    // Creates a single-host ROUND_ROBIN team event type (the incident's fix); returns its id or 0.
    qint64 createRoundRobin(const QString& title, qint64 userId, int lengthMinutes = 30);
    // Points the map rows of service 440 for Fabian #2 (segments A-D) at new ROUND_ROBIN types.
    bool repointIncidentMaps();

    sync::SyncOptions options() const;
    // A batch on this database's worker (or `worker`), started and waited for.
    std::unique_ptr<sync::SyncBatch> runBatch(const QList<qint64>& appointments,
        const sync::SyncOptions& options, calcom::CalcomClient* client = nullptr,
        DatabaseWorker* worker = nullptr);

    QString status(qint64 phaseId) const;
    QVariant column(qint64 phaseId, const QString& column) const;
    // sync_attempts.outcome of a phase, oldest first.
    QStringList outcomes(qint64 phaseId) const;
    int posts() const;
    // Active bookings in the sandbox that carry salonPhaseId == phaseId.
    QList<QJsonObject> bookingsOf(qint64 phaseId) const;
    // Inserts an appointment of service 440 with one staff phase (Fabian #2, segment A) starting at `start`.
    qint64 insertAppointment(qint64 appointmentId, qint64 phaseId, const QDateTime& start, int minutes = 30);

private:
    SyncSandbox() = default;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<calcom::CalcomClient> m_client;
    std::unique_ptr<DatabaseWorker> m_worker; // last: closes its connection before the database goes
};

} // namespace salon::test
