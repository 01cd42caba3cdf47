#pragma once

#include "core/db/DatabaseUrl.h"
#include "core/rehearsal/CalcomSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace salon
{
class DatabaseWorker;
}
namespace salon::sandbox
{
class SandboxServer;
}

namespace salon::ui
{

// What File → Rehearse on a copy… opens the second window on: a copy of the salon's database in a new
// SQLite file (rehearsal::DatabaseCopyJob through the original's worker: the original is only read) and
// the built-in sandbox serving a Cal.com snapshot with a key of its own, on loopback. The ids of hidden
// children the snapshot could not see are taken from the copy's event map first (as `rehearse` does).
// Lives as long as the rehearsal window; the folder with the copy is removed with it.
class RehearsalEnvironment : public QObject
{
    Q_OBJECT
public:
    RehearsalEnvironment(DatabaseWorker* original, QString snapshotPath, QObject* parent = nullptr);
    ~RehearsalEnvironment() override;

    // Loads the snapshot, copies the database, starts the sandbox; then ready() or failed().
    void start();

    DatabaseUrl databaseUrl() const { return DatabaseUrl::sqliteFile(m_copyPath); }
    QString copyPath() const { return m_copyPath; }
    QString folder() const { return m_dir.path(); }
    QString snapshotPath() const { return m_snapshotPath; }
    const rehearsal::CalcomSnapshot& snapshot() const { return m_snapshot; }
    QUrl sandboxUrl() const;
    QString apiKey() const { return m_apiKey; }
    sandbox::SandboxServer* sandbox() const { return m_sandbox.get(); }
    // The real database's worker (only read).
    DatabaseWorker* original() const;

signals:
    void ready();
    void failed(const QString& message);

private:
    void serveSnapshot(const QString& datasetError);

    QPointer<DatabaseWorker> m_original;
    QString m_snapshotPath;
    QTemporaryDir m_dir;
    QString m_copyPath;
    rehearsal::CalcomSnapshot m_snapshot;
    std::unique_ptr<DatabaseWorker> m_copyWorker;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_apiKey;
};

} // namespace salon::ui
