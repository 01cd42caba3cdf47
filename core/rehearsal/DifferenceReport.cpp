#include "DifferenceReport.h"

#include "history/CsvText.h"

#include <QJsonArray>
#include <QMap>

namespace salon::rehearsal
{

namespace
{
// "24 event types created, 4 bookings created" — the counts of one area, in a stable order.
QString counts(const QList<ChangeRecord>& records)
{
    QMap<QPair<int, int>, int> byKindChange;
    for (const ChangeRecord& r : records)
        ++byKindChange[{ int(r.kind), int(r.change) }];
    QStringList parts;
    for (auto it = byKindChange.cbegin(); it != byKindChange.cend(); ++it)
        parts.append(QStringLiteral("%1 × %2 %3")
                         .arg(it.value())
                         .arg(ChangeRecord::kindLabel(ChangeRecord::Kind(it.key().first)),
                             ChangeRecord::changeLabel(ChangeRecord::Change(it.key().second))));
    return parts.join(QStringLiteral(", "));
}

void appendArea(QStringList* lines, const QList<ChangeRecord>& records, const QString& noStaff)
{
    QMap<QString, QList<const ChangeRecord*>> byStaff;
    for (const ChangeRecord& r : records)
        byStaff[r.staff].append(&r);
    for (auto it = byStaff.cbegin(); it != byStaff.cend(); ++it) {
        lines->append(QStringLiteral("  ") + (it.key().isEmpty() ? noStaff : it.key()));
        for (const ChangeRecord* r : it.value()) {
            QString line = QStringLiteral("    %1 %2 %3: %4")
                               .arg(ChangeRecord::kindLabel(r->kind), r->id,
                                   ChangeRecord::changeLabel(r->change), r->subject);
            if (!r->details.isEmpty())
                line += QStringLiteral(" — ") + r->details.join(QStringLiteral("; "));
            lines->append(line);
        }
    }
    lines->append(QStringLiteral("  ") + counts(records));
}
} // namespace

int DifferenceReport::count(
    ChangeRecord::Area area, ChangeRecord::Kind kind, ChangeRecord::Change change) const
{
    const QList<ChangeRecord>& records = area == ChangeRecord::Area::Calcom ? calcom : database;
    return int(std::count_if(records.cbegin(), records.cend(),
        [&](const ChangeRecord& r) { return r.kind == kind && r.change == change; }));
}

QString DifferenceReport::toText() const
{
    QStringList lines;
    if (calcomCompared) {
        lines.append(tr("What would change in Cal.com (snapshot → rehearsal):"));
        if (calcom.isEmpty())
            lines.append(tr("  nothing"));
        else
            appendArea(&lines, calcom, tr("(no single staff member)"));
    }
    if (databaseCompared) {
        lines.append(tr("What would change in the database (real → rehearsal copy):"));
        if (database.isEmpty())
            lines.append(tr("  nothing"));
        else
            appendArea(&lines, database, tr("(no single staff member)"));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DifferenceReport::toCsv() const
{
    QString csv = history::CsvText::row(
        { QStringLiteral("area"), QStringLiteral("staff"), QStringLiteral("kind"), QStringLiteral("change"),
            QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("details") });
    for (const QList<ChangeRecord>* records : { &calcom, &database })
        for (const ChangeRecord& r : *records)
            csv += history::CsvText::row({ ChangeRecord::areaToken(r.area), r.staff,
                ChangeRecord::kindToken(r.kind), ChangeRecord::changeToken(r.change), r.id, r.subject,
                r.details.join(QStringLiteral("; ")) });
    return csv;
}

QJsonObject DifferenceReport::toJson() const
{
    auto list = [](const QList<ChangeRecord>& records) {
        QJsonArray array;
        for (const ChangeRecord& r : records)
            array.append(r.toJson());
        return array;
    };
    QJsonObject o;
    if (calcomCompared)
        o.insert(QStringLiteral("calcom"), list(calcom));
    if (databaseCompared)
        o.insert(QStringLiteral("database"), list(database));
    return o;
}

} // namespace salon::rehearsal
