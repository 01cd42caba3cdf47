#include "EventTypeSlug.h"

namespace salon::eventtypes
{

QString EventTypeSlug::slugify(const QString& text)
{
    QString lowered = text.toLower();
    // ß has no canonical decomposition; Cal.com writes "ss".
    lowered.replace(QChar(0x00DF), QStringLiteral("ss"));
    lowered.replace(
        QChar(0x1E9E), QStringLiteral("ss")); // capital ẞ, lowered above only on some ICU versions
    // NFD splits "ä" into "a" + a combining diaeresis; the combining marks are dropped below.
    const QString decomposed = lowered.normalized(QString::NormalizationForm_D);
    QString slug;
    slug.reserve(decomposed.size());
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

bool EventTypeSlug::isSlug(const QString& slug)
{
    return !slug.isEmpty() && slugify(slug) == slug;
}

} // namespace salon::eventtypes
