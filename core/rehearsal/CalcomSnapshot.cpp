#include "CalcomSnapshot.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace salon::rehearsal
{

namespace
{
const QString kSnapshot = QStringLiteral("snapshot");

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

int CalcomSnapshot::count(const QString& collection) const
{
    return int(state.value(collection).toArray().size());
}

QJsonObject CalcomSnapshot::toFileJson() const
{
    QJsonObject file = state;
    file.remove(QStringLiteral("apiKeys")); // never a key in a snapshot, whatever the state held
    QJsonArray gapList;
    for (const SnapshotGap& g : gaps)
        gapList.append(g.toJson());
    file.insert(kSnapshot,
        QJsonObject { { QStringLiteral("takenAt"), iso(takenAt) }, { QStringLiteral("from"), iso(from) },
            { QStringLiteral("to"), iso(to) }, { QStringLiteral("teamId"), double(teamId) },
            { QStringLiteral("keyUserId"), double(keyUserId) }, { QStringLiteral("source"), source },
            { QStringLiteral("requests"), requests }, { QStringLiteral("gaps"), gapList } });
    return file;
}

Expected<CalcomSnapshot, QString> CalcomSnapshot::fromFileJson(const QJsonObject& json)
{
    CalcomSnapshot snapshot;
    snapshot.state = json;
    snapshot.state.remove(kSnapshot);
    snapshot.state.remove(QStringLiteral("apiKeys"));
    const QJsonObject meta = json.value(kSnapshot).toObject();
    snapshot.takenAt = fromIso(meta.value(QStringLiteral("takenAt")));
    snapshot.from = fromIso(meta.value(QStringLiteral("from")));
    snapshot.to = fromIso(meta.value(QStringLiteral("to")));
    snapshot.teamId = meta.value(QStringLiteral("teamId")).toInteger();
    snapshot.keyUserId = meta.value(QStringLiteral("keyUserId")).toInteger();
    snapshot.source = meta.value(QStringLiteral("source")).toString();
    snapshot.requests = meta.value(QStringLiteral("requests")).toInt();
    for (const QJsonValue& g : meta.value(QStringLiteral("gaps")).toArray())
        snapshot.gaps.append(SnapshotGap::fromJson(g.toObject()));
    // A plain state file (a saved sandbox) serves too: its first team and that team's owner or admin.
    const QJsonArray teams = json.value(QStringLiteral("teams")).toArray();
    if (snapshot.teamId == 0 && !teams.isEmpty())
        snapshot.teamId = teams.first().toObject().value(QStringLiteral("id")).toInteger();
    if (snapshot.keyUserId == 0) {
        for (const QString& role : { QStringLiteral("OWNER"), QStringLiteral("ADMIN") })
            for (const QJsonValue& t : teams)
                for (const QJsonValue& m : t.toObject().value(QStringLiteral("members")).toArray())
                    if (snapshot.keyUserId == 0
                        && m.toObject().value(QStringLiteral("role")).toString() == role)
                        snapshot.keyUserId = m.toObject().value(QStringLiteral("userId")).toInteger();
    }
    if (snapshot.teamId == 0 || snapshot.keyUserId == 0)
        return Unexpected(tr("The snapshot has no team with an owner or admin to act as."));
    return snapshot;
}

Expected<Done, QString> CalcomSnapshot::saveFile(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(toFileJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}

Expected<CalcomSnapshot, QString> CalcomSnapshot::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Unexpected(tr("%1 is not a snapshot (a JSON object): %2").arg(path, error.errorString()));
    return fromFileJson(doc.object());
}

int CalcomSnapshot::adoptChildIds(const SalonDataset& dataset)
{
    QHash<QString, qint64> userOfStaff;
    for (const StaffMember& s : dataset.staff)
        if (s.calcomUserId)
            userOfStaff.insert(s.id, *s.calcomUserId);
    QSet<qint64> known;
    for (const QJsonValue& e : state.value(QStringLiteral("eventTypes")).toArray())
        known.insert(e.toObject().value(QStringLiteral("id")).toInteger());
    int changed = 0;
    for (SnapshotGap& gap : gaps) {
        if (gap.kind != SnapshotGap::Kind::HiddenChild || gap.idSource != SnapshotGap::IdSource::MadeUp)
            continue;
        for (const EventMapEntry& m : dataset.eventMaps) {
            if (m.eventTypeId != gap.parentEventTypeId || !m.childEventTypeId
                || known.contains(*m.childEventTypeId) || userOfStaff.value(m.staffId) != gap.userId)
                continue;
            QJsonArray eventTypes = state.value(QStringLiteral("eventTypes")).toArray();
            for (qsizetype i = 0; i < eventTypes.size(); ++i) {
                QJsonObject e = eventTypes.at(i).toObject();
                if (e.value(QStringLiteral("id")).toInteger() != gap.eventTypeId)
                    continue;
                e.insert(QStringLiteral("id"), double(*m.childEventTypeId));
                eventTypes.replace(i, e);
            }
            state.insert(QStringLiteral("eventTypes"), eventTypes);
            known.remove(gap.eventTypeId);
            known.insert(*m.childEventTypeId);
            gap.eventTypeId = *m.childEventTypeId;
            gap.idSource = SnapshotGap::IdSource::Database;
            ++changed;
            break;
        }
    }
    return changed;
}

QString CalcomSnapshot::summary() const
{
    QStringList lines;
    lines.append(
        tr("Team %1: %2 users, %3 event types, %4 bookings from %5 to %6 (%n request(s)).", nullptr, requests)
            .arg(teamId)
            .arg(count(QStringLiteral("users")))
            .arg(count(QStringLiteral("eventTypes")))
            .arg(count(QStringLiteral("bookings")))
            .arg(iso(from), iso(to)));
    if (!gaps.isEmpty())
        lines.append(tr("Not seen through this key:"));
    for (const SnapshotGap& g : gaps)
        lines.append(QStringLiteral("  - ") + g.describe());
    return lines.join(QLatin1Char('\n'));
}

} // namespace salon::rehearsal
