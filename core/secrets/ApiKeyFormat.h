#pragma once

#include <QCoreApplication>
#include <QString>

namespace salon
{

// The form of a Cal.com API key: "cal_" (test keys) or "cal_live_" and then letters, digits, "_" or "-",
// at most kMaxLength characters in all. Checked wherever a key comes from (CALCOM_API_KEY, the keychain,
// the settings dialog, set-api-key) before it is used, because it goes into an HTTP header: a CR or LF in
// it would add headers of its own.
class ApiKeyFormat
{
    Q_DECLARE_TR_FUNCTIONS(salon::ApiKeyFormat)
public:
    static constexpr int kMaxLength = 256;

    // Empty when `key` has the form. Otherwise one sentence that names where the key came from (`source`:
    // "in CALCOM_API_KEY", "entered", "on standard input", ...) and what is wrong, and never contains the
    // key or any part of it.
    static QString problem(const QString& key, const QString& source);
};

} // namespace salon
