#include "AuditEntry.h"

namespace salon::history
{

namespace
{
qsizetype separatorOf(const QString& subject)
{
    const qsizetype colon = subject.indexOf(u':');
    const qsizetype slash = subject.indexOf(u'/');
    if (colon < 0)
        return slash;
    if (slash < 0)
        return colon;
    return std::min(colon, slash);
}
} // namespace

QString AuditEntry::subjectTable() const
{
    const qsizetype at = separatorOf(subject);
    return at < 0 ? subject : subject.left(at);
}

QString AuditEntry::subjectKey() const
{
    const qsizetype at = separatorOf(subject);
    return at < 0 ? QString() : subject.mid(at + 1);
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), double(id) },
        { QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs) }, { QStringLiteral("actor"), actor },
        { QStringLiteral("action"), action }, { QStringLiteral("subject"), subject },
        { QStringLiteral("before"), before.isEmpty() ? QJsonValue() : QJsonValue(before) },
        { QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after) },
        { QStringLiteral("runId"), runId.isEmpty() ? QJsonValue() : QJsonValue(runId) } };
}

} // namespace salon::history
