#pragma once

#include "ChangeWatcher.h"
#include "DatabaseUrl.h"
#include "DatabaseWorker.h"

#include <QObject>

namespace salon
{

// The application's one way to its database (DB Browser's RowLoader over one shared handle): one
// DatabaseWorker that runs every read and write of every model and service in order, and one
// ChangeWatcher that reports what changed, whoever changed it. Built once in the composition root and
// handed to every page, model and service.
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    // Starts the worker and the watcher (connections open in their threads, not here).
    explicit DatabaseSession(const DatabaseUrl& url, QObject* parent = nullptr);
    ~DatabaseSession() override;

    const DatabaseUrl& url() const { return m_url; }
    DatabaseWorker* worker() { return &m_worker; }
    ChangeWatcher* changes() { return &m_changes; }

private:
    DatabaseUrl m_url;
    DatabaseWorker m_worker;
    ChangeWatcher m_changes;
};

} // namespace salon
