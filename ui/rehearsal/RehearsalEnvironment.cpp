#include "RehearsalEnvironment.h"

#include "SandboxServer.h"
#include "SandboxState.h"
#include "core/db/DatabaseWorker.h"
#include "core/rehearsal/DatabaseCopyJob.h"
#include "core/rehearsal/SnapshotChildIdJob.h"

#include <QDir>
#include <QRandomGenerator>

namespace salon::ui
{

namespace
{
// The sandbox's own key: the snapshot never holds the real one.
QString generatedKey()
{
    QString key = QStringLiteral("cal_rehearsal_");
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return key;
}
} // namespace

RehearsalEnvironment::RehearsalEnvironment(DatabaseWorker* original, QString snapshotPath, QObject* parent)
    : QObject(parent)
    , m_original(original)
    , m_snapshotPath(std::move(snapshotPath))
    , m_copyPath(m_dir.filePath(QStringLiteral("salon.sqlite")))
{
}

RehearsalEnvironment::~RehearsalEnvironment() = default;

DatabaseWorker* RehearsalEnvironment::original() const
{
    return m_original;
}

QUrl RehearsalEnvironment::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

void RehearsalEnvironment::start()
{
    if (!m_dir.isValid())
        return emit failed(tr("Cannot create a folder for the copy: %1").arg(m_dir.errorString()));
    auto snapshot = rehearsal::CalcomSnapshot::loadFile(m_snapshotPath);
    if (!snapshot)
        return emit failed(snapshot.error());
    m_snapshot = *snapshot;
    if (!m_original)
        return emit failed(tr("The database is closed."));
    auto* copy = new rehearsal::DatabaseCopyJob(m_original, m_copyPath, this);
    connect(copy, &Job::finished, this, [this, copy] {
        if (copy->hasError())
            return emit failed(copy->errorString());
        // Hidden children the key could not see may be known to the event map of the copy.
        m_copyWorker = std::make_unique<DatabaseWorker>(databaseUrl());
        auto* ids = new rehearsal::SnapshotChildIdJob(m_copyWorker.get(), m_snapshot, this);
        connect(ids, &Job::finished, this, [this, ids] {
            if (!ids->hasError())
                m_snapshot = ids->snapshot();
            serveSnapshot(ids->hasError() ? ids->errorString() : QString());
        });
        ids->start();
    });
    copy->start();
}

void RehearsalEnvironment::serveSnapshot(const QString& datasetError)
{
    m_copyWorker.reset(); // the rehearsal window opens its own session on the copy
    if (!datasetError.isEmpty())
        return emit failed(datasetError);
    QString stateError;
    auto state = sandbox::SandboxState::fromJson(m_snapshot.state, &stateError);
    if (!state)
        return emit failed(
            tr("%1 cannot be served: %2").arg(QDir::toNativeSeparators(m_snapshotPath), stateError));
    m_sandbox = std::make_unique<sandbox::SandboxServer>(*state);
    m_apiKey = generatedKey();
    m_sandbox->addApiKey(m_apiKey, m_snapshot.keyUserId);
    if (!m_sandbox->start())
        return emit failed(tr("The built-in Cal.com sandbox cannot listen on 127.0.0.1."));
    emit ready();
}

} // namespace salon::ui
