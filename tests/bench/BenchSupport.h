#pragma once
// Shared pieces of the benchmark programs (tests/bench/): a sandbox on its own thread, generated salon data
// on both sides (database dataset, sandbox state), timing and the one-line JSON result every program prints.

#include "SandboxServer.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace salon::bench
{

// The Cal.com sandbox running on a thread of its own, so its request handling does not share the event
// loop of the client under test (the machine has two cores: client + server).
class SandboxThread
{
public:
    SandboxThread(const sandbox::SandboxState& state, const sandbox::SandboxOptions& options);
    ~SandboxThread();
    bool start(QString* error);
    QUrl baseUrl() const { return m_baseUrl; }
    // Runs f(server) on the sandbox thread and waits for it (read the log / state, change options).
    void call(const std::function<void(sandbox::SandboxServer&)>& f);

private:
    sandbox::SandboxState m_state;
    sandbox::SandboxOptions m_options;
    QThread m_thread;
    QObject* m_anchor = nullptr;
    sandbox::SandboxServer* m_server = nullptr;
    QUrl m_baseUrl;
};

// Staff i (0-based): user id kFirstUser + i, username "staff-i", a fixed UUID.
constexpr qint64 kTeamId = 12345;
constexpr qint64 kAdminUser = 1346400;
constexpr qint64 kFirstUser = 2000000;
inline const QString kApiKey = QStringLiteral("cal_bench_key");
QString staffUuid(int index);
// Segment keys and lengths of every generated service: A 30, B 15, C 30, D 30 (all need staff).
struct SegmentSpec {
    QString key;
    int minutes;
};
const QList<SegmentSpec>& segments();
inline qint64 serviceId(int index)
{
    return 1000 + index;
}
// Event type id the sandbox state gives (service, segment, staff) when generated with event types.
qint64 eventTypeIdFor(int service, int segment, int staff);

// Cal.com side: team 12345 with the admin (OWNER, key kApiKey) and `staffCount` members; with
// `withEventTypes`, one hidden single-host round-robin team type per (service, segment, staff).
QJsonObject sandboxStateJson(int staffCount, int serviceCount, bool withEventTypes);
// Salon side: the staff, `serviceCount` composite services performed by every staff member, and with
// `withEventMaps` one map row per (service, segment, staff) pointing at eventTypeIdFor().
// `withGap` adds a processing segment "P" (30 min, no staff) after A, as in the real composite services.
QJsonObject datasetJson(int staffCount, int serviceCount, bool withEventMaps, bool withGap = false);
// `count` appointments (4 staff phases each: A, B, C, D) for the dataset's "appointments": appointment a has
// service a % serviceCount and staff a % staffCount, every 2 h on that staff member's calendar from
// 2030-11-04, every phase `failed` after an HTTP 500. Phase ids 1..4*count.
QJsonArray failedAppointments(int count, int staffCount, int serviceCount);
// Adds an "unclear" sync_attempts row (an unanswered POST) to every phase, so a retry reconciles first.
bool markAttemptsUnclear(QSqlDatabase db, QString* error);

// A booked salon for the lifecycle benchmarks and the soak: service kLifecycleService with steps A-D of
// `stepMinutes` each on single-host round-robin event types of every staff member (lifecycleEventTypeId),
// and `appointments` appointments of staff 0 one after another on `day` (Europe/Berlin, from 00:30), every
// step synced in the dataset and booked in the state. Appointment a has id a+1, phases 4a+1..4a+4.
constexpr qint64 kLifecycleService = 9000;
inline qint64 lifecycleEventTypeId(int segment, int staff)
{
    return 7000000 + qint64(staff) * 10 + segment;
}
struct BookedSalon {
    QJsonObject dataset;
    QJsonObject state;
};
BookedSalon bookedSalon(int appointments, int staffCount, const QDate& day, int stepMinutes);

// Imports a dataset; false (and *error) on failure.
bool importDataset(QSqlDatabase db, const QJsonObject& dataset, QString* error);

// Prints {"benchmark": name, ...fields} as one line on stdout (the driver script collects these lines).
void printResult(const QString& name, QJsonObject fields);
// Peak resident set size of this process in KiB (getrusage ru_maxrss).
qint64 peakRssKiB();
// Value of "--name VALUE" in the arguments, or `fallback`.
QString argValue(const QStringList& args, const QString& name, const QString& fallback = {});

} // namespace salon::bench
