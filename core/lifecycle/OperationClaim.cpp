#include "OperationClaim.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

namespace salon::lifecycle
{

namespace
{
QString hostName()
{
    return QSysInfo::machineHostName().replace(QLatin1Char(':'), QLatin1Char('_'));
}
} // namespace

QString OperationClaim::newToken()
{
    return QStringLiteral("%1:%2:%3")
        .arg(hostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

bool OperationClaim::holderAlive(const QString& token)
{
    const QStringList parts = token.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != hostName())
        return true;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    // Signal 0 only asks whether the process exists (EPERM: it does, under another user).
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool OperationClaim::isAbandoned(const QString& token, const QDateTime& touchedAt)
{
    if (token.isEmpty())
        return true;
    if (!holderAlive(token))
        return true;
    return touchedAt.isValid() && touchedAt < Clock::instance().nowUtc().addSecs(-kStaleSeconds);
}

} // namespace salon::lifecycle
