#include "Slugify.h"

namespace salon::sandbox
{

QString slugify(const QString& text)
{
    QString lowered = text.toLower();
    lowered.replace(QChar(0x00DF), QStringLiteral("ss")); // ß has no decomposition
    // NFD splits "ä" into "a" + combining diaeresis; the combining marks are dropped below.
    const QString decomposed = lowered.normalized(QString::NormalizationForm_D);
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c;
        } else {
            pendingDash = true;
        }
    }
    return slug;
}

} // namespace salon::sandbox
