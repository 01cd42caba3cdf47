#pragma once

#include <QString>

namespace salon::sandbox
{

// Cal.com's slugify as far as the sandbox needs it: lower case, umlauts transliterated (ä→a, ö→o, ü→u,
// ß→ss), other diacritics dropped, every run of other characters becomes one '-', no leading/trailing '-'.
QString slugify(const QString& text);

} // namespace salon::sandbox
