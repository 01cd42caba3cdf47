#pragma once

#include "core/common/Job.h"
#include "core/db/DatabaseUrl.h"

namespace salon::ui
{

// Gets a database ready for the GUI without the GUI thread waiting: the PostgreSQL password from the
// keychain when the URL has none (the settings dialog keeps it there, never in QSettings), then opening —
// creating an SQLite file on first start — and migrating it in a pool thread with its own connection.
class AppStartup : public Job
{
    Q_OBJECT
public:
    explicit AppStartup(DatabaseUrl url, QObject* parent = nullptr);

    // The URL to open, with the password found in the keychain.
    const DatabaseUrl& url() const { return m_url; }

protected:
    void doStart() override;

private:
    void prepare();

    DatabaseUrl m_url;
};

} // namespace salon::ui
