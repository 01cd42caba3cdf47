#include "AppStartup.h"

#include "core/common/Logging.h"
#include "core/db/DatabaseConnection.h"
#include "core/db/Migrator.h"
#include "core/secrets/ApiKeyJob.h"
#include "core/secrets/ApiKeyStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <atomic>

namespace salon::ui
{

namespace
{
// Opens (creating the file) and migrates; runs in a pool thread with its own connection.
QString prepareDatabase(const DatabaseUrl& url)
{
    static std::atomic_int counter { 0 };
    const QString name = QStringLiteral("salon-ui-startup-%1").arg(++counter);
    auto connection = DatabaseConnection::open(url, name);
    if (!connection)
        return connection.error();
    Migrator migrator(connection.value()->db());
    // A newer Salon Admin's schema is refused before anything reads or writes it.
    if (auto version = migrator.checkNotNewer(); !version)
        return version.error();
    auto migrated = migrator.migrate();
    if (!migrated)
        return AppStartup::tr("Cannot update the database schema: %1").arg(migrated.error());
    qCInfo(lcUi) << "database ready:" << url.toString() << "migrations applied:" << migrated.value();
    return {};
}
} // namespace

AppStartup::AppStartup(DatabaseUrl url, QObject* parent)
    : Job(parent)
    , m_url(std::move(url))
{
}

void AppStartup::doStart()
{
    if (m_url.isSqlite() || !m_url.password().isEmpty() || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return prepare();
    auto* store = new ApiKeyStore(this);
    ApiKeyJob* job = store->readKey(m_url.secretId());
    connect(job, &ApiKeyJob::finished, this, [this, job] {
        // No stored password is no error here: the server may not need one.
        m_url.setPassword(job->key());
        prepare();
    });
}

void AppStartup::prepare()
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "cannot start:" << error;
            return finishWithError(error);
        }
        finishOk();
    });
    watcher->setFuture(QtConcurrent::run(prepareDatabase, m_url));
}

} // namespace salon::ui
