#pragma once

#include "core/common/Job.h"
#include "core/drift/DriftDecision.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace salon
{
class DatabaseWorker;
} // namespace salon

namespace salon::calcom
{
class CalcomClient;
}

namespace salon::ui
{

// Runs the admin's choice for one change made in Cal.com: drift::DriftApplyJob (what `reconcile --apply`
// runs) on the application's worker and Cal.com client, one at a time, audited under the desktop's actor.
class DriftApplier : public QObject
{
    Q_OBJECT
public:
    explicit DriftApplier(DatabaseWorker* worker, QObject* parent = nullptr);

    // The Cal.com connection (not owned) and team; without them nothing can be applied.
    void setCalcom(calcom::CalcomClient* client, qint64 teamId);
    void setActor(const QString& actor) { m_actor = actor; }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    bool isReady() const;
    bool isApplying() const { return m_job != nullptr; }

    // Starts applying; false when not ready or another choice is still being applied.
    bool apply(const drift::DriftDecision& decision);
    // Keeps the salon's plan where no choice puts Cal.com back: stored, so the change is not listed again
    // (after a restart either) until Cal.com's side of it changes.
    void keep(const drift::DriftItem& item);
    void cancel();

signals:
    void started();
    void progress(int done, int total);
    // ok: the change is settled (applied or nothing left to do); message in the salon's words.
    void finished(const salon::drift::DriftDecision& decision, bool ok, const QString& message);
    void keepFailed(const QString& message);

private:
    DatabaseWorker* m_worker;
    QPointer<calcom::CalcomClient> m_client;
    qint64 m_teamId = 0;
    QString m_actor = QStringLiteral("gui");
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
    QPointer<Job> m_job;
};

} // namespace salon::ui

Q_DECLARE_METATYPE(salon::drift::DriftDecision)
