#include "DatabaseSession.h"

namespace salon
{

DatabaseSession::DatabaseSession(const DatabaseUrl& url, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_worker(url)
    , m_changes(url)
{
    m_changes.start();
}

DatabaseSession::~DatabaseSession() = default;

} // namespace salon
