#pragma once

#include <QString>

namespace salon::eventtypes
{

// Builds Cal.com slugs the way Cal.com stores them (slugifyLenient): lower case, German umlauts and ß
// transliterated (ä→a, ö→o, ü→u, ß→ss, as Cal.com does, not ä→ae), other diacritics dropped, every run of
// other characters one '-', no leading or trailing '-'. Sending an already slugified slug means the slug
// we compare with is the slug Cal.com keeps (API-FACTS §11.11).
class EventTypeSlug
{
public:
    static QString slugify(const QString& text);
    // True when `slug` is already in the form slugify() produces (and not empty).
    static bool isSlug(const QString& slug);
};

} // namespace salon::eventtypes
