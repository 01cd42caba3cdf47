#include "RunId.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace salon::history
{

namespace
{
const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("^([a-z]+)-(\\d{8}T\\d{6})-([0-9a-f]{6})$"));
    return re;
}
} // namespace

QString RunId::create(const QString& kind)
{
    QString clean;
    for (const QChar c : kind.toLower())
        if (c >= u'a' && c <= u'z')
            clean.append(c);
    if (clean.isEmpty())
        clean = QStringLiteral("run");
    const QString time = Clock::instance().nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    const quint32 random = QRandomGenerator::global()->bounded(0x1000000u);
    return QStringLiteral("%1-%2-%3").arg(clean, time).arg(random, 6, 16, QLatin1Char('0'));
}

QString RunId::kindOf(const QString& runId)
{
    const auto match = pattern().match(runId);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool RunId::isWellFormed(const QString& runId)
{
    return pattern().match(runId).hasMatch();
}

} // namespace salon::history
