#include "Redaction.h"

#include <QRegularExpression>

namespace salon
{

namespace
{
const QString kMask = QStringLiteral("[redacted]");
} // namespace

QString redactSecrets(const QString& text)
{
    static const QRegularExpression bearer(
        QStringLiteral(R"((Bearer\s+)[^\s"',;]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression calKey(QStringLiteral(R"(\bcal_(live_)?[A-Za-z0-9_\-]{4,})"));
    static const QRegularExpression secretHeader(QStringLiteral(R"((x-cal-secret-key\s*[:=]\s*)[^\s"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1") + kMask);
    out.replace(secretHeader, QStringLiteral("\\1") + kMask);
    out.replace(calKey, QStringLiteral("cal_\\1") + kMask);
    return out;
}

QString redactSecrets(const QString& text, const QStringList& knownSecrets)
{
    QString out = text;
    for (const QString& secret : knownSecrets) {
        // Very short strings would mask ordinary words; real keys are long.
        if (secret.size() >= 4)
            out.replace(secret, kMask);
    }
    return redactSecrets(out);
}

} // namespace salon
