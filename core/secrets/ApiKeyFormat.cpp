#include "ApiKeyFormat.h"

namespace salon
{

namespace
{
bool isKeyCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-';
}

// What a character is, in words: the key's own characters must not be shown.
QString kindOf(QChar c)
{
    if (c == u'\r' || c == u'\n')
        return ApiKeyFormat::tr("a line break");
    if (c.isSpace())
        return ApiKeyFormat::tr("a space");
    if (c.category() == QChar::Other_Control || c.isNull())
        return ApiKeyFormat::tr("a control character");
    return ApiKeyFormat::tr("a character other than letters, digits, _ and -");
}
} // namespace

QString ApiKeyFormat::problem(const QString& key, const QString& source)
{
    if (key.isEmpty())
        return tr("The Cal.com API key %1 is empty.").arg(source);
    if (!key.startsWith(QLatin1String("cal_")) || key.size() == 4)
        return tr("The Cal.com API key %1 does not look like one: Cal.com keys start with cal_ (or "
                  "cal_live_), followed by letters and digits.")
            .arg(source);
    if (key.size() > kMaxLength)
        return tr("The Cal.com API key %1 is %2 characters long; Cal.com keys have at most %3.")
            .arg(source)
            .arg(key.size())
            .arg(kMaxLength);
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!isKeyCharacter(key.at(i)))
            return tr("The Cal.com API key %1 contains %2 at position %3; a key has only letters, digits, "
                      "_ and -. It was not used.")
                .arg(source, kindOf(key.at(i)))
                .arg(i + 1);
    }
    return {};
}

} // namespace salon
