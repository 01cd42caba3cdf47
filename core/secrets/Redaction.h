#pragma once

#include <QString>
#include <QStringList>

namespace salon
{

// Masks credentials in text that may reach a log, an error message or the screen:
// "Bearer <token>", Cal.com keys ("cal_…", "cal_live_…") and the x-cal-secret-key header.
// Use it on anything built from requests, responses or settings before printing it.
QString redactSecrets(const QString& text);

// As above, and also masks each of the given literal secrets wherever it occurs
// (for keys that do not follow Cal.com's "cal_" convention).
QString redactSecrets(const QString& text, const QStringList& knownSecrets);

} // namespace salon
