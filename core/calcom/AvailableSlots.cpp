#include "AvailableSlots.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace salon::calcom
{

namespace
{
QDateTime instant(const QJsonValue& value)
{
    const QString text = value.toString();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

bool AvailableSlots::offersStart(const QDateTime& start) const
{
    const QDateTime utc = start.toUTC();
    return std::any_of(offered.cbegin(), offered.cend(), [&](const Slot& s) { return s.start == utc; });
}

bool AvailableSlots::covers(const QDateTime& start, const QDateTime& end) const
{
    QDateTime reached = start.toUTC();
    const QDateTime until = end.toUTC();
    // Slots are sorted by start: walk forward while they touch or overlap what is covered so far.
    for (const Slot& s : offered) {
        if (reached >= until)
            break;
        if (s.start > reached)
            continue; // a slot that starts later leaves a gap unless an earlier one reaches further
        if (s.end > reached)
            reached = s.end;
    }
    return reached >= until;
}

AvailableSlots::Coverage AvailableSlots::coverage(const QDateTime& start, const QDateTime& end) const
{
    if (offered.isEmpty())
        return Coverage::Blocked;
    if (offersStart(start) || covers(start, end))
        return Coverage::Covered;
    // The grid the slots were cut from: the first slot's start, every `step` seconds, each `length` long.
    const qint64 length = qMax<qint64>(60, offered.first().start.secsTo(offered.first().end));
    qint64 step = 0;
    for (qsizetype i = 1; i < offered.size(); ++i) {
        const qint64 d = offered.at(i - 1).start.secsTo(offered.at(i).start);
        if (d > 0 && (step == 0 || d < step))
            step = d;
    }
    if (step <= 0)
        step = length;
    const QDateTime origin = offered.first().start;
    const QDateTime from = start.toUTC();
    const QDateTime until = end.toUTC();
    // The first grid point whose slot can overlap [from, until).
    qint64 k = (origin.secsTo(from) - length) / step;
    while (origin.addSecs(k * step).addSecs(length) > from)
        --k;
    for (QDateTime g = origin.addSecs(k * step); g < until; g = g.addSecs(step)) {
        const QDateTime cellEnd = g.addSecs(length);
        if (cellEnd <= from || offersStart(g))
            continue;
        if (g >= from && cellEnd <= until)
            return Coverage::Blocked;
    }
    return Coverage::Uncertain;
}

Expected<AvailableSlots, QString> AvailableSlots::fromData(const QJsonValue& data, int defaultMinutes)
{
    if (data.isArray() && data.toArray().isEmpty())
        return AvailableSlots {}; // some builds answer [] for "nothing free"
    if (!data.isObject())
        return Unexpected(QStringLiteral("slots: data is not an object"));
    AvailableSlots result;
    const QJsonObject days = data.toObject();
    for (auto day = days.begin(); day != days.end(); ++day) {
        if (!day.value().isArray())
            return Unexpected(QStringLiteral("slots: %1 is not a list").arg(day.key()));
        for (const QJsonValue& item : day.value().toArray()) {
            // Default format: {start} objects (or bare strings in the spec's schema).
            const QJsonObject o = item.toObject();
            const QDateTime start = instant(item.isString() ? item : o.value(QLatin1String("start")));
            if (!start.isValid())
                return Unexpected(QStringLiteral("slots: a slot of %1 has no readable start").arg(day.key()));
            QDateTime end = instant(o.value(QLatin1String("end")));
            if (!end.isValid())
                end = start.addSecs(qint64(qMax(0, defaultMinutes)) * 60);
            result.offered.append({ start, end });
        }
    }
    std::sort(result.offered.begin(), result.offered.end(),
        [](const Slot& a, const Slot& b) { return a.start < b.start; });
    return result;
}

} // namespace salon::calcom
