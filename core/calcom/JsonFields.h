#pragma once

// Small tolerant readers for Cal.com JSON (internal to core/calcom parsers). Cal.com's output differs
// between builds, so absent or null fields read as empty; only what a model cannot exist without
// (an id, a uid) is checked by the model's fromJson().

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace salon::calcom::json
{

inline QString string(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

inline std::optional<qint64> optionalInteger(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) { // some builds send ids as strings
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

inline qint64 integer(const QJsonObject& o, QLatin1String key, qint64 fallback = 0)
{
    return optionalInteger(o, key).value_or(fallback);
}

inline bool boolean(const QJsonObject& o, QLatin1String key, bool fallback = false)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

inline std::optional<bool> optionalBoolean(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

inline QDateTime dateTime(const QJsonObject& o, QLatin1String key)
{
    const QString text = string(o, key);
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

// Cal.com wants UTC with a Z, e.g. "2024-08-13T09:00:00Z" (milliseconds only when present).
inline QString utcString(const QDateTime& dt)
{
    const QDateTime utc = dt.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

} // namespace salon::calcom::json
